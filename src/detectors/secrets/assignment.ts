/**
 * Pattern and detector builders shared by the secret detector files: gitleaks-style "key name, operator, value"
 * patterns, standalone and prefixed tokens, name-keyed credentials, and the value checks they share.
 * Not a detector group: it exports no `detectors` array.
 */
import type { Detector } from '../../engine/types.ts';

/** Case-insensitive literal spelled as character classes, so the rest of the pattern stays case-sensitive. */
export const ci = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** gitleaks-style assignment: a key name containing one of `words`, an operator, optional quotes, the value. */
export const assigned = (words: readonly string[], value: string): RegExp =>
  new RegExp(
    `(?<![A-Za-z])(?:${words.map(ci).join('|')})[\\w.-]{0,25}['"]?[ \\t]{0,3}(?:=>|:{1,3}=|\\?=|\\.=|[=:>,])[ \\t\\r\\n]{0,5}[\\x60'"]?(${value})(?![A-Za-z0-9_-])`,
    'g',
  );

/**
 * ASCII characters that may stand before a token (not letters, digits or '_'). '\n' also stands for the start
 * of the text once the prefilter treats a text as if a line break preceded it.
 */
const BOUNDARY_CHARS = ' \t\n\r"\'`=:([{<>,;|/*.@#$%&+?!~\\^)]}-';

/**
 * Prefilter keywords for a token whose literal prefix is too common on its own ('s.', 'sk', 'pat'): the prefix
 * behind each boundary character the pattern's lookbehind allows. `excluded` lists boundary characters the
 * pattern does not accept before the token.
 */
export const afterBoundary = (prefixes: readonly string[], excluded = ''): string[] =>
  [...BOUNDARY_CHARS].filter((c) => !excluded.includes(c)).flatMap((c) => prefixes.map((p) => c + p.toLowerCase()));

/** A UUID spelled with the hex character class `hex`. */
const uuid = (hex: string): string => `${hex}{8}-${hex}{4}-${hex}{4}-${hex}{4}-${hex}{12}`;
/** A lowercase UUID. */
export const UUID = uuid('[0-9a-f]');
/** A UUID in either case. */
export const UUID_ANY_CASE = uuid('[0-9a-fA-F]');

/** Letters and digits mixed, as random tokens are (identifiers and words are not). */
export const mixed = (v: string): boolean => /[0-9]/.test(v) && /[A-Za-z]/.test(v);

/** Characters a token does not continue into, nor (by default) start after. */
const TOKEN_CHARS = 'A-Za-z0-9_-';

/** `source` standing alone: not after a character of `notAfter` (a character-class body), nor continued by a token character. */
const standalone = (source: string, notAfter: string): RegExp => new RegExp(`(?<![${notAfter}])${source}(?![${TOKEN_CHARS}])`, 'g');

/** A token `body` standing alone (not inside a longer identifier or token), captured as group 1; `notAfter` as in `standalone`. */
export const token = (body: string, notAfter = TOKEN_CHARS): RegExp => standalone(`(${body})`, notAfter);

/** Regex source matching `text` literally. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Examples = Detector['examples'];
type Values = [string, string];

/**
 * Builder of tokens made of a fixed literal prefix and a fixed-shape body (the whole match is the value), with
 * id `secrets/<group>/<name>`. `notAfter` is the class of characters that may not stand before the prefix;
 * `examples` writes a detector's examples from its `sample` (the group's own shape of sample bodies) unless
 * the call brings its own.
 */
export const prefixedTokens =
  <Sample = Values>(group: string, examples: (name: string, prefix: string, sample: Sample) => Examples, notAfter = TOKEN_CHARS) =>
  (name: string, kind: string, prefix: string, body: string, sample: Sample, extra: Partial<Detector> = {}): Detector => ({
    id: `secrets/${group}/${name}`,
    category: 'secret',
    kind,
    pattern: standalone(`${literal(prefix)}${body}`, notAfter),
    keywords: [prefix.toLowerCase()],
    minEntropy: 3,
    confidence: { base: 0.95 },
    ...extra,
    examples: extra.examples ?? examples(name, prefix, sample),
  });

/**
 * Builder of credentials recognisable only by a product's name in their key name (`assigned(words, value)`,
 * a value mixing letters and digits), with id `secrets/<group>/<name>`; `examples` writes the examples from the
 * first key word and two sample values.
 */
export const namedCredentials =
  (group: string, examples: (word: string, values: Values) => Examples) =>
  (name: string, kind: string, words: string[], value: string, values: Values, minEntropy = 3.5): Detector => ({
    id: `secrets/${group}/${name}`,
    category: 'secret',
    kind,
    pattern: assigned(words, value),
    keywords: words,
    minEntropy,
    validate: mixed,
    confidence: { base: 0.85 },
    examples: examples(words[0]!, values),
  });
