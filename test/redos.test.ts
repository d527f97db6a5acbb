/**
 * ReDoS gate. Every detector pattern is analysed statically by recheck (native agent when installed, else
 * the JAR, else pure JS; one agent per core, verdicts cached in the OS temp directory) and must be 'safe':
 * 'vulnerable' and 'unknown' (timeout, unsupported syntax) fail, naming the detector and the attack string.
 * Then recheck's attack string (when it has one) and 64 KB near-miss inputs built from the detector's own
 * keywords and example values run through the pattern in a guarded worker: the test asserts that matchAll
 * terminates (it returns a match count). Timings are the bench's business (npm run bench).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adversarialInputs } from '../bench/adversarial.ts';
import { GuardedMatcher } from '../bench/guarded.ts';
import { RECHECK_TIMEOUT_MS, recheckAll, type Verdict } from '../bench/recheck.ts';
import { DETECTORS } from '../src/detectors/index.ts';

const NEAR_MISS_SIZE = 64 * 1024;
/** Hang guard per input, far above any sane time for 64 KB: reaching it means the match did not terminate. */
const HANG_GUARD_MS = 15_000;

const short = (s: string, n = 160): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

function describeVerdict(id: string, v: Verdict): string {
  const parts = [`${id}: recheck says ${v.status}`];
  if (v.complexity) parts.push(`(${v.complexity}${v.summary ? `: ${v.summary}` : ''})`);
  if (v.attack) parts.push(`attack string ${short(v.attack.pattern)}`);
  if (v.error) parts.push(`error ${v.error}`);
  parts.push(`pattern /${short(v.source, 300)}/${v.flags}`);
  return parts.join(' ');
}

const verdicts = new Map<string, Verdict>();
const matcher = new GuardedMatcher(HANG_GUARD_MS);

beforeAll(async () => {
  const list = await recheckAll(
    DETECTORS.map((d) => ({ source: d.pattern.source, flags: d.pattern.flags })),
    { timeout: RECHECK_TIMEOUT_MS },
  );
  DETECTORS.forEach((d, i) => verdicts.set(d.id, list[i]!));
}, 1_200_000); // cold cache ~0.9 s wall per pattern on 2 cores (6.5 min for ~430); warm: seconds

afterAll(() => matcher.close());

describe('ReDoS gate machinery', () => {
  it('recheck reports a nested quantifier as vulnerable with an attack string', async () => {
    const [v] = await recheckAll([{ source: '^(a+)+$', flags: 'g' }], { timeout: RECHECK_TIMEOUT_MS });
    expect(v!.status).toBe('vulnerable');
    expect(v!.complexity).toBe('exponential');
    expect(v!.attack?.string.length).toBeGreaterThan(0);
  }, 60_000);

  it('recheck reports a literal-prefix token pattern as safe', async () => {
    const [v] = await recheckAll([{ source: '(?<![A-Za-z0-9_])(tok_[0-9a-zA-Z]{36})(?![A-Za-z0-9_])', flags: 'g' }], {
      timeout: RECHECK_TIMEOUT_MS,
    });
    expect(v!.status).toBe('safe');
  }, 60_000);

  it('the guard stops a catastrophic match instead of hanging', async () => {
    const guard = new GuardedMatcher(300);
    try {
      const out = await guard.run({ source: '^(a+)+$', flags: 'g', text: `${'a'.repeat(40)}!` });
      expect('timedOut' in out).toBe(true);
      const ok = await guard.run({ source: 'a', flags: 'g', text: 'banana' });
      expect(ok).toMatchObject({ count: 3 });
    } finally {
      await guard.close();
    }
  }, 30_000);
});

describe.each(DETECTORS.map((d) => [d.id, d] as const))('%s', (id, d) => {
  it('pattern is ReDoS-safe according to recheck', () => {
    const v = verdicts.get(id);
    expect(v, `${id}: no recheck verdict`).toBeDefined();
    expect(v!.status, describeVerdict(id, v!)).toBe('safe');
  });

  it('matchAll terminates on the attack string and 64 KB near-miss inputs', async () => {
    const attack = verdicts.get(id)?.attack;
    const inputs = adversarialInputs(d, NEAR_MISS_SIZE, attack);
    if (attack) inputs.push({ name: 'recheck-attack-as-reported', text: attack.string });
    for (const input of inputs) {
      const out = await matcher.run({ source: d.pattern.source, flags: d.pattern.flags, text: input.text });
      const what = `${id}: input '${input.name}' (${input.text.length} chars, starts ${JSON.stringify(short(input.text, 60))})`;
      expect('timedOut' in out, `${what} did not finish within the ${HANG_GUARD_MS} ms hang guard`).toBe(false);
      if ('count' in out) expect(out.count, what).toBeGreaterThanOrEqual(0);
    }
  }, 4 * HANG_GUARD_MS * 10);
});
