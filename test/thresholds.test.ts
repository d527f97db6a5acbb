import { describe, expect, it } from 'vitest';
import { chooseThresholds } from '../scripts/train/thresholds.ts';
import { Rng } from '../scripts/train/data/rng.ts';

describe('threshold choice with one false-alarm budget', () => {
  it('keeps the union of false alarms within budget and buys recall', () => {
    const rng = new Rng(7);
    const C = 3;
    const rows = 3000;
    const scores = new Float32Array(rows * C);
    const labels = new Uint8Array(rows * C);
    for (let r = 0; r < rows; r++) {
      const positive = r % 2 === 0 ? (r / 2) % C : -1; // half the rows are positives, of one category each
      for (let c = 0; c < C; c++) {
        const pos = c === positive;
        labels[r * C + c] = pos ? 1 : 0;
        scores[r * C + c] = pos ? 0.3 + 0.7 * rng.next() : 0.6 * rng.next() ** 4;
      }
    }
    const result = chooseThresholds(scores, labels, C, 0.01);
    let benign = 0;
    let alarms = 0;
    for (let r = 0; r < rows; r++) {
      if (labels.subarray(r * C, r * C + C).some((v) => v)) continue;
      benign++;
      if (result.thresholds.some((t, c) => scores[r * C + c]! >= t)) alarms++;
    }
    expect(alarms / benign).toBeLessThanOrEqual(0.01);
    expect(result.falseAlarmRate).toBeCloseTo(alarms / benign, 10);
    for (const recall of result.recall) expect(recall).toBeGreaterThan(0.5);
  });
});
