/**
 * gitleaks-style "key name, operator, value" pattern builder shared by the secret detector files.
 * Not a detector group: it exports no `detectors` array.
 */

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
