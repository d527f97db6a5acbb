import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import { CLASSIFIER_CATEGORIES, Classifier, type OnnxRuntime, windows, WINDOW } from '../src/classifier/classifier.ts';
import { FEATURE_SIZE, FeatureExtractor, HASH_SIZE } from '../src/classifier/features.ts';
import { decodeLinearModel, referenceScores } from '../src/classifier/onnx-model.ts';
import { scan } from '../src/engine/scan.ts';

const MODEL = 'models/classifier.onnx';
const runtime = ort as unknown as OnnxRuntime;
let classifier: Classifier;

beforeAll(async () => {
  ort.env.wasm.numThreads = 1;
  classifier = await Classifier.load(runtime, new Uint8Array(readFileSync(MODEL)));
});

/** Prompts whose verdict is not in doubt: one per category, in several languages, and harmless ones. */
const FIXED: [string, string[]][] = [
  ['Can you find the bug?\n\nfunction total(items) {\n  let sum = 0;\n  for (const item of items) {\n    sum += item.price * item.qty;\n  }\n  return sum;\n}\n', ['source_code']],
  ['Bitte fass die Gehaltsliste zusammen:\nName;Brutto;Netto\nJonas Weber;5.200,00 €;3.310,45 €\nLea Krüger;4.750,00 €;3.080,12 €\nKatrin Hoffmann;6.100,00 €;3.790,88 €', ['financial']],
  ['Summarise these board minutes for the exec team. CONFIDENTIAL - do not forward.\nAttendees: CEO, CFO, General Counsel.\n1. The acquisition of Corvan Ltd was approved at a valuation of 42m, announcement planned after the audit.\n2. The reorganisation of the sales team will remove 35 roles in Q3; affected staff are not yet informed.', ['confidential']],
  ['Peux-tu reformuler ce compte rendu ? Patiente de 54 ans, diabète de type 2 déséquilibré, HbA1c 9,1 %. Traitement : metformine 1000 mg deux fois par jour, ajout de gliclazide 30 mg le matin. Contrôle dans 3 mois.', ['health']],
  ['What is the capital of Australia?', []],
  ['Write a short poem about autumn leaves for my daughter.', []],
  ['How do I compute compound interest on 1,000 dollars at 5% for 3 years? Show the formula.', []],
];

describe('shipped classifier', () => {
  it.each(FIXED)('classifies %j', async (text, expected) => {
    const { categories } = await classifier.classify(text, scan(text).findings);
    expect(categories).toEqual(expected);
  });

  it('matches the TypeScript reference computation to 1e-5', async () => {
    const model = decodeLinearModel(new Uint8Array(readFileSync(MODEL)));
    const extractor = new FeatureExtractor();
    for (const [text] of FIXED) {
      const { indices, values } = extractor.extract(text, scan(text).findings);
      const expected = referenceScores(model, indices, values);
      const got = await classifier.scoreWindow(text, scan(text).findings);
      CLASSIFIER_CATEGORIES.forEach((c, i) => expect(Math.abs(got[c] - expected[i]!)).toBeLessThan(1e-5));
    }
  });

  it('records its feature version and thresholds', () => {
    for (const c of CLASSIFIER_CATEGORIES) expect(classifier.thresholds[c]).toBeGreaterThan(0);
    expect(readFileSync(MODEL).length).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it('scores a long text by its most sensitive window', async () => {
    const paragraphs = [
      'Our team offsite will include a hike in the morning and a cooking class in the afternoon.',
      'Please bring comfortable shoes and a water bottle; the trail is about eight kilometres long.',
      'Lunch is served at the lodge, and vegetarian options are available on request.',
      'The bus leaves the office car park at half past eight, so please be on time.',
    ];
    const filler = Array.from({ length: 40 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n');
    const long = `${filler}\n${FIXED[3]![0]}\n${filler}`;
    expect(long.length).toBeGreaterThan(3 * WINDOW);
    expect((await classifier.classify(long)).categories).toContain('health');
  });

  it('merges classifier categories with rule findings', async () => {
    const text = `${FIXED[1]![0]}\nIBAN DE89 3704 0044 0532 0130 01`;
    const result = await analyse(text, classifier);
    expect(result.categories).toContain('financial');
    expect(result.scores?.financial).toBeGreaterThan(classifier.thresholds.financial);
  });
});

describe('model loading errors', () => {
  it('rejects a corrupt file with a clear error', async () => {
    await expect(Classifier.load(runtime, new Uint8Array([1, 2, 3, 4, 5]))).rejects.toThrow();
  });

  it('the CLI falls back to rules only and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-model-'));
    writeFileSync(join(dir, 'broken.onnx'), 'not a model');
    const r = spawnSync(process.execPath, ['bin/promptwall.mjs', 'scan', '-'], {
      input: 'mail me at priya.natarajan@northwind-traders.de',
      encoding: 'utf8',
      env: { ...process.env, PROMPTWALL_MODEL: join(dir, 'broken.onnx') },
    });
    expect(r.stderr).toContain('classifier unavailable: rules only');
    expect(r.stdout).toContain('email');
    expect(r.status).toBe(1);
  });
});

describe('features and windows', () => {
  it('are deterministic and inside the feature space', () => {
    const extractor = new FeatureExtractor();
    const a = extractor.extract(FIXED[0]![0]);
    const b = extractor.extract(FIXED[0]![0]);
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(new Set(a.indices).size).toBe(a.indices.length);
    for (const i of a.indices) expect(i).toBeLessThan(FEATURE_SIZE);
    // the hashed part is L2-normalised
    let norm = 0;
    a.indices.forEach((i, k) => i < HASH_SIZE && (norm += a.values[k]! ** 2));
    expect(norm).toBeCloseTo(1, 5);
  });

  it('cover a text with windows of at most WINDOW characters, preferring line breaks', () => {
    const text = Array.from({ length: 300 }, (_, i) => `line ${i} with some words`).join('\n');
    const w = windows(text);
    expect(w[0]![0]).toBe(0);
    expect(w.at(-1)![1]).toBe(text.length);
    for (let i = 0; i < w.length; i++) {
      expect(w[i]![1] - w[i]![0]).toBeLessThanOrEqual(WINDOW);
      if (i > 0) expect(w[i]![0]).toBe(w[i - 1]![1]);
      if (i < w.length - 1) expect(text[w[i]![1] - 1]).toBe('\n');
    }
    expect(windows('')).toEqual([[0, 0]]);
  });
});
