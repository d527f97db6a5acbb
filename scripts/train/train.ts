/**
 * `npm run train`: generates the workplace-style data, extracts features, trains the classifier,
 * chooses thresholds on the calibration set (again after quantising), evaluates, and writes
 * models/classifier.onnx and models/MODEL_CARD.md.
 *
 *   npx tsx scripts/train/train.ts [--quick] [--out DIR] [--seed N] [--datasets DIR] [--epochs N] [--max-positive-weight W] [--false-alarm-budget SHARE]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ort from 'onnxruntime-web';
import { CLASSIFIER_CATEGORIES, Classifier, type ClassifierCategory, type OnnxRuntime } from '../../src/classifier/classifier.ts';
import { FEATURE_SIZE, FEATURE_VERSION, FeatureExtractor } from '../../src/classifier/features.ts';
import { encodeLinearModel } from '../../src/classifier/onnx-model.ts';
import { createEngine } from '../../src/engine/scan.ts';
import { Rng } from './data/rng.ts';
import type { Example } from './data/types.ts';
import { buildSplits } from './dataset.ts';
import { quantise, scoreRows, SparseBuilder, train, type SparseMatrix } from './logreg.ts';
import { writeModelCard, type Metrics } from './model-card.ts';
import { chooseThresholds } from './thresholds.ts';

/** One budget for all four categories: the share of benign calibration prompts that may be flagged. */
const FALSE_ALARM_BUDGET = 0.01;
const C = CLASSIFIER_CATEGORIES.length;

function parseArgs(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    quick: argv.includes('--quick'),
    out: resolve(value('--out') ?? 'models'),
    seed: Number(value('--seed') ?? 20261124),
    datasets: resolve(value('--datasets') ?? '../shared/datasets'),
    epochs: Number(value('--epochs') ?? 10),
    maxPositiveWeight: Number(value('--max-positive-weight') ?? 3),
    budget: Number(value('--false-alarm-budget') ?? FALSE_ALARM_BUDGET),
  };
}

const log = (line: string) => process.stdout.write(`${line}\n`);

function featurise(examples: readonly Example[]): SparseMatrix {
  const engine = createEngine();
  const extractor = new FeatureExtractor();
  const builder = new SparseBuilder(C);
  for (const e of examples) {
    const { indices, values } = extractor.extract(e.text, engine.scan(e.text).findings);
    builder.add(indices, values, CLASSIFIER_CATEGORIES.map((c) => (e.labels.includes(c) ? 1 : 0)));
  }
  return builder.build();
}

/** Recall per category, false-alarm share on the benign rows (any category), and counts. */
function measure(scores: Float32Array, labels: Uint8Array, thresholds: readonly number[]): Metrics {
  const rows = labels.length / C;
  const recall: Record<string, number> = {};
  const precision: Record<string, number> = {};
  const positives: Record<string, number> = {};
  let benign = 0;
  let alarms = 0;
  for (let c = 0; c < C; c++) {
    let tp = 0;
    let fp = 0;
    let pos = 0;
    for (let r = 0; r < rows; r++) {
      const flagged = scores[r * C + c]! >= thresholds[c]!;
      if (labels[r * C + c]) {
        pos++;
        if (flagged) tp++;
      } else if (flagged) fp++;
    }
    const name = CLASSIFIER_CATEGORIES[c]!;
    recall[name] = pos ? tp / pos : NaN;
    precision[name] = tp + fp ? tp / (tp + fp) : NaN;
    positives[name] = pos;
  }
  for (let r = 0; r < rows; r++) {
    let labelled = false;
    let flagged = false;
    for (let c = 0; c < C; c++) {
      labelled ||= labels[r * C + c] === 1;
      flagged ||= scores[r * C + c]! >= thresholds[c]!;
    }
    if (!labelled) {
      benign++;
      if (flagged) alarms++;
    }
  }
  return { rows, recall, precision, positives, benign, falseAlarmRate: benign ? alarms / benign : NaN };
}

interface EvalCase {
  readonly text: string;
  readonly labels: readonly string[];
  readonly lang: string;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  if (!existsSync(join(args.datasets, 'benign.jsonl'))) {
    throw new Error(`no datasets at ${args.datasets} (expected ../shared/datasets beside the project; pass --datasets DIR)`);
  }
  log(`data: generating from seed ${args.seed}${args.quick ? ' (quick run: a small sample)' : ''}`);
  const splits = buildSplits({ datasetsDir: args.datasets, seed: args.seed, scale: args.quick ? 0.03 : 1 });
  for (const [name, examples] of Object.entries(splits)) {
    const counts = CLASSIFIER_CATEGORIES.map((c) => `${c} ${examples.filter((e) => e.labels.includes(c)).length}`).join(', ');
    log(`  ${name}: ${examples.length} examples (${counts}, benign ${examples.filter((e) => !e.labels.length).length})`);
  }
  const train_ = featurise(splits.train);
  const calibration = featurise(splits.calibration);
  const test = featurise(splits.test);
  log(`features: ${train_.indices.length} non-zeros in training (${elapsed()})`);

  const model = train(train_, FEATURE_SIZE, C, {
    epochs: args.quick ? 1 : args.epochs,
    learningRate: 0.2,
    l2: 1e-6,
    maxPositiveWeight: args.maxPositiveWeight,
    rng: new Rng(args.seed),
    log,
  });
  log(`trained (${elapsed()})`);

  const floatThresholds = chooseThresholds(scoreRows(calibration, model.weights, undefined, model.bias, C), calibration.labels, C, args.budget);
  const { weights, scale } = quantise(model, C);
  const calibrationScores = scoreRows(calibration, weights, scale, model.bias, C);
  const chosen = chooseThresholds(calibrationScores, calibration.labels, C, args.budget);
  const thresholds = Object.fromEntries(CLASSIFIER_CATEGORIES.map((c, i) => [c, Number(chosen.thresholds[i]!.toFixed(6))])) as Record<ClassifierCategory, number>;
  log(`thresholds (int8): ${JSON.stringify(thresholds)}; calibration false alarms ${(chosen.falseAlarmRate * 100).toFixed(2)}%`);
  log(`  (before quantising they were ${floatThresholds.thresholds.map((t) => t.toFixed(4)).join(', ')})`);

  const testMetrics = measure(scoreRows(test, weights, scale, model.bias, C), test.labels, chosen.thresholds);
  const bytes = encodeLinearModel({
    weights,
    scale,
    bias: model.bias,
    features: FEATURE_SIZE,
    categories: CLASSIFIER_CATEGORIES,
    metadata: {
      feature_version: FEATURE_VERSION,
      thresholds: JSON.stringify(thresholds),
      trained: JSON.stringify({ seed: args.seed, quick: args.quick, examples: train_.rows }),
    },
  });
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'classifier.onnx'), bytes);
  log(`wrote ${join(args.out, 'classifier.onnx')} (${(bytes.length / 1024 / 1024).toFixed(2)} MB)`);

  // The evaluation set goes through the shipped path: the ONNX file in onnxruntime-web, windows and all.
  const evalPath = resolve('models/eval/workplace-eval.jsonl');
  const evalByLang: Record<string, Metrics> = {};
  let evalMetrics: Metrics | undefined;
  if (existsSync(evalPath)) {
    ort.env.wasm.numThreads = 1;
    const classifier = await Classifier.load(ort as unknown as OnnxRuntime, bytes);
    const engine = createEngine();
    const cases = readFileSync(evalPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as EvalCase);
    const cutoffs = CLASSIFIER_CATEGORIES.map((c) => classifier.thresholds[c]);
    const score = async (list: EvalCase[]) => {
      const scores = new Float32Array(list.length * C);
      const labels = new Uint8Array(list.length * C);
      for (const [r, e] of list.entries()) {
        const { scores: s } = await classifier.classify(e.text, engine.scan(e.text).findings);
        CLASSIFIER_CATEGORIES.forEach((c, i) => {
          scores[r * C + i] = s[c];
          labels[r * C + i] = e.labels.includes(c) ? 1 : 0;
        });
      }
      return measure(scores, labels, cutoffs);
    };
    evalMetrics = await score(cases);
    for (const lang of [...new Set(cases.map((e) => e.lang))].sort()) evalByLang[lang] = await score(cases.filter((e) => e.lang === lang));
  }
  writeModelCard(join(args.out, 'MODEL_CARD.md'), {
    seed: args.seed,
    quick: args.quick,
    sizeBytes: bytes.length,
    seconds: (performance.now() - started) / 1000,
    splits: Object.fromEntries(Object.entries(splits).map(([k, v]) => [k, v.length])),
    thresholds,
    budget: args.budget,
    calibrationFalseAlarmRate: chosen.falseAlarmRate,
    test: testMetrics,
    evaluation: evalMetrics,
    evaluationByLanguage: evalByLang,
  });
  const show = (name: string, m: Metrics) =>
    log(`${name}: ${CLASSIFIER_CATEGORIES.map((c) => `${c} R${m.recall[c]!.toFixed(3)}`).join(', ')}; benign flagged ${(m.falseAlarmRate * 100).toFixed(2)}% of ${m.benign}`);
  show('test split', testMetrics);
  if (evalMetrics) show('evaluation set', evalMetrics);
  log(`done in ${elapsed()}`);
}

await main();
