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
const WORD = /[\p{L}\p{N}_]+/gu;

const count = (re: RegExp, text: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
};

/** log(1 + n) / log(1 + cap): a count squashed into [0, 1]. */
const squash = (n: number, cap: number): number => Math.min(1, Math.log1p(n) / Math.log1p(cap));

const LOG1P = Float32Array.from({ length: 256 }, (_, n) => Math.log1p(n));

const fold = (h: number): number => (h ^ (h >>> HASH_BITS)) & (HASH_SIZE - 1);

/** FNV-1a over a string slice, folded into the hash space; `seed` separates n-gram families. */
function hashSlice(text: string, from: number, to: number, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fold(h);
}

/**
 * Extracts features into a reusable accumulator. One instance per thread: `extract` is not reentrant.
 */
export class FeatureExtractor {
  /** Counts per hash bucket; only the buckets listed in `touched` are non-zero between calls. */
  private readonly acc = new Float32Array(HASH_SIZE);
  private readonly touched: number[] = [];

  /** `findings` are the rule engine's findings for the same text (they become dense signals). */
  extract(text: string, findings: readonly Finding[] = []): SparseFeatures {
    const { acc, touched: seen } = this;
    const add = (index: number): void => {
      if (acc[index]++ === 0) seen.push(index);
    };
    const norm = text.normalize('NFKC').toLowerCase();
    // Character 3–5-grams over the text with whitespace runs folded to one space, hashed incrementally.
    const chars = norm.replace(/\s+/g, ' ');
    for (let i = 0; i + 3 <= chars.length; i++) {
      let h = 0x811c9dc5;
      for (let n = 1; n <= 5 && i + n <= chars.length; n++) {
        h = Math.imul(h ^ chars.charCodeAt(i + n - 1), 0x01000193);
        if (n >= 3) add(fold(h ^ n));
      }
    }
    // Word unigrams and bigrams.
    let previous = -1; // the previous word's hash: a bigram is a hash of the two
    WORD.lastIndex = 0;
    for (let m = WORD.exec(norm); m !== null; m = WORD.exec(norm)) {
      const word = m[0];
      const wordHash = hashSlice(word, 0, word.length, 101);
      add(wordHash);
      if (previous >= 0) add(fold(Math.imul(previous ^ 0x5bd1e995, 31) ^ wordHash));
      previous = wordHash;
    }

    // Sublinear counts, L2-normalised. (Order does not matter to the model; sorting would cost more
    // than everything else here.)
    const touched = seen;
    const dense = denseSignals(text, norm, findings);
    const indices = new Int32Array(touched.length + dense.length);
    const values = new Float32Array(touched.length + dense.length);
    let norm2 = 0;
    for (let k = 0; k < touched.length; k++) {
      const c = acc[touched[k]!]!;
      const v = c < LOG1P.length ? LOG1P[c]! : Math.log1p(c);
      values[k] = v;
      norm2 += v * v;
    }
    const scale = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
    for (let k = 0; k < touched.length; k++) {
      indices[k] = touched[k]!;
      values[k]! *= scale;
      acc[touched[k]!] = 0;
    }
    seen.length = 0;
    const base = indices.length - dense.length;
    for (let d = 0; d < dense.length; d++) {
      indices[base + d] = HASH_SIZE + d;
      values[base + d] = dense[d]!;
    }
    return { indices, values };
  }
}

function denseSignals(text: string, norm: string, findings: readonly Finding[]): number[] {
  const lines = text.split('\n');
  const nonEmpty = lines.filter((l) => l.trim()).length || 1;
  const ratio = (n: number) => Math.min(1, n / nonEmpty);
  let codeEndings = 0;
  let indented = 0;
  let tableRows = 0;
  for (const line of lines) {
    const t = line.trimEnd();
    if (/[;{}):]$/.test(t) || /^\s*(?:\}|end|fi|done)\b/.test(t)) codeEndings++;
    if (/^(?: {2,}|\t)\S/.test(line)) indented++;
    if ((line.match(/\t|\|/g)?.length ?? 0) >= 2 || /^(?:[^,\n]*,){3,}/.test(line)) tableRows++;
  }
  let symbols = 0;
  let digits = 0;
  let upper = 0;
  let letters = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) (upper++, letters++);
    else if (c >= 97 && c <= 122) letters++;
    else if (c === 123 || c === 125 || c === 40 || c === 41 || c === 91 || c === 93 || c === 59 || c === 61 || c === 60 || c === 62) symbols++;
  }
  const kinds = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  const trimmed = norm.trimEnd();
  const values: Record<(typeof DENSE_FEATURES)[number], number> = {
    length: squash(text.length, 5000),
    lines: squash(lines.length, 200),
    code_line_endings: ratio(codeEndings),
    code_symbols: Math.min(1, (symbols / Math.max(1, text.length)) * 10),
    indented_lines: ratio(indented),
    code_keywords: Math.min(1, count(CODE_KEYWORDS, norm) / nonEmpty),
    digits: Math.min(1, (digits / Math.max(1, text.length)) * 4),
    money_amounts: squash(count(MONEY, norm), 30),
    percentages: squash(count(PERCENT, norm), 30),
    cards: squash(kinds((f) => f.kind === 'credit_card'), 5),
    ibans: squash(kinds((f) => f.kind === 'iban'), 5),
    financial_findings: squash(kinds((f) => f.category === 'financial'), 10),
    pii_findings: squash(kinds((f) => f.category === 'pii' && f.kind !== 'person_name'), 10),
    secret_findings: squash(kinds((f) => f.category === 'secret'), 10),
    confidential_markers: squash(count(CONFIDENTIAL_MARKERS, norm), 5),
    dosages: squash(count(DOSAGE, norm), 10),
    clinical_terms: squash(count(CLINICAL_TERMS, norm), 15),
    icd_codes: squash(count(ICD, norm), 5),
    table_rows: ratio(tableRows),
    mail_headers: squash(count(MAIL_HEADER, norm), 4),
    dates: squash(count(DATE, norm), 10),
    question: trimmed.endsWith('?') ? 1 : 0,
    uppercase: Math.min(1, upper / letters),
    finance_terms: squash(count(FINANCE_TERMS, norm), 15),
    legal_terms: squash(count(LEGAL_TERMS, norm), 15),
    template_placeholders: squash(count(TEMPLATE, norm), 5),
    log_lines: ratio(count(LOG_LINE, norm)),
    config_lines: ratio(count(CONFIG_LINE, norm)),
    shell_commands: squash(count(SHELL, norm), 5),
    person_findings: squash(kinds((f) => f.kind === 'person_name'), 5),
  };
  return DENSE_FEATURES.map((name) => values[name]);
}
