/** The six categories a corporate policy flags; the whole product uses these names. */
export const CATEGORIES = ['secret', 'pii', 'financial', 'source_code', 'confidential', 'health'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories that rule detectors report; the other three come from the classifier. */
export type RuleCategory = 'secret' | 'pii' | 'financial';

/**
 * One detector: a declarative record, like a row of gitleaks' rule table.
 *
 * The engine runs it only when one of its `keywords` occurs in the text (case-insensitive) or, for
 * keyword-less numeric identifiers, when the text holds a run of at least `minDigits` digits. The
 * value is capture group 1 of `pattern` when the pattern has one, else the whole match; the finding's
 * span is the value's span.
 */
export interface Detector {
  /** Stable id '<group>/<name>', the group being the file: 'secrets/github/classic-pat', 'pii/de/steuer-id'. */
  readonly id: string;
  readonly category: RuleCategory;
  /** What was found, snake_case ('github_pat', 'iban'); upper-cased it names the redaction placeholder. */
  readonly kind: string;
  /** Must carry the `g` flag; safe against ReDoS (bounded quantifiers, no nested or overlapping repeats). */
  readonly pattern: RegExp;
  /** Lowercase literals for the prefilter; the detector runs only on texts containing one of them. */
  readonly keywords: readonly string[];
  /**
   * Prefilter for keyword-less detectors: run only when the text holds this many digits in one run
   * (single separators such as space, '-', '.', '/' between digit groups allowed).
   */
  readonly minDigits?: number;
  /** Offline check of the value (checksum, structure, calendar date); false drops the match. */
  readonly validate?: (value: string) => boolean;
  /** Minimum Shannon entropy of the value in bits per character; lower drops the match. */
  readonly minEntropy?: number;
  /**
   * Words near the value (lowercase, matched as substrings of the lowercased text within `before`
   * characters before the value and `after` after it). A hit raises confidence to `confidence.withContext`;
   * with `required`, there is no finding without one.
   */
  readonly context?: {
    readonly words: readonly string[];
    readonly required?: boolean;
    readonly before?: number;
    readonly after?: number;
  };
  /** Values that are documented examples or placeholders of this format (the engine also drops generic ones). */
  readonly ignore?: readonly RegExp[];
  /** Confidence 0..1 of a finding without and with context. */
  readonly confidence: { readonly base: number; readonly withContext?: number };
  /**
   * A finding of this detector only supports others (a person's name): it is reported, and adds its
   * category, only when the text has another finding.
   */
  readonly supporting?: boolean;
  /** Texts that must produce a finding of this detector, and texts that must not. Synthetic values only. */
  readonly examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}

export interface Finding {
  readonly detector: string;
  readonly category: RuleCategory;
  readonly kind: string;
  /** UTF-16 offsets of the value in the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly confidence: number;
}

export interface ScanResult {
  readonly categories: Category[];
  readonly findings: Finding[];
}
