import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { CLASSIFIER_CATEGORIES, Classifier, type OnnxRuntime } from '../src/classifier/classifier.ts';

describe('npm run train, quick', () => {
  it('trains on a small sample and writes a model that loads and scores', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pw-train-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train/train.ts', '--quick', '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('thresholds (int8)');
    expect(existsSync(join(out, 'MODEL_CARD.md'))).toBe(true);
    ort.env.wasm.numThreads = 1;
    const classifier = await Classifier.load(ort as unknown as OnnxRuntime, new Uint8Array(readFileSync(join(out, 'classifier.onnx'))));
    const { scores } = await classifier.classify('def add(a, b):\n    return a + b\n');
    for (const c of CLASSIFIER_CATEGORIES) {
      expect(scores[c]).toBeGreaterThanOrEqual(0);
      expect(scores[c]).toBeLessThanOrEqual(1);
    }
  }, 180_000);
});
