/**
 * Feature extraction for the classifier: the ONE module that training and inference share, so the
 * browser sees exactly what training saw.
 *
 * A text becomes a sparse vector: hashed character 3–5-grams and word 1–2-grams of the NFKC-lowercased
 * text (sublinear counts, L2-normalised), plus a few dense signals at fixed indices after the hash space
 * (checksum-valid card/IBAN counts from the rule engine, currency amounts, a multilingual
 * confidentiality-marker lexicon, dosage and clinical patterns, code cues, table and e-mail layout).
 */
import type { Finding } from '../engine/types.ts';

/** Bumped whenever extraction changes; a model records the version it was trained with. */
export const FEATURE_VERSION = 'pw-features-1';
export const HASH_BITS = 18;
export const HASH_SIZE = 1 << HASH_BITS;

/** Dense signals, in index order after the hash space. */
export const DENSE_FEATURES = [
  'length', 'lines', 'code_line_endings', 'code_symbols', 'indented_lines', 'code_keywords', 'digits',
  'money_amounts', 'percentages', 'cards', 'ibans', 'financial_findings', 'pii_findings', 'secret_findings',
  'confidential_markers', 'dosages', 'clinical_terms', 'icd_codes', 'table_rows', 'mail_headers', 'dates',
  'question', 'uppercase', 'finance_terms', 'legal_terms', 'template_placeholders', 'log_lines', 'config_lines',
  'shell_commands', 'person_findings',
] as const;
export const FEATURE_SIZE = HASH_SIZE + DENSE_FEATURES.length;

export interface SparseFeatures {
  /** Distinct feature indices (hashed ones in first-seen order, then the dense ones). */
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

// Lexicons in English, German, French, Spanish and Dutch (lowercase, matched on word starts).
const CONFIDENTIAL_MARKERS = /\b(?:confidential|internal only|internal use|strictly private|do not (?:share|forward|distribute)|not for distribution|embargo(?:ed)?|privileged|attorney[- ]client|need[- ]to[- ]know|vertraulich|streng vertraulich|nur f(?:ü|ue)r den internen|intern|confidentiel|usage interne|diffusion restreinte|sous embargo|confidencial|uso interno|no distribuir|vertrouwelijk|intern gebruik|niet verspreiden)\b/g;
const FINANCE_TERMS = /\b(?:invoice|salary|salaries|payroll|revenue|ebitda|forecast|budget|remittance|iban|swift|bic|sort code|routing|account (?:no|number)|ledger|bonus|gross|net pay|vat|margin|cash ?flow|p&l|quarter|q[1-4]|rechnung|gehalt|lohn|umsatz|prognose|haushalt|überweisung|kontonummer|facture|salaire|paie|chiffre d'affaires|prévision|virement|factura|salario|nómina|ingresos|previsión|presupuesto|transferencia|factuur|salaris|loon|omzet|prognose|begroting|overboeking)\b/g;
const LEGAL_TERMS = /\b(?:agreement|hereinafter|party|parties|clause|indemnif\w*|warrant\w*|termination|governing law|board|minutes|roadmap|strategy|term sheet|acquisition|merger|post-?mortem|root cause|audit|finding|layoff|reorg\w*|performance review|vertrag|vereinbarung|klausel|vorstand|protokoll|strategie|übernahme|contrat|accord|clause|conseil|procès-verbal|stratégie|rachat|contrato|acuerdo|cláusula|consejo|acta|estrategia|adquisición|overeenkomst|contract|bepaling|bestuur|notulen|strategie|overname)\b/g;
const CLINICAL_TERMS = /\b(?:patient|diagnos\w*|prescri\w*|dosage|mg\/dl|mmol|mmhg|bpm|blood pressure|hba1c|ecg|mri|ct scan|biopsy|chemo\w*|therapy|symptom\w*|medication|allerg\w*|discharge|referral|sick (?:leave|note)|fit for work|patient\w*|diagnose|befund|rezept|arbeitsunfähig\w*|krankschreibung|blutdruck|ordonnance|arrêt de travail|traitement|posologie|receta|diagnóstico|baja médica|tratamiento|recept|ziekmelding|behandeling|huisarts|bloeddruk)\b/g;
const DOSAGE = /\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|iu|ie|units?|tabs?|tablets?)\b|\b[0-2]-[0-2]-[0-2]\b|\b(?:once|twice|three times) (?:a |per )?day\b|\b(?:bid|tid|qid|qd|prn)\b/g;
const ICD = /\b[a-tv-z]\d{2}(?:\.\d{1,2})?\b/g;
const MONEY = /[$€£¥]\s?\d|\d[\d.,'\u202f ]*\s?(?:€|eur|usd|gbp|chf|\$|£|k€|m€)(?![a-z])/g;
const PERCENT = /\d\s?%/g;
const DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/g;
const CODE_KEYWORDS = /\b(?:def|function|return|class|import|from|const|let|var|public|private|static|void|int|select|insert|update|where|join|resource|variable|module|include|fn|func|package|struct|impl|echo|fi|done|then|elif|lambda|async|await|new|null|true|false|else)\b/g;
const TEMPLATE = /\{\{[^{}\n]{1,40}\}\}|\[(?:name|first name|company|date|amount|recipient)\]|<(?:name|first_name|company)>|%[a-z_]+%/g;
const MAIL_HEADER = /^(?:from|to|cc|subject|sent|date|von|an|betreff|gesendet|de|à|objet|envoyé|para|asunto|enviado|van|aan|onderwerp|verzonden)\s?:/gm;
const LOG_LINE = /^\s*(?:at [\w$.<>]+\(.*\)|traceback|\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}.*\b(?:info|warn|error|debug)\b|(?:info|warn|error|debug)\s*[:\]])/gm;
const CONFIG_LINE = /^\s*(?:- )?["']?[\w.-]{1,40}["']?\s?[:=]\s?\S/gm;
const SHELL = /(?:^|\n)\s*(?:\$ |sudo |kubectl |git |docker |npm |pip |curl |cd |ls |export )/g;

const count = (re: RegExp, text: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
};

/** log(1 + n) / log(1 + cap): a count squashed into [0, 1]. */
const squash = (n: number, cap: number): number => Math.min(1, Math.log1p(n) / Math.log1p(cap));

const LOG1P = Float32Array.from({ length: 256 }, (_, n) => Math.log1p(n));


const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const WORD_BASIS = FNV_BASIS ^ 101;
const HASH_MASK = HASH_SIZE - 1;
/** A Float32 count stops growing at 2^24 (x + 1 rounds back to x); integer counts are clamped to match. */
const F32_COUNT_LIMIT = 1 << 24;

// Code-unit classes for one pass over the normalised text. WORD: in `[\p{L}\p{N}_]` (the word tokeniser);
// SPACE: in the `\s` of a regular expression (folded for the character n-grams); HIGH: a high surrogate
// (the code point decides); UNKNOWN: not classified yet (looked up on first sight).
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
const SPACE = 3;
const HIGH = 4;
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const UNIT_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) UNIT_CLASS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? WORD : OTHER;
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) UNIT_CLASS[c] = SPACE;
UNIT_CLASS.fill(HIGH, 0xd800, 0xdc00);
UNIT_CLASS.fill(OTHER, 0xdc00, 0xe000); // a lone low surrogate is never a letter
const ASTRAL_CLASS = new Map<number, boolean>();

const classify = (c: number): number => (UNIT_CLASS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? WORD : OTHER);

const astralIsWord = (cp: number): boolean => {
  let k = ASTRAL_CLASS.get(cp);
  if (k === undefined) ASTRAL_CLASS.set(cp, (k = WORD_CHAR.test(String.fromCodePoint(cp))));
  return k;
};

/** [folded length, word count] of the last `scan`. */
const scanned = new Int32Array(2);

/**
 * One pass over the normalised text: whitespace runs folded to one space into `chars` (for the
 * character n-grams), and the folded hash of each word (a maximal run of code points in
 * `[\p{L}\p{N}_]`, FNV-1a over its code units) into `words`.
 */
function scan(norm: string, chars: Uint16Array, words: Int32Array): void {
  const length = norm.length;
  let n = 0;
  let nw = 0;
  let inSpace = false;
  let inWord = false;
  let wh = 0; // hash of the word being read
  for (let j = 0; j < length; j++) {
    const c = norm.charCodeAt(j);
    let k = UNIT_CLASS[c]!;
    if (k === UNKNOWN) k = classify(c);
    if (k === WORD) {
      chars[n++] = c;
      inSpace = false;
      if (!inWord) (wh = WORD_BASIS), (inWord = true);
      wh = Math.imul(wh ^ c, FNV_PRIME);
      continue;
    }
    if (k === SPACE) {
      if (!inSpace) chars[n++] = 32;
      inSpace = true;
    } else {
      chars[n++] = c;
      inSpace = false;
      if (k === HIGH && j + 1 < length) {
        const d = norm.charCodeAt(j + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          j++;
          chars[n++] = d;
          if (astralIsWord(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) {
            if (!inWord) (wh = WORD_BASIS), (inWord = true);
            wh = Math.imul(Math.imul(wh ^ c, FNV_PRIME) ^ d, FNV_PRIME);
            continue;
          }
        }
      }
    }
    if (inWord) {
      words[nw++] = (wh ^ (wh >>> HASH_BITS)) & HASH_MASK;
      inWord = false;
    }
  }
  if (inWord) words[nw++] = (wh ^ (wh >>> HASH_BITS)) & HASH_MASK;
  scanned[0] = n;
  scanned[1] = nw;
}

/** Counts the character 3–5-grams of `chars[0, n)` (FNV-1a, the length mixed in before folding). */
function addCharGrams(chars: Uint16Array, n: number, acc: Int32Array, touched: Int32Array, nt: number): number {
  let i = 0;
  let index: number;
  for (; i + 5 <= n; i++) {
    let h = Math.imul(FNV_BASIS ^ chars[i]!, FNV_PRIME);
    h = Math.imul(h ^ chars[i + 1]!, FNV_PRIME);
    h = Math.imul(h ^ chars[i + 2]!, FNV_PRIME);
    index = (h ^ 3 ^ ((h ^ 3) >>> HASH_BITS)) & HASH_MASK;
    if (acc[index]++ === 0) touched[nt++] = index;
    h = Math.imul(h ^ chars[i + 3]!, FNV_PRIME);
    index = (h ^ 4 ^ ((h ^ 4) >>> HASH_BITS)) & HASH_MASK;
    if (acc[index]++ === 0) touched[nt++] = index;
    h = Math.imul(h ^ chars[i + 4]!, FNV_PRIME);
    index = (h ^ 5 ^ ((h ^ 5) >>> HASH_BITS)) & HASH_MASK;
    if (acc[index]++ === 0) touched[nt++] = index;
  }
  for (; i + 3 <= n; i++) {
    let h = FNV_BASIS;
    for (let g = 1; g <= 5 && i + g <= n; g++) {
      h = Math.imul(h ^ chars[i + g - 1]!, FNV_PRIME);
      if (g >= 3) {
        index = (h ^ g ^ ((h ^ g) >>> HASH_BITS)) & HASH_MASK;
        if (acc[index]++ === 0) touched[nt++] = index;
      }
    }
  }
  return nt;
}

/** Counts word unigrams and bigrams (a bigram is a hash of the two word hashes). */
function addWordGrams(words: Int32Array, nw: number, acc: Int32Array, touched: Int32Array, nt: number): number {
  let previous = -1;
  for (let w = 0; w < nw; w++) {
    const wordHash = words[w]!;
    if (acc[wordHash]++ === 0) touched[nt++] = wordHash;
    if (previous >= 0) {
      const h = Math.imul(previous ^ 0x5bd1e995, 31) ^ wordHash;
      const index = (h ^ (h >>> HASH_BITS)) & HASH_MASK;
      if (acc[index]++ === 0) touched[nt++] = index;
    }
    previous = wordHash;
  }
  return nt;
}

/** Sublinear counts, L2-normalised (summed in first-seen order), then the dense signals; clears `acc`. */
function collect(acc: Int32Array, touched: Int32Array, nt: number, dense: readonly number[]): SparseFeatures {
  const indices = new Int32Array(nt + dense.length);
  const values = new Float32Array(nt + dense.length);
  let norm2 = 0;
  for (let k = 0; k < nt; k++) {
    const t = touched[k]!;
    const c = acc[t]!;
    acc[t] = 0;
    indices[k] = t;
    const v = c < 256 ? LOG1P[c]! : Math.log1p(c < F32_COUNT_LIMIT ? c : F32_COUNT_LIMIT);
    values[k] = v;
    norm2 += v * v;
  }
  const scale = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  for (let k = 0; k < nt; k++) values[k]! *= scale;
  for (let d = 0; d < dense.length; d++) {
    indices[nt + d] = HASH_SIZE + d;
    values[nt + d] = dense[d]!;
  }
  return { indices, values };
}

/**
 * Extracts features into a reusable accumulator. One instance per thread: `extract` is not reentrant.
 */
export class FeatureExtractor {
  /** Counts per hash bucket; only the buckets listed in `touched` are non-zero between calls. */
  private readonly acc = new Int32Array(HASH_SIZE);
  /** Distinct buckets in first-seen order (at most HASH_SIZE). */
  private readonly touched = new Int32Array(HASH_SIZE);
  /** The normalised text with whitespace runs folded to one space, as code units. */
  private chars = new Uint16Array(4096);
  /** Hash of each word, in text order. */
  private words = new Int32Array(2048);

  /** `findings` are the rule engine's findings for the same text (they become dense signals). */
  extract(text: string, findings: readonly Finding[] = []): SparseFeatures {
    const norm = text.normalize('NFKC').toLowerCase();
    const length = norm.length;
    if (this.chars.length < length) this.chars = new Uint16Array(length + (length >> 2));
    // Words are separated by at least one other code unit: at most ceil(length / 2) of them.
    if (this.words.length < (length >> 1) + 1) this.words = new Int32Array((length >> 1) + 1 + (length >> 3));
    scan(norm, this.chars, this.words);
    const n = scanned[0]!;
    const nw = scanned[1]!;
    let nt = addCharGrams(this.chars, n, this.acc, this.touched, 0);
    nt = addWordGrams(this.words, nw, this.acc, this.touched, nt);
    return collect(this.acc, this.touched, nt, denseSignals(text, norm, findings));
  }
}

/** ASCII `\w` (the word characters of a non-Unicode regular expression). */
const isAsciiWord = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Whether `text` has `word` at `at`, followed by a `\b` (ASCII) before `end`. */
const wordAt = (text: string, at: number, end: number, word: string): boolean =>
  text.startsWith(word, at) && (at + word.length >= end || !isAsciiWord(text.charCodeAt(at + word.length)));

function denseSignals(text: string, norm: string, findings: readonly Finding[]): number[] {
  // One pass over the lines of `text` (split at '\n'), counting character classes along the way.
  const length = text.length;
  let lines = 0;
  let nonEmpty = 0;
  let codeEndings = 0;
  let indented = 0;
  let tableRows = 0;
  let symbols = 0;
  let digits = 0;
  let upper = 0;
  let letters = 1;
  for (let start = 0; ; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    lines++;
    let first = -1; // first and last non-whitespace characters
    let last = -1;
    let bars = 0; // tabs and pipes
    let commas = 0;
    for (let j = start; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        if (c >= 48 && c <= 57) digits++;
        else if (c >= 65 && c <= 90) (upper++, letters++);
        else if (c >= 97 && c <= 122) letters++;
        else if (c === 123 || c === 125 || c === 40 || c === 41 || c === 91 || c === 93 || c === 59 || c === 61 || c === 60 || c === 62) symbols++;
        else if (c === 124) bars++;
        else if (c === 44) commas++;
        else if (c === 32 || (c >= 9 && c <= 13)) {
          if (c === 9) bars++;
          continue;
        }
      } else if (UNIT_CLASS[c] === SPACE) continue;
      if (first < 0) first = j;
      last = j;
    }
    if (first >= 0) {
      nonEmpty++;
      // /[;{}):]$/ on the line without trailing whitespace, or /^\s*(?:\}|end|fi|done)\b/
      const l = text.charCodeAt(last);
      const f = text.charCodeAt(first);
      if (l === 59 || l === 123 || l === 125 || l === 41 || l === 58) codeEndings++;
      else if (f === 125 ? first + 1 < end && isAsciiWord(text.charCodeAt(first + 1))
        : f === 101 ? wordAt(text, first, end, 'end')
        : f === 102 ? wordAt(text, first, end, 'fi')
        : f === 100 && wordAt(text, first, end, 'done')) codeEndings++;
      // /^(?: {2,}|\t)\S/
      if (first > start) {
        let k = start;
        while (text.charCodeAt(k) === 32) k++;
        if (k === first ? k - start >= 2 : text.charCodeAt(start) === 9 && first === start + 1) indented++;
      }
    }
    // (/\t|\|/g matches >= 2) || /^(?:[^,\n]*,){3,}/
    if (bars >= 2 || commas >= 3) tableRows++;
    if (end === length) break;
    start = end + 1;
  }
  if (nonEmpty === 0) nonEmpty = 1;
  const ratio = (n: number) => Math.min(1, n / nonEmpty);
  let cards = 0;
  let ibans = 0;
  let financial = 0;
  let pii = 0;
  let secret = 0;
  let persons = 0;
  for (const f of findings) {
    if (f.kind === 'credit_card') cards++;
    if (f.kind === 'iban') ibans++;
    if (f.category === 'financial') financial++;
    if (f.category === 'pii' && f.kind !== 'person_name') pii++;
    if (f.category === 'secret') secret++;
    if (f.kind === 'person_name') persons++;
  }
  const hasColon = norm.includes(':');
  const hasPercent = norm.includes('%');
  // In DENSE_FEATURES order.
  return [
    squash(length, 5000),
    squash(lines, 200),
    ratio(codeEndings),
    Math.min(1, (symbols / Math.max(1, length)) * 10),
    ratio(indented),
    Math.min(1, count(CODE_KEYWORDS, norm) / nonEmpty),
    Math.min(1, (digits / Math.max(1, length)) * 4),
    squash(count(MONEY, norm), 30),
    squash(hasPercent ? count(PERCENT, norm) : 0, 30),
    squash(cards, 5),
    squash(ibans, 5),
    squash(financial, 10),
    squash(pii, 10),
    squash(secret, 10),
    squash(count(CONFIDENTIAL_MARKERS, norm), 5),
    squash(count(DOSAGE, norm), 10),
    squash(count(CLINICAL_TERMS, norm), 15),
    squash(count(ICD, norm), 5),
    ratio(tableRows),
    squash(hasColon ? count(MAIL_HEADER, norm) : 0, 4),
    squash(count(DATE, norm), 10),
    norm.trimEnd().endsWith('?') ? 1 : 0,
    Math.min(1, upper / letters),
    squash(count(FINANCE_TERMS, norm), 15),
    squash(count(LEGAL_TERMS, norm), 15),
    squash(hasPercent || norm.includes('{{') || norm.includes('[') || norm.includes('<') ? count(TEMPLATE, norm) : 0, 5),
    ratio(count(LOG_LINE, norm)),
    ratio(hasColon || norm.includes('=') ? count(CONFIG_LINE, norm) : 0),
    squash(count(SHELL, norm), 5),
    squash(persons, 5),
  ];
}
