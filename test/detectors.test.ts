import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../src/detectors/index.ts';
import { scan } from '../src/engine/scan.ts';
import type { Detector } from '../src/engine/types.ts';

const GROUP = /^(secrets\/[a-z0-9-]+|pii\/[a-z]{2}|pii\/global|financial\/[a-z-]+)\/[a-z0-9-]+$/;

describe('detector records', () => {
  it('have unique ids', () => {
    const seen = new Set<string>();
    for (const d of DETECTORS) {
      expect(seen.has(d.id), d.id).toBe(false);
      seen.add(d.id);
    }
  });

  it.each(DETECTORS.map((d) => [d.id, d] as const))('%s is well-formed', (_id, d) => {
    expect(d.id).toMatch(GROUP);
    expect(['secret', 'pii', 'financial']).toContain(d.category);
    expect(d.kind).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(d.pattern.flags).toContain('g');
    for (const k of d.keywords) expect(k, `keyword '${k}'`).toBe(k.toLowerCase());
    for (const w of d.context?.words ?? []) expect(w, `context word '${w}'`).toBe(w.toLowerCase());
    // A detector with neither keywords nor a digit-run prefilter would run on every text.
    expect(d.keywords.length > 0 || (d.minDigits ?? 0) > 0, 'needs keywords or minDigits').toBe(true);
    expect(d.confidence.base).toBeGreaterThan(0);
    expect(d.confidence.base).toBeLessThanOrEqual(1);
    expect(d.examples.match.length, 'examples.match').toBeGreaterThan(0);
    expect(d.examples.noMatch.length, 'examples.noMatch').toBeGreaterThan(0);
  });
});

/** Supporting detectors report only beside another finding, so their examples run with every detector. */
const alone = (d: Detector): readonly Detector[] => (d.supporting ? DETECTORS : [d]);

describe.each(DETECTORS.map((d) => [d.id, d] as const))('%s examples', (_id, d) => {
  it.each(d.examples.match.map((t) => [t]))('finds %s', (text) => {
    const own = scan(text, { detectors: alone(d) }).findings.filter((f) => f.detector === d.id);
    expect(own.length, `no ${d.id} finding`).toBeGreaterThan(0);
    // With every detector, the span is still reported (perhaps by a more specific detector).
    const all = scan(text).findings;
    for (const f of own) expect(all.some((g) => g.start < f.end && f.start < g.end), `span ${f.start}-${f.end} lost in the full engine`).toBe(true);
  });
  it.each(d.examples.noMatch.map((t) => [t]))('ignores %s', (text) => {
    const own = scan(text, { detectors: alone(d) }).findings.filter((f) => f.detector === d.id);
    expect(own.map((f) => f.value)).toEqual([]);
  });
});
