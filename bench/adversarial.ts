/**
 * Adversarial near-miss inputs built from one detector's own record: its keywords, digit prefilter and the
 * values its `examples.match` texts produce. Each input is meant to drive the pattern into as much
 * backtracking as its shape allows (long runs of the characters it accepts, cut off just before success),
 * not to produce findings. Shared by test/redos.test.ts (64 KB) and bench/run.ts (1 MB).
 */
import type { Detector } from '../src/engine/types.ts';
import { pumpAttack, type Attack } from './recheck.ts';

export interface AdversarialInput {
  readonly name: string;
  readonly text: string;
}

/** Deterministic PRNG (mulberry32), so every run measures the same inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const TOKENISH = `${ALNUM}_-+/=.:@`;
const MIXED = `${TOKENISH} "'\n\t,;#%&()[]{}<>!?$*|~^\\`;

/** Repeats pieces from `next()` until the text reaches `size` characters. */
function fill(size: number, next: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const p = next();
    if (!p) break;
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, size);
}

function randomRun(rand: () => number, alphabet: string, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

/** The values (capture group 1, else the match) that the detector's pattern finds in its own match examples. */
export function exampleValues(d: Detector): string[] {
  const re = new RegExp(d.pattern.source, d.pattern.flags.includes('g') ? d.pattern.flags : `${d.pattern.flags}g`);
  const values: string[] = [];
  for (const text of d.examples.match) {
    for (const m of text.matchAll(re)) {
      const v = m[1] ?? m[0];
      if (v) values.push(v);
      if (values.length > 20) return values;
    }
  }
  return values;
}

/**
 * Near-miss inputs of about `size` characters each. With `attack` (recheck's attack for this pattern), adds
 * the attack string pumped to `size`.
 */
export function adversarialInputs(d: Detector, size: number, attack?: Attack): AdversarialInput[] {
  const rand = prng(0x5eed ^ d.id.length);
  const keywords = d.keywords.length ? d.keywords : [''];
  const kw = (): string => {
    const k = keywords[Math.floor(rand() * keywords.length)]!;
    // Mixed case: the prefilter is case-insensitive, patterns may not be.
    return rand() < 0.5 ? k : k.toUpperCase();
  };
  const values = exampleValues(d);
  const inputs: AdversarialInput[] = [];

  // 1. Keywords back to back, no separators: 'ghp_ghp_ghp_...'.
  if (d.keywords.length) inputs.push({ name: 'keyword-run', text: fill(size, kw) });

  // 2. Keyword, then a token-ish run of random length, then a character tokens do not contain.
  inputs.push({
    name: 'keyword+token',
    text: fill(size, () => `${kw()}${randomRun(rand, TOKENISH, 1 + Math.floor(rand() * 120))}${rand() < 0.5 ? '!' : ' '}`),
  });

  // 3. Keyword, then assignment-like separators and quotes: 'password = "...', 'key: key: key:'.
  inputs.push({
    name: 'keyword+separators',
    text: fill(size, () => `${kw()}${randomRun(rand, ' :="\'\t', 1 + Math.floor(rand() * 8))}${randomRun(rand, MIXED, Math.floor(rand() * 40))}`),
  });

  // 4. Example values cut one character short, with their last character changed, and glued together.
  if (values.length) {
    inputs.push({
      name: 'value-near-miss',
      text: fill(size, () => {
        const v = values[Math.floor(rand() * values.length)]!;
        const r = rand();
        if (r < 0.3) return `${v.slice(0, -1)} `;
        if (r < 0.6) return `${v.slice(0, -1)}${v.endsWith('!') ? '?' : '!'}`;
        if (r < 0.8) return v.slice(0, Math.max(1, Math.floor(v.length * rand())));
        return v; // glued to the next piece: a value inside a longer token
      }),
    });
    // 5. One value's body character repeated: the longest run its character class accepts.
    const v = values[0]!;
    const body = v[Math.floor(v.length / 2)] ?? 'A';
    inputs.push({ name: 'value-long-run', text: `${v.slice(0, Math.ceil(v.length / 2))}${body.repeat(Math.max(0, size - v.length))}` });
  }

  // 6. Digits: long runs with and without group separators (for numeric identifiers and everything with \d).
  if (d.minDigits || /\\d|0-9/.test(d.pattern.source)) {
    inputs.push({ name: 'digit-run', text: fill(size, () => randomRun(rand, '0123456789', 200 + Math.floor(rand() * 800))) });
    inputs.push({
      name: 'digit-groups',
      text: fill(size, () => `${randomRun(rand, '0123456789', 1 + Math.floor(rand() * 6))}${randomRun(rand, ' -./', 1)}`),
    });
  }

  // 7. Whitespace and line breaks after the keyword (patterns allowing \s between label and value).
  inputs.push({ name: 'keyword+whitespace', text: fill(size, () => `${kw()}${' '.repeat(Math.floor(rand() * 300))}\n`) });

  if (attack) inputs.push({ name: 'recheck-attack', text: pumpAttack(attack, size) });
  return inputs;
}
