/**
 * Threshold choice with ONE false-alarm budget across all categories together: a benign prompt that
 * any category flags is one false alarm, however many categories flag it.
 */

export interface ThresholdResult {
  readonly thresholds: number[];
  /** Share of benign calibration prompts flagged by any category. */
  readonly falseAlarmRate: number;
  /** Per category, recall on the calibration positives. */
  readonly recall: number[];
}

/**
 * `scores` and `labels` are [rows × categories]; rows with no label are the benign ones. Greedy: start
 * with every threshold above all benign scores, then repeatedly lower the one threshold whose next steps
 * buy the most recall per new false alarm, until another step would exceed `budget` (a share of the
 * benign rows). Each threshold sits halfway between the benign score it stops above and the next one.
 */
export function chooseThresholds(scores: Float32Array, labels: Uint8Array, categories: number, budget: number): ThresholdResult {
  const rows = labels.length / categories;
  const benign: number[] = [];
  const positives: number[][] = Array.from({ length: categories }, () => []);
  for (let r = 0; r < rows; r++) {
    let any = false;
    for (let c = 0; c < categories; c++) {
      if (labels[r * categories + c]) {
        positives[c]!.push(scores[r * categories + c]!);
        any = true;
      }
    }
    if (!any) benign.push(r);
  }
  const allowed = Math.floor(budget * benign.length);
  // Per category, benign scores from the highest down: lowering the threshold past one flags that row.
  const ladder = Array.from({ length: categories }, (_, c) =>
    benign.map((r) => ({ r, s: scores[r * categories + c]! })).sort((a, b) => b.s - a.s),
  );
  const step = new Array<number>(categories).fill(0); // how many benign rows each category already flags
  const flaggedBy = new Map<number, number>(); // benign row → number of categories flagging it
  const thresholdAt = (c: number, k: number): number => {
    const above = ladder[c]![k - 1]?.s ?? 1;
    const below = ladder[c]![k]?.s ?? 0;
    return k === 0 ? Math.min(1, (1 + below) / 2) : (above + below) / 2;
  };
  const recallAt = (c: number, t: number) => positives[c]!.filter((s) => s >= t).length / Math.max(1, positives[c]!.length);
  const LOOKAHEAD = 25; // a step may gain nothing by itself yet open the way to a large gain
  for (;;) {
    let best: { c: number; steps: number; value: number } | undefined;
    for (let c = 0; c < categories; c++) {
      const base = recallAt(c, thresholdAt(c, step[c]!));
      const newRows = new Set<number>();
      for (let k = 1; k <= LOOKAHEAD && step[c]! + k <= ladder[c]!.length; k++) {
        const { r } = ladder[c]![step[c]! + k - 1]!;
        if (!flaggedBy.has(r)) newRows.add(r);
        if (flaggedBy.size + newRows.size > allowed) break;
        const gain = recallAt(c, thresholdAt(c, step[c]! + k)) - base;
        if (gain <= 0) continue;
        const value = gain / Math.max(newRows.size, 0.01); // steps that add no alarm come first
        if (!best || value > best.value) best = { c, steps: k, value };
      }
    }
    if (!best) break;
    for (let k = 0; k < best.steps; k++) {
      const { r } = ladder[best.c]![step[best.c]!]!;
      flaggedBy.set(r, (flaggedBy.get(r) ?? 0) + 1);
      step[best.c]!++;
    }
  }
  const thresholds = step.map((k, c) => thresholdAt(c, k));
  return {
    thresholds,
    falseAlarmRate: flaggedBy.size / Math.max(1, benign.length),
    recall: thresholds.map((t, c) => recallAt(c, t)),
  };
}
