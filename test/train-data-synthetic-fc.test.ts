import { describe, expect, it } from 'vitest';
import { luhn } from '../src/checksums/digits.ts';
import { Rng } from '../scripts/train/data/rng.ts';
import * as confidential from '../scripts/train/data/synthetic-confidential.ts';
import * as financial from '../scripts/train/data/synthetic-financial.ts';
import { MARKER_RE } from '../scripts/train/data/synthetic-financial.ts';
import { CLASSIFIER_CATEGORIES, LANGS } from '../scripts/train/data/types.ts';

const MODULES = [
  { name: 'financial', mod: financial, must: 'financial', families: financial.FINANCIAL_FAMILIES.length },
  { name: 'confidential', mod: confidential, must: 'confidential', families: confidential.CONFIDENTIAL_FAMILIES.length },
] as const;

describe.each(MODULES)('synthetic $name positives', ({ mod, must, families, name }) => {
  const big = mod.generate(new Rng(2024), 2500);

  it('is deterministic from the seed', () => {
    expect(mod.generate(new Rng(7), 60)).toEqual(mod.generate(new Rng(7), 60));
    expect(mod.generate(new Rng(7), 60)).not.toEqual(mod.generate(new Rng(8), 60));
  });

  it('returns the requested count with at least 2,000 distinct texts of 2,500', () => {
    expect(big).toHaveLength(2500);
    expect(new Set(big.map((x) => x.text)).size).toBeGreaterThanOrEqual(2000);
  });

  it('balances languages and covers every family', () => {
    for (const lang of LANGS) expect(big.filter((x) => x.lang === lang)).toHaveLength(500);
    const origins = new Set(big.map((x) => x.origin));
    expect(origins.size).toBe(families);
    for (const o of origins) expect(o.startsWith(`synthetic/${name}/`)).toBe(true);
    // every family appears in every language
    for (const o of origins) for (const lang of LANGS) expect(big.some((x) => x.origin === o && x.lang === lang)).toBe(true);
  });

  it('keeps lengths realistic', () => {
    for (const x of big) {
      expect(x.text.length).toBeGreaterThanOrEqual(40);
      expect(x.text.length).toBeLessThanOrEqual(1500);
    }
    const mid = big.filter((x) => x.text.length >= 100 && x.text.length <= 600).length;
    expect(mid / big.length).toBeGreaterThan(0.75);
  });

  it('carries valid, non-empty labels including its own category', () => {
    for (const x of big) {
      expect(x.labels).toContain(must);
      expect(new Set(x.labels).size).toBe(x.labels.length);
      for (const l of x.labels) expect(CLASSIFIER_CATEGORIES).toContain(l);
      expect(x.labels).not.toContain('health');
      expect(x.labels).not.toContain('source_code');
    }
  });

  it('puts confidentiality markers on at most 30% of positives', () => {
    const marked = big.filter((x) => MARKER_RE.test(x.text)).length;
    expect(marked / big.length).toBeLessThanOrEqual(0.3);
    expect(marked).toBeGreaterThan(0);
  });

  it('leaves no template placeholders or undefined values', () => {
    for (const x of big) expect(x.text).not.toMatch(/undefined|NaN|\{[LN]\}|\{n\}|\[object/);
  });
});

describe('financial values', () => {
  it('writes Luhn-valid card numbers in card payment requests', () => {
    const cards = financial
      .generate(new Rng(11), 1500)
      .filter((x) => x.origin.endsWith('/card-payment-request'))
      .flatMap((x) => x.text.match(/\b\d{4} \d{4} \d{4} \d{4}\b/g) ?? []);
    expect(cards.length).toBeGreaterThan(20);
    for (const c of cards) expect(luhn(c)).toBe(true);
  });

  it('labels internal-only documents (budgets, unreleased results) financial + confidential', () => {
    const xs = financial.generate(new Rng(3), 600);
    for (const x of xs.filter((e) => /\/(budget|unreleased-results|unreleased-pricing)$/.test(e.origin))) {
      expect([...x.labels].sort()).toEqual(['confidential', 'financial']);
    }
    for (const x of xs.filter((e) => /\/(invoice|iban-change)$/.test(e.origin))) expect(x.labels).toEqual(['financial']);
  });
});
