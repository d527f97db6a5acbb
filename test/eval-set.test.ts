import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../src/engine/types.ts';
import { EVAL_PATH, buildEvalSet, countTable, serialize, type EvalRow } from '../scripts/eval/build-eval.ts';
import { CLASSIFIER_CATEGORIES, LANGS } from '../scripts/train/data/types.ts';

const committed = readFileSync(EVAL_PATH, 'utf8');
const rows: EvalRow[] = committed.trimEnd().split('\n').map((line) => JSON.parse(line) as EvalRow);

describe('workplace evaluation set', () => {
  it('the committed file equals a fresh generation from the fixed seed', () => {
    expect(serialize(buildEvalSet())).toBe(committed);
  });

  it('is deterministic per seed and changes with the seed', () => {
    expect(serialize(buildEvalSet(7))).toBe(serialize(buildEvalSet(7)));
    expect(serialize(buildEvalSet(7))).not.toBe(serialize(buildEvalSet(8)));
  });

  it('has unique ids eval-1..eval-N and unique texts', () => {
    expect(rows.length).toBeGreaterThanOrEqual(1150);
    expect(rows.map((r) => r.id)).toEqual(rows.map((_, i) => `eval-${i + 1}`));
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  it('has valid fields, labels and lengths', () => {
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['id', 'labels', 'lang', 'text']);
      expect(LANGS).toContain(r.lang);
      expect(r.text.length).toBeGreaterThanOrEqual(40);
      expect(r.text.length).toBeLessThanOrEqual(1200);
      expect(new Set(r.labels).size).toBe(r.labels.length);
      for (const l of r.labels) expect(CATEGORIES).toContain(l);
      // 'secret' only ever appears in pasted code here
      if (r.labels.includes('secret')) expect(r.labels).toContain('source_code');
    }
  });

  it('meets the counts and the language spread per category', () => {
    const counts = countTable(rows);
    for (const cat of CLASSIFIER_CATEGORIES) {
      const c = counts[cat]!;
      expect(c.total, cat).toBeGreaterThanOrEqual(150);
      expect((c.total - c.en) / c.total, cat).toBeGreaterThanOrEqual(0.2);
      for (const lang of LANGS) expect(c[lang], `${cat}/${lang}`).toBeGreaterThanOrEqual(15);
    }
    const benign = counts.benign!;
    expect(benign.total).toBeGreaterThanOrEqual(500);
    expect((benign.total - benign.en) / benign.total).toBeGreaterThanOrEqual(0.2);
    for (const lang of LANGS) expect(benign[lang], `benign/${lang}`).toBeGreaterThanOrEqual(50);
  });

  it('keeps most texts at realistic prompt length', () => {
    const mid = rows.filter((r) => r.text.length >= 100 && r.text.length <= 600).length;
    expect(mid / rows.length).toBeGreaterThan(0.6);
  });
});
