import { DETECTORS } from '../detectors/index.ts';
import { shannonEntropy } from './entropy.ts';
import { isPlaceholder } from './placeholders.ts';
import { asciiLower, KeywordIndex, longestDigitRun } from './prefilter.ts';
import type { Category, Detector, Finding, ScanResult } from './types.ts';
import { CATEGORIES } from './types.ts';

const CONTEXT_BEFORE = 50;
const CONTEXT_AFTER = 20;

/** A detector prepared for scanning: its pattern recompiled with match indices for the value's span. */
interface Compiled {
  readonly detector: Detector;
  readonly pattern: RegExp;
}

export interface Engine {
  readonly detectors: readonly Detector[];
  scan(text: string): ScanResult;
}

/** Builds the prefilter and compiled patterns once; `scan` is then one loop over the detectors it selects. */
export function createEngine(detectors: readonly Detector[] = DETECTORS): Engine {
  const compiled: Compiled[] = detectors.map((detector) => ({
    detector,
    pattern: new RegExp(detector.pattern.source, detector.pattern.flags.includes('d') ? detector.pattern.flags : `${detector.pattern.flags}d`),
  }));
  const index = new KeywordIndex(detectors.map((d) => d.keywords));
  const supporting = new Set(detectors.filter((d) => d.supporting).map((d) => d.id));
  const byDigits = compiled
    .map((c, i) => ({ i, minDigits: c.detector.keywords.length === 0 ? (c.detector.minDigits ?? 0) : Infinity }))
    .filter((d) => d.minDigits !== Infinity);

  return {
    detectors,
    scan(text: string): ScanResult {
      const selected = new Uint8Array(compiled.length);
      index.mark(text, selected);
      if (byDigits.length) {
        const digitRun = longestDigitRun(text);
        for (const { i, minDigits } of byDigits) if (digitRun >= minDigits) selected[i] = 1;
      }
      const lower = asciiLower(text);
      const candidates: Finding[] = [];
      for (let i = 0; i < compiled.length; i++) {
        if (selected[i]) collect(compiled[i]!, text, lower, candidates);
      }
      return summarise(mergeOverlaps(candidates), supporting);
    },
  };
}

function collect({ detector, pattern }: Compiled, text: string, lower: string, out: Finding[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++;
    const [start, end] = m.indices?.[1] ?? m.indices![0]!;
    const value = text.slice(start, end);
    if (!value) continue;
    if (detector.category === 'secret' && isPlaceholder(value)) continue;
    if (detector.ignore?.some((re) => re.test(value))) continue;
    if (detector.minEntropy !== undefined && shannonEntropy(value) < detector.minEntropy) continue;
    if (detector.validate && !detector.validate(value)) continue;
    let confidence = detector.confidence.base;
    if (detector.context) {
      const { words, required, before = CONTEXT_BEFORE, after = CONTEXT_AFTER } = detector.context;
      const near = hasWordNear(lower, Math.max(0, start - before), Math.min(text.length, end + after), start, end, words);
      if (!near && required) continue;
      if (near) confidence = detector.confidence.withContext ?? Math.min(1, confidence + 0.3);
    }
    out.push({ detector: detector.id, category: detector.category, kind: detector.kind, start, end, value, confidence });
  }
}

const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;

/** A context word at word boundaries in [from, to) of the lowercased text, outside the value itself. */
function hasWordNear(lower: string, from: number, to: number, valueStart: number, valueEnd: number, words: readonly string[]): boolean {
  for (const word of words) {
    for (let at = lower.indexOf(word, from); at !== -1 && at + word.length <= to; at = lower.indexOf(word, at + 1)) {
      if (at < valueEnd && at + word.length > valueStart) continue;
      const startsWord = !isWordChar(word.charCodeAt(0)) || at === 0 || !isWordChar(lower.charCodeAt(at - 1));
      const endsWord = !isWordChar(word.charCodeAt(word.length - 1)) || !isWordChar(lower.charCodeAt(at + word.length));
      if (startsWord && endsWord) return true;
    }
  }
  return false;
}

/** Higher confidence wins an overlap, then the longer span, then the earlier one. */
const outranks = (a: Finding, b: Finding): number =>
  b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start;

/** Keeps the best of every group of overlapping candidates; the result is ordered by position. */
export function mergeOverlaps(candidates: Finding[]): Finding[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (let i = 0; i < candidates.length; ) {
    // One cluster: candidates chained by overlap; choose within it greedily by rank.
    let clusterEnd = candidates[i]!.end;
    let j = i + 1;
    while (j < candidates.length && candidates[j]!.start < clusterEnd) clusterEnd = Math.max(clusterEnd, candidates[j++]!.end);
    const cluster = candidates.slice(i, j).sort(outranks);
    const chosen: Finding[] = [];
    for (const f of cluster) if (!chosen.some((c) => f.start < c.end && c.start < f.end)) chosen.push(f);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    i = j;
  }
  return kept;
}

/** Supporting findings (a person's name) count only beside another finding; categories follow the findings. */
function summarise(findings: Finding[], supporting: ReadonlySet<string>): ScanResult {
  const standalone = findings.filter((f) => !supporting.has(f.detector));
  const reported = standalone.length ? findings : [];
  const present = new Set<Category>(reported.map((f) => f.category));
  return { categories: CATEGORIES.filter((c) => present.has(c)), findings: reported };
}

let defaultEngine: Engine | undefined;
const engines = new WeakMap<readonly Detector[], Engine>();

/** Scans with all detectors, or with the given list (each list's engine is built once). */
export function scan(text: string, options: { detectors?: readonly Detector[] } = {}): ScanResult {
  if (!options.detectors) return (defaultEngine ??= createEngine()).scan(text);
  let engine = engines.get(options.detectors);
  if (!engine) engines.set(options.detectors, (engine = createEngine(options.detectors)));
  return engine.scan(text);
}
