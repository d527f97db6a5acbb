import { describe, expect, it } from 'vitest';
import { createEngine, mergeOverlaps } from '../src/engine/scan.ts';
import { KeywordIndex, longestDigitRun, lowerKeepingOffsets } from '../src/engine/prefilter.ts';
import { isPlaceholder } from '../src/engine/placeholders.ts';
import { shannonEntropy } from '../src/engine/entropy.ts';
import type { Detector, Finding } from '../src/engine/types.ts';

const detector = (over: Partial<Detector> & Pick<Detector, 'id' | 'pattern'>): Detector => ({
  category: 'secret',
  kind: 'test_token',
  keywords: [],
  minDigits: 1,
  confidence: { base: 0.5 },
  examples: { match: [], noMatch: [] },
  ...over,
});

describe('keyword prefilter', () => {
  it('agrees with a naive substring search on random texts', () => {
    const keywords = [['ghp_', 'gho_'], ['xoxb-'], ['pass', 'password'], ['sk-ant-'], ['né le', 'geb.'], ['マイナンバー'], ['a'], ['ab', 'bab']];
    const index = new KeywordIndex(keywords);
    const alphabet = 'abghpo_xsk-ntPASSWORDwdré lGEB.マイナンバー';
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      const hits: number[] = [];
      index.collect(text, new Uint32Array(keywords.length), 1, hits);
      const lower = text.toLowerCase();
      keywords.forEach((ks, id) => expect(hits.includes(id), `${JSON.stringify(text)} / ${ks}`).toBe(ks.some((k) => lower.includes(k))));
      expect(new Set(hits).size).toBe(hits.length);
    }
  });

  it('treats all whitespace alike, and the text as if whitespace surrounded it', () => {
    const index = new KeywordIndex([[' dr.'], ['tel '], ['\nsk0']]);
    const hitsOf = (text: string) => {
      const hits: number[] = [];
      index.collect(text, new Uint32Array(3), 1, hits);
      return hits.sort();
    };
    expect(hitsOf('Dr. Who')).toEqual([0]);
    expect(hitsOf('call\tDr. Who on his tel')).toEqual([0, 1]);
    expect(hitsOf('sk0abc')).toEqual([2]);
    expect(hitsOf('x sk0abc')).toEqual([2]);
    expect(hitsOf('xsk0abc')).toEqual([]);
  });

  it('matches ASCII letters case-insensitively', () => {
    const hits: number[] = [];
    new KeywordIndex([['akia']]).collect('key AKIA...', new Uint32Array(1), 1, hits);
    expect(hits).toEqual([0]);
  });

  it('measures digit runs across single separators', () => {
    expect(longestDigitRun('card 4111 1111 1111 1111 ok')).toBe(16);
    expect(longestDigitRun('123-45-6789')).toBe(9);
    expect(longestDigitRun('12  34')).toBe(2);
    expect(longestDigitRun('v1.2.3')).toBe(3);
    expect(longestDigitRun('no digits')).toBe(0);
  });

  it('lowercases ASCII without moving offsets', () => {
    expect(lowerKeepingOffsets('İstanbul ABC')).toBe('İstanbul abc');
    expect(lowerKeepingOffsets('İstanbul ABC').length).toBe('İstanbul ABC'.length);
  });
});

describe('engine loop', () => {
  it('runs a detector only when its keyword or digit run is present', () => {
    const engine = createEngine([
      detector({ id: 'secrets/t/kw', pattern: /tok_[a-z0-9]{8}/g, keywords: ['tok_'], minDigits: undefined }),
      detector({ id: 'pii/xx/num', pattern: /\b\d{6}\b/g, category: 'pii', kind: 'num', minDigits: 6 }),
    ]);
    expect(engine.scan('here tok_a1b2c3d4').findings.map((f) => f.detector)).toEqual(['secrets/t/kw']);
    expect(engine.scan('id 123456').findings.map((f) => f.value)).toEqual(['123456']);
    expect(engine.scan('id 12345').findings).toEqual([]);
  });

  it('reports the span of capture group 1', () => {
    const engine = createEngine([detector({ id: 'secrets/t/assign', pattern: /token=([a-z0-9]{8})/g, keywords: ['token='] })]);
    const [f] = engine.scan('x token=ab12cd34 y').findings;
    expect(f).toMatchObject({ start: 8, end: 16, value: 'ab12cd34' });
  });

  it('drops placeholders, ignored values, low entropy and failed validation', () => {
    const engine = createEngine([
      detector({
        id: 'secrets/t/key',
        pattern: /key_([A-Za-z0-9]{10})\b/g,
        keywords: ['key_'],
        ignore: [/^AAAA/],
        minEntropy: 2.5,
        validate: (v) => !v.endsWith('9'),
      }),
    ]);
    const values = (t: string) => engine.scan(t).findings.map((f) => f.value);
    expect(values('key_Qw3rTy7uIo')).toEqual(['Qw3rTy7uIo']);
    expect(values('key_EXAMPLE123')).toEqual([]); // placeholder
    expect(values('key_AAAAb3c4d5')).toEqual([]); // ignore
    expect(values('key_ababababab')).toEqual([]); // entropy 1 bit
    expect(values('key_Qw3rTy7uI9')).toEqual([]); // validator
  });

  it('requires or rewards context words at word boundaries', () => {
    const base = { pattern: /\b\d{9}\b/g, category: 'pii' as const, kind: 'n', minDigits: 9, confidence: { base: 0.4, withContext: 0.9 } };
    const required = createEngine([detector({ ...base, id: 'pii/xx/req', context: { words: ['passport'], required: true } })]);
    expect(required.scan('passport no. 123456789').findings).toHaveLength(1);
    expect(required.scan('order 123456789').findings).toHaveLength(0);
    expect(required.scan('passports123456789').findings).toHaveLength(0);
    const boosted = createEngine([detector({ ...base, id: 'pii/xx/opt', context: { words: ['ssn'] } })]);
    expect(boosted.scan('SSN: 123456789').findings[0]!.confidence).toBe(0.9);
    expect(boosted.scan('123456789').findings[0]!.confidence).toBe(0.4);
  });

  it('finds context words inside scripts written without spaces', () => {
    const engine = createEngine([
      detector({ id: 'pii/kr/t', category: 'pii', kind: 'n', pattern: /\b\d{9}\b/g, minDigits: 9, context: { words: ['여권'], required: true } }),
    ]);
    expect(engine.scan('여권번호는 123456789 입니다').findings).toHaveLength(1);
  });

  it('scans long texts in windows without losing or repeating findings', () => {
    const engine = createEngine([
      detector({ id: 'secrets/t/kw', pattern: /tok_[a-z0-9]{8}/g, keywords: ['tok_'], minDigits: undefined }),
      detector({ id: 'secrets/t/ctx', pattern: /\b[a-f0-9]{12}\b/g, keywords: ['secret'], minDigits: undefined, context: { words: ['secret'], required: true } }),
    ]);
    const filler = 'lorem ipsum dolor sit amet '.repeat(2000); // ~54 KB
    const pieces = ['tok_a1b2c3d4', 'secret 0a1b2c3d4e5f', 'tok_zz99yy88'];
    let text = '';
    for (let i = 0; i < 12; i++) text += `${filler.slice(0, 7919 * i)} ${pieces[i % 3]} `;
    const found = engine.scan(text).findings.map((f) => text.slice(f.start, f.end));
    const expected = [...text.matchAll(/tok_[a-z0-9]{8}|(?<=secret )[a-f0-9]{12}/g)].map((m) => m[0]);
    expect(text.length).toBeGreaterThan(200_000);
    expect(found).toEqual(expected);
  });

  it('reports supporting findings only beside another finding', () => {
    const engine = createEngine([
      detector({ id: 'pii/global/name', category: 'pii', kind: 'person_name', pattern: /Name: ([A-Z][a-z]+)/g, keywords: ['name:'], supporting: true }),
      detector({ id: 'financial/t/card', category: 'financial', kind: 'card', pattern: /\b\d{16}\b/g, minDigits: 16 }),
    ]);
    expect(engine.scan('Name: Alice').findings).toEqual([]);
    const both = engine.scan('Name: Alice, card 4111111111111111');
    expect(both.findings.map((f) => f.kind)).toEqual(['person_name', 'card']);
    expect(both.categories).toEqual(['pii', 'financial']);
  });
});

describe('overlap merge', () => {
  const f = (detector: string, start: number, end: number, confidence: number): Finding => ({
    detector, category: 'secret', kind: detector, start, end, value: 'x'.repeat(end - start), confidence,
  });
  it('keeps the most confident, then the longest, of overlapping findings', () => {
    const merged = mergeOverlaps([f('generic', 0, 40, 0.6), f('specific', 10, 30, 0.95), f('other', 50, 60, 0.5), f('long', 50, 70, 0.5)]);
    expect(merged.map((m) => m.detector)).toEqual(['specific', 'long']);
  });
  it('keeps non-overlapping findings of one chain', () => {
    const merged = mergeOverlaps([f('a', 0, 10, 0.9), f('b', 8, 20, 0.5), f('c', 15, 25, 0.9)]);
    expect(merged.map((m) => m.detector)).toEqual(['a', 'c']);
  });
});

describe('helpers', () => {
  it('flags documented examples and template placeholders', () => {
    for (const v of ['AKIAIOSFODNN7EXAMPLE', 'your-api-key', 'xxxxxxxxxxxx', '${API_TOKEN}', '<token>', 'sk_test_abc', '{{ secrets.KEY }}', 'aaaaaaaaaaaa'])
      expect(isPlaceholder(v), v).toBe(true);
    for (const v of ['Qw3rTy7uIoP1aS2d', 'hunter2-Tr0ub4dor']) expect(isPlaceholder(v), v).toBe(false);
  });
  it('computes Shannon entropy in bits per character', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('')).toBe(0);
  });
});

describe('long texts', () => {
  it('find in a long paste exactly what each of its pieces gives alone', async () => {
    const { DETECTORS } = await import('../src/detectors/index.ts');
    const engine = createEngine();
    // Longer than any context window (3,000), and no line of it could continue a value.
    const filler = '\n\n• the team met on a sunny afternoon, to talk about the garden & the new office plants.\n\n'.repeat(40);
    // A value longer than a keyword region (a JWT with a large payload) must come out whole.
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = { sub: 'svc-reporting', roles: Array.from({ length: 80 }, (_, i) => `role-${i}-read-write`) };
    const longJwt = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.Xk3d9vQm2LrT8wYpZc5NbH7sJf4GaE1uKoRi6yDlVtM`;
    expect(longJwt.length).toBeGreaterThan(2000);
    const pieces = [`Authorization header we use: Bearer ${longJwt}`, ...DETECTORS.filter((d) => !d.supporting).flatMap((d) => d.examples.match)];
    let text = '';
    const expected: string[] = [];
    for (const piece of pieces) {
      const offset = text.length;
      for (const f of engine.scan(piece).findings) {
        if (!f.detector.startsWith('pii/global/person')) expected.push(`${f.detector}@${offset + f.start}-${offset + f.start + f.value.trimEnd().length}`);
      }
      text += piece + filler;
    }
    expect(text.length).toBeGreaterThan(1_000_000);
    const found = engine
      .scan(text)
      .findings.filter((f) => !f.detector.startsWith('pii/global/person'))
      .map((f) => `${f.detector}@${f.start}-${f.start + f.value.trimEnd().length}`); // a value may end in the line break that follows it
    expect(found).toEqual(expected);
  }, 60_000);
});
