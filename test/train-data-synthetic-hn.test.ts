import { describe, expect, it } from 'vitest';
import { generate as hardNegatives } from '../scripts/train/data/hard-negatives.ts';
import { Rng } from '../scripts/train/data/rng.ts';
import { generate as health } from '../scripts/train/data/synthetic-health.ts';
import { CLASSIFIER_CATEGORIES, LANGS, type Example } from '../scripts/train/data/types.ts';

const cases = [
  { name: 'synthetic-health', generate: health, count: 2500, distinct: 2000, labels: ['health'], families: 16 },
  { name: 'hard-negatives', generate: hardNegatives, count: 3500, distinct: 3000, labels: [], families: 26 },
] as const;

const countBy = (examples: Example[], key: (e: Example) => string) => {
  const m = new Map<string, number>();
  for (const e of examples) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
  return m;
};

describe.each(cases)('$name', ({ generate, count, distinct, labels, families }) => {
  const examples = generate(new Rng(20250611), count);

  it('is deterministic from the seed and changes with it', () => {
    expect(generate(new Rng(20250611), 300)).toEqual(generate(new Rng(20250611), 300));
    expect(generate(new Rng(1), 300).map((e) => e.text)).not.toEqual(generate(new Rng(2), 300).map((e) => e.text));
  });

  it(`returns the requested count with at least ${distinct} distinct texts`, () => {
    expect(examples).toHaveLength(count);
    expect(new Set(examples.map((e) => e.text)).size).toBeGreaterThanOrEqual(distinct);
  });

  it('carries valid labels only', () => {
    for (const e of examples) {
      expect(e.labels).toEqual(labels);
      for (const l of e.labels) expect(CLASSIFIER_CATEGORIES).toContain(l);
    }
  });

  it('is balanced over the five languages and over its families', () => {
    const langs = countBy(examples, (e) => e.lang);
    expect([...langs.keys()].sort()).toEqual([...LANGS].sort());
    for (const n of langs.values()) expect(n).toBe(count / LANGS.length);
    const fams = countBy(examples, (e) => e.origin);
    expect(fams.size).toBe(families);
    const sizes = [...fams.values()];
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(LANGS.length);
    for (const [origin, n] of countBy(examples, (e) => `${e.origin}|${e.lang}`)) expect(n, origin).toBeGreaterThan(0);
    expect(countBy(examples, (e) => `${e.origin}|${e.lang}`).size).toBe(families * LANGS.length);
  });

  it('keeps lengths in 20–1,500 characters, most of them 60–800', () => {
    const lens = examples.map((e) => e.text.length);
    for (const n of lens) {
      expect(n).toBeGreaterThanOrEqual(20);
      expect(n).toBeLessThanOrEqual(1500);
    }
    expect(lens.filter((n) => n >= 60 && n <= 800).length / lens.length).toBeGreaterThan(0.7);
  });

  it('leaves no unfilled slot, undefined or NaN in the text', () => {
    for (const e of examples) {
      expect(e.text).not.toMatch(/(?<!properties of )undefined(?! method)|NaN|\[object Object\]/); // the JS stack trace says "of undefined", Ruby's "undefined method"
      expect(e.text.replace(/#\d+ \{main\}/g, '')).not.toMatch(/\{(?!\{)[a-z]+\}(?!\})/); // a single-brace template slot; {{mail_merge}} slots and PHP's `#1 {main}` frame are intended
    }
  });
});

describe('health positives and hard negatives share the request wording', () => {
  it('wraps both with the same requests', () => {
    const firstLine = (e: Example) => e.text.split('\n')[0]!.trim();
    const pos = new Set(health(new Rng(5), 2500).map(firstLine));
    const neg = new Set(hardNegatives(new Rng(5), 3500).map(firstLine));
    const shared = [...pos].filter((l) => neg.has(l));
    expect(shared.length).toBeGreaterThan(50);
  });
});
