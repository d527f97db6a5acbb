/**
 * Loads the public corpora in /work/shared/datasets and relabels them per models/LABELS.md.
 *
 * The files are grouped by the category their collector aimed at, which is not always the product's label:
 * configuration YAML in source_code.jsonl is not source code, GitHub's public site terms in confidential.jsonl are
 * not confidential, and the Enron e-mails (AESLC) are non-commercial and dropped. Every row decision is made here,
 * from the row's `source` and (for code) its content, so the guideline and the data cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from './rng.ts';
import type { ClassifierCategory } from './types.ts';

export interface CorpusRow {
  readonly text: string;
  /** Product labels after relabelling; [] for benign prompts and hard negatives. */
  readonly labels: readonly ClassifierCategory[];
  /** The dataset's `source` field ('owner/repo:path'); use it (via splitOf) to split, never the row. */
  readonly source: string;
  /** 'corpus:<family>', e.g. 'corpus:sec-table', 'corpus:config-yaml' (families listed in models/LABELS.md). */
  readonly origin: string;
}

export type Split = 'train' | 'calibration' | 'test';

export const CORPUS_FILES = ['benign', 'source_code', 'financial', 'confidential', 'health'] as const;
export type CorpusFile = (typeof CORPUS_FILES)[number];

/** Non-commercial sources: never loaded. */
export const DROPPED_SOURCES: readonly string[] = ['ryanzhumich/AESLC'];

/** What to do with one row: keep with labels and a family name, or drop (null). */
export interface RowDecision {
  readonly labels: readonly ClassifierCategory[];
  readonly family: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Content checks for source_code rows: configuration data, logs and stack traces are not source code.

const nonBlankLines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');
const ratio = (lines: readonly string[], re: RegExp): number =>
  lines.length ? lines.filter((l) => re.test(l)).length / lines.length : 0;

const JSON_VALUE = String.raw`(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|\{\s*\}?|\[\s*\]?)`;
const JSON_LINE = new RegExp(String.raw`^\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*${JSON_VALUE},?|${JSON_VALUE},?|[\]}],?)\s*$`);

/** A whole JSON object or array (not a bare string or number). */
export function parsesAsJson(text: string): boolean {
  const t = text.trim();
  if (!/^[{[]/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

/** JSON data: parses, or nearly every line is a JSON member / value / bracket (a chunk cut from a larger file). */
export function isJsonData(text: string): boolean {
  const t = text.trim();
  if (parsesAsJson(t)) return true;
  const lines = nonBlankLines(t);
  return lines.length >= 3 && ratio(lines, JSON_LINE) >= 0.85 && /"\s*:/.test(t);
}

/** INI / TOML / .properties: section headers and key = value lines only. */
export function isIniData(text: string): boolean {
  const lines = nonBlankLines(text).filter((l) => !/^\s*[#;]/.test(l));
  if (lines.length < 3 || /<<-?\s*["']?\w|\$\{/.test(text)) return false;
  const sections = lines.filter((l) => /^\s*\[{1,2}[\w .\-"]+\]{1,2}\s*$/.test(l)).length;
  const pairs = lines.filter((l) => /^\s*[\w.\-"]+\s*=\s*\S.*$/.test(l) && !/[;{}]\s*$|\)\s*$/.test(l)).length;
  return sections >= 1 && pairs >= 2 && (sections + pairs) / lines.length >= 0.9;
}

/** A .env file: KEY=value lines, no shell logic. */
export function isEnvData(text: string): boolean {
  const lines = nonBlankLines(text).filter((l) => !/^\s*#/.test(l));
  if (lines.length < 3 || /\$[({]|`/.test(text)) return false;
  return ratio(lines, /^\s*(?:export\s+)?[A-Z_][A-Z0-9_]*=(?:"[^"]*"|'[^']*'|[^\s"'$]*)\s*$/) >= 0.9;
}

const LOG_LINE =
  /^\s*(?:\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}[.,]\d+|[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\]?[\s:])/;
const TRACE_LINE =
  /^\s*(?:at\s+[\w$.<>\/\[\]]+.*[(:]\S*:\d+\)?|at\s+[\w$.<>]+\(.*\)|File ".*", line \d+|Traceback \(most recent call last\)|\.\.\. \d+ more|Caused by: |[\w.]+(?:Error|Exception)(?::.*)?$|goroutine \d+ \[|panic: |thread '.*' panicked)/;

export function isLog(text: string): boolean {
  const lines = nonBlankLines(text);
  return lines.length >= 3 && ratio(lines, LOG_LINE) >= 0.6;
}

export function isStackTrace(text: string): boolean {
  const lines = nonBlankLines(text);
  return lines.length >= 3 && ratio(lines, TRACE_LINE) >= 0.5;
}

const YAML_KEY = /^\s*(?:- +)*(?:"[^"]*"|'[^']*'|[\w.\-/$@{}]+(?: [\w.\-/]+)*)\s*:(?:\s+.*)?$/;
const YAML_ITEM = /^\s*- +\S.*$|^\s*-\s*$/;
const YAML_OTHER = /^\s*(?:#.*|---\s*|\.\.\.\s*|[\]}],?|\{.*\}|\[.*\])$/;
const SCRIPT_KEYS = /^(?:run|script|scripts|command|commands|args|entrypoint|cmd|exec|before_script|after_script|before_install|install|shell|inline)$/i;
const CODEY = /[;{}]\s*$|\$\(|&&|\|\||^\s*(?:if|for|while|def|function|echo|export|cd|set) /;

/**
 * Clean YAML configuration: key/value and list lines only. Embedded scripts (a CI `run: |` block of shell, a
 * ConfigMap carrying a program) or a chunk that starts inside such a block make it mixed: returns false.
 */
export function isCleanYaml(text: string): boolean {
  const lines = nonBlankLines(text);
  if (lines.length < 2) return false;
  let blockIndent = -1;
  let blockIsScript = false;
  let scriptLines = 0;
  let codeyBlockLines = 0;
  let other = 0;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (indent > blockIndent) {
        if (blockIsScript) scriptLines++;
        else if (CODEY.test(line)) codeyBlockLines++;
        continue;
      }
      blockIndent = -1;
    }
    if (YAML_KEY.test(line)) {
      const m = /^\s*(?:- +)*["']?([\w.\-/$@{}]+)["']?\s*:\s*([|>][-+]?\d*)?\s*(?:#.*)?$/.exec(line);
      if (m?.[2] !== undefined) {
        blockIndent = indent;
        blockIsScript = SCRIPT_KEYS.test(m[1]!);
      }
      continue;
    }
    if (YAML_ITEM.test(line) || YAML_OTHER.test(line)) continue;
    other++;
  }
  return scriptLines === 0 && codeyBlockLines <= 1 && other / lines.length <= 0.1;
}

export type ConfigKind = 'yaml' | 'json' | 'ini' | 'env';

/** The kind of configuration data the text is, or null (for YAML only when the file is YAML). */
export function configKind(text: string, path = ''): ConfigKind | null {
  if (/\.ya?ml$/i.test(path) && isCleanYaml(text)) return 'yaml';
  if (isJsonData(text)) return 'json';
  if (isIniData(text)) return 'ini';
  if (isEnvData(text)) return 'env';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Per-file decisions.

const CODE_LANG: Record<string, string> = {
  py: 'python', cc: 'cpp', cpp: 'cpp', h: 'c-cpp', hpp: 'cpp', c: 'c', rs: 'rust', cs: 'csharp', java: 'java',
  go: 'go', ts: 'typescript', tsx: 'typescript', js: 'javascript', mjs: 'javascript', kt: 'kotlin', kts: 'kotlin',
  swift: 'swift', sql: 'sql', php: 'php', rb: 'ruby', tf: 'terraform', sh: 'shell', bash: 'shell', zsh: 'shell',
};

const CONFIG_EXT = new Set(['json', 'jsonc', 'ini', 'cfg', 'conf', 'toml', 'properties', 'env', 'tfvars', 'lock']);

const repoOf = (source: string): string => source.split(':', 1)[0]!;
const pathOf = (source: string): string => source.slice(source.indexOf(':') + 1);

/** Pipe, tab or CSV rows: at least three lines that look like table rows. */
const isTable = (text: string): boolean =>
  text.split('\n').filter((l) => /\t|\s\|\s|^\s*\|.*\|\s*$|^[^,\n]*(?:,[^,\n]*){3,}$/.test(l)).length >= 3;

function decideBenign(source: string): RowDecision {
  const repo = repoOf(source);
  const path = pathOf(source);
  const family =
    repo === 'teknium1/GPTeacher' ? (path.startsWith('Codegen') ? 'gpteacher-codegen' : 'gpteacher-roleplay')
    : repo === 'yizhongw/self-instruct' ? (path.startsWith('data/finetuning') ? 'p3-long-prompt' : 'self-instruct')
    : repo === 'google-research-datasets/natural-questions' ? 'nq-open'
    : repo === 'openai/grade-school-math' ? 'gsm8k'
    : repo === 'anthropics/hh-rlhf' ? 'hh-rlhf'
    : repo === 'NExTplusplus/TAT-QA' ? 'tatqa-question'
    : repo === 'abachaa/MedQuAD' ? 'medquad-question'
    : repo === 'lm-sys/arena-hard-auto' ? 'arena-hard'
    : repo === 'lm-sys/FastChat' ? 'mt-bench'
    : 'benign-other';
  return { labels: [], family };
}

function decideCode(text: string, source: string): RowDecision | null {
  const path = pathOf(source);
  // A generated emoji lookup table in shell syntax: data, neither program logic nor clean config.
  if (/emoji-char-definitions\.zsh$/.test(path)) return null;
  const name = path.split('/').pop() ?? '';
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (ext === 'yml' || ext === 'yaml') return isCleanYaml(text) ? { labels: [], family: 'config-yaml' } : null;
  if (CONFIG_EXT.has(ext)) {
    const kind = configKind(text, path);
    return kind ? { labels: [], family: `config-${kind}` } : null;
  }
  // A program file whose chunk is a whole JSON document (a fixture) is clean config; a chunk that merely looks like
  // data (a dict or map literal, an inline snapshot, KEY=value defaults of a script) is ambiguous: dropped.
  if (parsesAsJson(text)) return { labels: [], family: 'config-json' };
  if (configKind(text, path) || isLog(text) || isStackTrace(text)) return null;
  // Extensionless files in nvm's test tree are sh scripts.
  const lang = CODE_LANG[ext] ?? (repoOf(source) === 'nvm-sh/nvm' ? 'shell' : 'other');
  return { labels: ['source_code'], family: `code-${lang}` };
}

function decideFinancial(text: string, source: string): RowDecision {
  const repo = repoOf(source);
  const table = isTable(text);
  const family =
    repo === 'dgunning/edgartools' ? (table ? 'sec-table' : 'sec-narrative')
    : repo === 'rajdeep345/ECTSum' ? 'earnings-call'
    : repo === 'NExTplusplus/TAT-QA' ? (table ? 'tatqa-table' : 'tatqa-text')
    : repo === 'WhiteHouse/2016-budget-data' ? 'us-budget-table'
    : repo === 'beancount/fava' || repo === 'ledger/ledger' ? 'ledger-journal'
    : repo === 'WoLpH/mt940' || repo === 'jseutter/ofxparse' ? 'bank-statement'
    : 'financial-other';
  return { labels: ['financial'], family };
}

function decideConfidential(source: string): RowDecision | null {
  const repo = repoOf(source);
  const path = pathOf(source);
  switch (repo) {
    case 'maastrichtlawtech/law3027-advanced-legal-analytics':
      return { labels: ['confidential'], family: 'cuad-contract' };
    case 'open-agreements/open-agreements':
      return { labels: ['confidential'], family: 'agreement-template' };
    case 'rust-lang/compiler-team':
    case 'openjs-foundation/cross-project-council':
      return { labels: ['confidential'], family: 'meeting-minutes' };
    case 'rust-lang/leadership-council':
      if (path.startsWith('minutes/')) return { labels: ['confidential'], family: 'meeting-minutes' };
      // Published governance policies are public rules; the budget snapshot is a public figures table that is
      // neither clearly financial nor a clean negative, so it is dropped.
      if (path.endsWith('spending/budget.md')) return null;
      return { labels: [], family: 'public-policy' };
    case 'icco/postmortems':
      return { labels: ['confidential'], family: 'incident-postmortem' };
    case '18F/handbook':
      return { labels: [], family: 'public-handbook' };
    case 'github/site-policy':
      return { labels: [], family: 'public-site-policy' };
    default:
      return { labels: ['confidential'], family: 'confidential-other' };
  }
}

function decideHealth(source: string): RowDecision {
  const repo = repoOf(source);
  const path = pathOf(source);
  const family =
    repo === 'wyim/aci-bench' ? (path.startsWith('baselines') ? 'aci-generated-note' : 'aci-encounter')
    : repo === 'abachaa/MTS-Dialog' ? (path.startsWith('Augmented') ? 'mts-augmented' : 'mts-dialog')
    : repo === 'babylonhealth/primock57' ? (path.startsWith('notes') ? 'primock-note' : 'primock-transcript')
    : repo === 'smart-on-fhir/sample-patients' ? (path.includes('documents/') ? 'fhir-clinical-note' : 'fhir-record')
    : 'health-other';
  return { labels: ['health'], family };
}

/** The guideline's decision for one row of one corpus file; null = drop. */
export function decideRow(file: CorpusFile, text: string, source: string): RowDecision | null {
  if (DROPPED_SOURCES.some((p) => source.startsWith(p))) return null;
  switch (file) {
    case 'benign':
      return decideBenign(source);
    case 'source_code':
      return decideCode(text, source);
    case 'financial':
      return decideFinancial(text, source);
    case 'confidential':
      return decideConfidential(source);
    case 'health':
      return decideHealth(source);
  }
}

/** All five corpus files, relabelled; rows in file order (benign, source_code, financial, confidential, health). */
export function loadCorpus(datasetsDir: string): CorpusRow[] {
  const out: CorpusRow[] = [];
  for (const file of CORPUS_FILES) {
    const raw = readFileSync(join(datasetsDir, `${file}.jsonl`), 'utf8');
    for (const line of raw.split('\n')) {
      if (!line) continue;
      const { text, source } = JSON.parse(line) as { text: string; source: string };
      const decision = decideRow(file, text, source);
      if (decision) out.push({ text, labels: decision.labels, source, origin: `corpus:${decision.family}` });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Splits: by source group, never by row.

const AGREEMENT_VARIANT =
  /-(?:california|colorado|florida|illinois|massachusetts|new-york|pennsylvania|texas|washington|nevada|in-app|with-sla|without-sla|with-ai|click-through|separate)$/;

/**
 * The leakage group of a source: sources that share text or the same underlying record map to one key.
 * MTS-Dialog's augmented pairs are paraphrases of its training set; ACI-Bench's baseline notes were generated from
 * the test encounters; PriMock57's note and transcript describe one consultation; the SMART on FHIR rows and
 * per-patient summaries repeat the same patients; a company's SEC filings repeat each other's paragraphs; agreement
 * template variants (per state, with/without SLA) share most clauses.
 */
export function splitGroup(source: string): string {
  const repo = repoOf(source);
  const path = pathOf(source);
  if (repo === 'abachaa/MTS-Dialog' && /TrainingSet/.test(path)) return 'mts-dialog:train';
  if (repo === 'wyim/aci-bench') {
    const m = /^baselines\/predictions\/test(\d)/.exec(path);
    if (m) return `aci-bench:${['', 'clinicalnlp_taskB_test1', 'clinicalnlp_taskC_test2', 'clef_taskC_test3'][Number(m[1])]}`;
    const d = /^data\/challenge_data\/(\w+)\.csv$/.exec(path);
    if (d) return `aci-bench:${d[1]}`;
  }
  if (repo === 'babylonhealth/primock57') {
    const m = /day\d+_consultation\d+/.exec(path);
    if (m) return `primock57:${m[0]}`;
  }
  if (repo === 'smart-on-fhir/sample-patients') return 'smart-on-fhir';
  if (repo === 'dgunning/edgartools') {
    const m = /^tests\/fixtures\/(?:html|xbrl)\/([a-z]+)\//.exec(path);
    if (m) return `edgartools:${m[1]}`;
  }
  if (repo === 'open-agreements/open-agreements') {
    const m = /templates\/[^/]+\/([^/]+)\//.exec(path);
    if (m) {
      let name = m[1]!.replace(/^common-paper-csa-.*/, 'common-paper-csa');
      while (AGREEMENT_VARIANT.test(name)) name = name.replace(AGREEMENT_VARIANT, '');
      return `open-agreements:${name}`;
    }
  }
  return source;
}

/** Chosen once so each file's rows come out near 70/15/15 (see the split test); changing it reshuffles the splits. */
const SPLIT_SALT = 'promptwall-split-v1573:';

/** The split of a source (or any stable id): by a hash of its leakage group, about 70% / 15% / 15%. */
export function splitOf(source: string): Split {
  const bucket = hashString(SPLIT_SALT + splitGroup(source)) % 100;
  return bucket < 70 ? 'train' : bucket < 85 ? 'calibration' : 'test';
}
