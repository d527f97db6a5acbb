/**
 * The classifier at inference: features in TypeScript, the model in onnxruntime-web. The ONNX runtime
 * is passed in (`OnnxRuntime`), because where it loads from differs between Node (CLI, server, tests) and
 * the extension's offscreen document; everything else is the same code everywhere.
 */
import type { Finding } from '../engine/types.ts';
import { FEATURE_SIZE, FEATURE_VERSION, FeatureExtractor } from './features.ts';
import { decodeLinearModel } from './onnx-model.ts';

export const CLASSIFIER_CATEGORIES = ['source_code', 'financial', 'confidential', 'health'] as const;
export type ClassifierCategory = (typeof CLASSIFIER_CATEGORIES)[number];
export type Scores = Record<ClassifierCategory, number>;

/**
 * Long texts are classified in windows of this many characters, near the longest training crops (1,200) so
 * a small sensitive part of a long paste is not diluted much (near-threshold windows are also rescored in
 * pieces); a category's score is its maximum over the windows.
 */
export const WINDOW = 1500;

/** The slice of onnxruntime-web this module uses (its `InferenceSession` and `Tensor`). */
export interface OnnxRuntime {
  InferenceSession: { create(model: Uint8Array): Promise<OnnxSession> };
  Tensor: new (type: 'int32' | 'float32', data: Int32Array | Float32Array, dims: number[]) => unknown;
}
interface OnnxSession {
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: unknown }>>;
}

export interface Classification {
  readonly scores: Scores;
  /** Categories whose score reached the model's threshold. */
  readonly categories: ClassifierCategory[];
}

export class Classifier {
  private readonly extractor = new FeatureExtractor();

  private constructor(
    private readonly ort: OnnxRuntime,
    private readonly session: OnnxSession,
    /** Per-category score thresholds chosen at training time (see models/MODEL_CARD.md). */
    readonly thresholds: Scores,
    readonly metadata: Readonly<Record<string, string>>,
  ) {}

  /** Loads a model file; throws with a clear message when it is not a Promptwall classifier of this version. */
  static async load(ort: OnnxRuntime, model: Uint8Array): Promise<Classifier> {
    const { metadata, categories, features } = decodeLinearModel(model);
    if (metadata.feature_version !== FEATURE_VERSION) {
      throw new Error(`model was trained with features '${metadata.feature_version ?? 'unknown'}', this build extracts '${FEATURE_VERSION}'`);
    }
    if (features !== FEATURE_SIZE || categories.join() !== CLASSIFIER_CATEGORIES.join()) {
      throw new Error('model does not match this build (feature space or categories differ)');
    }
    const thresholds = JSON.parse(metadata.thresholds ?? 'null') as Scores | null;
    if (!thresholds || CLASSIFIER_CATEGORIES.some((c) => typeof thresholds[c] !== 'number')) throw new Error('model has no thresholds');
    return new Classifier(ort, await ort.InferenceSession.create(model), thresholds, metadata);
  }

  /** Scores one window of text (at most WINDOW characters are expected). */
  async scoreWindow(text: string, findings: readonly Finding[] = []): Promise<Scores> {
    const { indices, values } = this.extractor.extract(text, findings);
    const out = await this.session.run({
      indices: new this.ort.Tensor('int32', indices, [indices.length]),
      values: new this.ort.Tensor('float32', values, [1, values.length]),
    });
    const data = out.scores!.data as Float32Array;
    return Object.fromEntries(CLASSIFIER_CATEGORIES.map((c, i) => [c, data[i]!])) as Scores;
  }

  /**
   * Classifies a text of any length: windows of WINDOW characters (cut at a line break where one is near),
   * each scored with the rule findings inside it; a category's score is its maximum over the windows.
   * A window that scores below a threshold but not far below is scored again in smaller pieces, so a short
   * sensitive paragraph inside a long harmless paste is not averaged away.
   */
  async classify(text: string, findings: readonly Finding[] = []): Promise<Classification> {
    const scores = Object.fromEntries(CLASSIFIER_CATEGORIES.map((c) => [c, 0])) as Scores;
    const score = async (from: number, to: number) => {
      const inside = findings.filter((f) => f.start >= from && f.end <= to).map((f) => ({ ...f, start: f.start - from, end: f.end - from }));
      const s = await this.scoreWindow(text.slice(from, to), inside);
      for (const c of CLASSIFIER_CATEGORIES) scores[c] = Math.max(scores[c], s[c]);
      return s;
    };
    for (const [from, to] of windows(text)) {
      const s = await score(from, to);
      const near = CLASSIFIER_CATEGORIES.some((c) => s[c] < this.thresholds[c] && s[c] >= this.thresholds[c] * REFINE_FROM);
      if (near && to - from > PIECE) for (const [a, b] of windows(text.slice(from, to), PIECE)) await score(from + a, from + b);
    }
    return { scores, categories: CLASSIFIER_CATEGORIES.filter((c) => scores[c] >= this.thresholds[c]) };
  }
}

/** A window scoring at least this share of a threshold is scored again in pieces of PIECE characters. */
const REFINE_FROM = 0.3;
const PIECE = 300;

/** [from, to) windows covering the text, each at most `size` long, ending at a line break when one is in the last quarter. */
export function windows(text: string, size = WINDOW): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < text.length || out.length === 0; ) {
    let to = Math.min(text.length, from + size);
    if (to < text.length) {
      const cut = text.lastIndexOf('\n', to);
      if (cut > from + (size * 3) / 4) to = cut + 1;
    }
    out.push([from, to]);
    if (to >= text.length) break;
    from = to;
  }
  return out;
}
