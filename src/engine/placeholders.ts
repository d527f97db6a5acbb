/**
 * Values that are documented examples or template placeholders rather than live credentials. Applied by
 * the engine to every `secret` finding's value, so detectors need not repeat them.
 */
const PLACEHOLDER_VALUE = new RegExp(
  [
    'example', 'sample', 'placeholder', 'dummy', 'changeme', 'change_me', 'redacted', 'replace', 'insert',
    'your[-_ ]?', 'my[-_]?(?:api|secret|token|key|pass)', 'fake', 'notreal', 'not[-_]a[-_]real',
    'x{4,}', '\\*{3,}', '\\.{3,}', '_test_', '^test[-_]', 'lorem', 'foobar',
    '[<>{}]', '\\$\\{', '\\$\\(', '%[a-z_]+%', '@[a-z_]+@', '^\\$[a-z_]',
    '^(.)\\1+$',
    // eight letters of the alphabet in a row ('abcdefgh', 'qrstuvwx'): typed by hand, never random
    ...Array.from({ length: 19 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'.slice(i, i + 8)),
  ].join('|'),
  'i',
);

export const isPlaceholder = (value: string): boolean => PLACEHOLDER_VALUE.test(value);
