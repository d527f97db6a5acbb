/**
 * Multi-label logistic regression on sparse features: one weight column per category, trained with
 * AdaGrad on a class-weighted log loss, then quantised to int8 per column.
 */
import type { Rng } from './data/rng.ts';

/** Examples in compressed sparse rows, with their labels as a 0/1 matrix [examples × categories]. */
export interface SparseMatrix {
  readonly rows: number;
  readonly rowStart: Int32Array; // rows + 1 entries
  readonly indices: Int32Array;
  readonly values: Float32Array;
  readonly labels: Uint8Array;
}

export class SparseBuilder {
  private starts: number[] = [0];
  private idx: number[] = [];
  private vals: number[] = [];
  private labs: number[] = [];

  constructor(private readonly categories: number) {}

  add(indices: Int32Array, values: Float32Array, labels: readonly number[]): void {
    for (let k = 0; k < indices.length; k++) {
      this.idx.push(indices[k]!);
      this.vals.push(values[k]!);
    }
    this.starts.push(this.idx.length);
    for (let c = 0; c < this.categories; c++) this.labs.push(labels[c] ?? 0);
  }

  build(): SparseMatrix {
    return {
      rows: this.starts.length - 1,
      rowStart: Int32Array.from(this.starts),
      indices: Int32Array.from(this.idx),
      values: Float32Array.from(this.vals),
      labels: Uint8Array.from(this.labs),
    };
  }
}

export interface TrainOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Positives of a category weigh (negatives / positives), capped at this. */
  readonly maxPositiveWeight: number;
  readonly rng: Rng;
  readonly log?: (line: string) => void;
}

export interface FloatModel {
  readonly weights: Float32Array; // [features × categories]
  readonly bias: Float32Array;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function train(data: SparseMatrix, features: number, categories: number, options: TrainOptions): FloatModel {
  const weights = new Float32Array(features * categories);
  const bias = new Float32Array(categories);
  const gradSq = new Float32Array(features * categories).fill(1e-6);
  const biasGradSq = new Float32Array(categories).fill(1e-6);
  // Positives are rarer than negatives per category: weigh them up to balance the loss.
  const positiveWeight = new Float32Array(categories);
  for (let c = 0; c < categories; c++) {
    let pos = 0;
    for (let r = 0; r < data.rows; r++) pos += data.labels[r * categories + c]!;
    positiveWeight[c] = pos ? Math.min(options.maxPositiveWeight, (data.rows - pos) / pos) : 1;
  }
  const order = Array.from({ length: data.rows }, (_, i) => i);
  const logits = new Float64Array(categories);
  const grad = new Float64Array(categories);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let loss = 0;
    const lr = options.learningRate / Math.sqrt(1 + epoch);
    for (const r of options.rng.shuffle(order)) {
      const from = data.rowStart[r]!;
      const to = data.rowStart[r + 1]!;
      logits.set(bias);
      for (let k = from; k < to; k++) {
        const row = data.indices[k]! * categories;
        const v = data.values[k]!;
        for (let c = 0; c < categories; c++) logits[c]! += weights[row + c]! * v;
      }
      for (let c = 0; c < categories; c++) {
        const y = data.labels[r * categories + c]!;
        const p = sigmoid(logits[c]!);
        const w = y ? positiveWeight[c]! : 1;
        loss -= w * (y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
        grad[c] = w * (p - y);
        biasGradSq[c]! += grad[c]! * grad[c]!;
        bias[c]! -= (lr * grad[c]!) / Math.sqrt(biasGradSq[c]!);
      }
      for (let k = from; k < to; k++) {
        const row = data.indices[k]! * categories;
        const v = data.values[k]!;
        for (let c = 0; c < categories; c++) {
          const at = row + c;
          const g = grad[c]! * v + options.l2 * weights[at]!;
          gradSq[at]! += g * g;
          weights[at]! -= (lr * g) / Math.sqrt(gradSq[at]!);
        }
      }
    }
    options.log?.(`epoch ${epoch + 1}/${options.epochs}: weighted log loss ${(loss / data.rows).toFixed(4)}`);
  }
  return { weights, bias };
}

/** Symmetric int8 quantisation with one scale per category column. */
export function quantise(model: FloatModel, categories: number): { weights: Int8Array; scale: Float32Array } {
  const scale = new Float32Array(categories);
  for (let i = 0; i < model.weights.length; i++) {
    const c = i % categories;
    scale[c] = Math.max(scale[c]!, Math.abs(model.weights[i]!));
  }
  for (let c = 0; c < categories; c++) scale[c] = scale[c]! / 127 || 1;
  const weights = new Int8Array(model.weights.length);
  for (let i = 0; i < model.weights.length; i++) weights[i] = Math.round(model.weights[i]! / scale[i % categories]!);
  return { weights, scale };
}

/** Scores of every row under float weights (for thresholds before quantising and for the metrics). */
export function scoreRows(data: SparseMatrix, weights: ArrayLike<number>, scale: ArrayLike<number> | undefined, bias: ArrayLike<number>, categories: number): Float32Array {
  const out = new Float32Array(data.rows * categories);
  const sums = new Float64Array(categories);
  for (let r = 0; r < data.rows; r++) {
    sums.fill(0);
    for (let k = data.rowStart[r]!; k < data.rowStart[r + 1]!; k++) {
      const row = data.indices[k]! * categories;
      for (let c = 0; c < categories; c++) sums[c]! += weights[row + c]! * data.values[k]!;
    }
    for (let c = 0; c < categories; c++) out[r * categories + c] = sigmoid(sums[c]! * (scale ? scale[c]! : 1) + bias[c]!);
  }
  return out;
}
