/**
 * Assembles the training, calibration and test sets: public corpus chunks cropped and wrapped in
 * workplace requests, benign prompts wrapped by the same requests, pairs, and the synthetic positives and
 * hard negatives. Deterministic from the seed. Corpus rows are split by their source, never by row.
 */
import { loadCorpus, splitOf, type CorpusRow } from './data/corpus.ts';
import { generate as hardNegatives } from './data/hard-negatives.ts';
import { Rng } from './data/rng.ts';
import { generate as syntheticConfidential } from './data/synthetic-confidential.ts';
import { generate as syntheticFinancial } from './data/synthetic-financial.ts';
import { generate as syntheticHealth } from './data/synthetic-health.ts';
import { LANGS, type Example } from './data/types.ts';
import { corpusExample, pair, wrap } from './data/wrappers.ts';

export type Split = 'train' | 'calibration' | 'test';

export interface DatasetOptions {
  readonly datasetsDir: string;
  readonly seed: number;
  /** Multiplies every count (a quick run uses a small fraction). */
  readonly scale: number;
}

/** Corpus rows per label group taken into each split (before `scale`), and synthetic counts. */
const CORPUS_PER_GROUP: Record<Split, number> = { train: 5000, calibration: 1200, test: 1200 };
const SYNTHETIC_PER_CATEGORY: Record<Split, number> = { train: 3000, calibration: 600, test: 600 };
const HARD_NEGATIVES: Record<Split, number> = { train: 6000, calibration: 1500, test: 1000 };
const PAIRS: Record<Split, number> = { train: 2000, calibration: 300, test: 300 };

const groupOf = (row: CorpusRow): string => (row.labels.length ? [...row.labels].sort().join('+') : 'benign');

/** A corpus chunk as a chat prompt; positives are cropped less short so the crop still shows why. */
const asPrompt = (rng: Rng, row: CorpusRow): Example => corpusExample(rng, row, rng.pick(LANGS), row.labels.length ? 100 : 40);

/** Synthetic texts carry their own requests; some get one of the shared wrappers too, as corpus chunks do. */
function rewrapSome(rng: Rng, examples: Example[]): Example[] {
  return examples.map((e) => (rng.chance(0.1) ? { ...e, text: wrap(rng, e.text, e.lang) } : e));
}

export function buildSplits(options: DatasetOptions): Record<Split, Example[]> {
  const rng = new Rng(options.seed);
  const corpus = loadCorpus(options.datasetsDir);
  const n = (count: number) => Math.max(1, Math.round(count * options.scale));
  const splits = {} as Record<Split, Example[]>;
  for (const split of ['train', 'calibration', 'test'] as const) {
    const r = rng.fork();
    const bySplit = corpus.filter((row) => splitOf(row.source) === split);
    const groups = new Map<string, CorpusRow[]>();
    for (const row of bySplit) {
      const group = groups.get(groupOf(row));
      if (group) group.push(row);
      else groups.set(groupOf(row), [row]);
    }
    const examples: Example[] = [];
    for (const rows of groups.values()) {
      for (const row of r.shuffle(rows).slice(0, n(CORPUS_PER_GROUP[split]))) examples.push(asPrompt(r, row));
    }
    const per = n(SYNTHETIC_PER_CATEGORY[split]);
    examples.push(
      ...rewrapSome(r, syntheticFinancial(r.fork(), per)),
      ...rewrapSome(r, syntheticConfidential(r.fork(), per)),
      ...rewrapSome(r, syntheticHealth(r.fork(), per)),
      ...rewrapSome(r, hardNegatives(r.fork(), n(HARD_NEGATIVES[split]))),
    );
    for (let i = 0; i < n(PAIRS[split]); i++) examples.push(pair(r, r.pick(examples), r.pick(examples)));
    splits[split] = r.shuffle(examples);
  }
  return splits;
}
