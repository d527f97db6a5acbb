import { DETECTORS } from '../detectors/index.ts';
import { shannonEntropy } from './entropy.ts';
import { isPlaceholder } from './placeholders.ts';
import { digitRuns, KeywordIndex, longestDigitRun, lowerKeepingOffsets, MAX_POSITIONS } from './prefilter.ts';
import type { Category, Detector, Finding, ScanResult } from './types.ts';
import { CATEGORIES } from './types.ts';

const CONTEXT_BEFORE = 50;
const CONTEXT_AFTER = 20;
/**
 * Long texts are scanned in windows, each prefiltered on its own, so a keyword on page 1 of a 1 MB paste
 * does not run that detector over the other pages. A window is its stride plus an overlap on each side;
 * only matches starting inside the stride are kept, so none is reported twice.
 */
const WINDOW_STRIDE = 64 * 1024;
const WINDOW_OVERLAP = 8 * 1024; // longer than any single value (a 4096-bit PEM key is ~3.3 KB)
/**
 * In a window at least this long, a keyword detector runs its pattern only around its keywords (like
 * gitleaks' fragments), and a digit-gated one only around digit runs long enough for it: merged regions. A match touching the end of such a
 * region is matched again on the whole window, so long values are never cut short.
 */
const LOCAL_MIN = 16 * 1024;
/** Lookbehinds see this much text before a match; a region's first LEAD characters only serve as context. */
const LOCAL_LEAD = 64;
/** How far around a digit run a digit-gated value can reach (letters and separators of an ID, an IBAN's head). */
const DIGIT_REACH = 64 + 2 * LOCAL_LEAD;
/** Room for a value after its keyword; a pattern whose repeats are all bounded matches less than this. */
const LOCAL_VALUE = 2048;
/** A `+`, `*` or `{n,}` repeat (escaped characters and classes aside): such a pattern's matches have no length bound. */
const UNBOUNDED = /(?<!\\)(?:[+*]|\{\d+,\})/;
const CHARACTER_CLASS = /\[(?:\\.|[^\]\\])*\]/g;

/** A detector prepared for scanning; detectors with the same pattern share one compiled RegExp. */
interface Compiled {
  readonly detector: Detector;
  /** Index into the engine's distinct patterns, each recompiled with the `d` flag for the value's span. */
  readonly pattern: number;
  /**
   * How far from a keyword its value can lie: the context window, at least 512 characters, plus room for
   * the longest value a bounded pattern matches; 0 for a pattern with an unbounded repeat (scanned whole).
   */
  readonly reach: number;
}

export interface Engine {
  readonly detectors: readonly Detector[];
  /**
   * `sensitive`: the caller already knows the text is sensitive (the classifier flagged it), so supporting
   * findings (a person's name) are reported even when no other finding stands beside them.
   */
  scan(text: string, options?: ScanOptions): ScanResult;
}

export interface ScanOptions {
  readonly sensitive?: boolean;
}

/** Builds the prefilter and compiled patterns once; `scan` is then one loop over the detectors it selects. */
export function createEngine(detectors: readonly Detector[] = DETECTORS): Engine {
  const patterns: RegExp[] = [];
  const patternIndex = new Map<string, number>();
  const compiled: Compiled[] = detectors.map((detector) => {
    const { source, flags } = detector.pattern;
    const key = `${flags}/${source}`;
    let pattern = patternIndex.get(key);
    if (pattern === undefined) {
      patternIndex.set(key, (pattern = patterns.length));
      patterns.push(new RegExp(source, flags.includes('d') ? flags : `${flags}d`));
    }
    const reach = UNBOUNDED.test(source.replace(CHARACTER_CLASS, ''))
      ? 0
      : Math.max(512, detector.context?.before ?? 0, detector.context?.after ?? 0) + LOCAL_VALUE + 2 * LOCAL_LEAD;
    return { detector, pattern, reach };
  });
  const index = new KeywordIndex(detectors.map((d) => d.keywords));
  const supporting = new Set(detectors.filter((d) => d.supporting).map((d) => d.id));
  const supportingIndex = detectors.map((d) => d.supporting === true);
  const contextCheck = detectors.map((d) =>
    d.context?.required && !(d.keywords.length && d.keywords.every((k) => d.context!.words.includes(k))) ? d.context.words : undefined,
  );
  /** Keyword-less detectors by ascending minDigits: a digit run of length n selects a prefix of this list. */
  const byDigits = compiled
    .map((c, i) => ({ i, minDigits: c.detector.minDigits ?? 0 }))
    .filter(({ i }) => compiled[i]!.detector.keywords.length === 0)
    .sort((a, b) => a.minDigits - b.minDigits);
  // Selection marks carry a per-window stamp, so no array is cleared or allocated per scan.
  const seen = new Uint32Array(compiled.length);
  let stamp = 0;

  /** The detectors whose prefilter passes on this window, in detector order. */
  function select(w: Window): number[] {
    const { text: window, positions } = w;
    if (++stamp === 0xffffffff) seen.fill((stamp = 0));
    const selected: number[] = [];
    index.collect(window, seen, stamp, selected, positions);
    if (byDigits.length && byDigits[0]!.minDigits <= window.length) {
      const runs = positions ? digitRuns(window, Math.max(1, byDigits[0]!.minDigits)) : undefined;
      w.digitRuns = runs;
      const digitRun = runs ? runs.reduce((best, r) => Math.max(best, r[2]), 0) : longestDigitRun(window);
      for (const { i, minDigits } of byDigits) {
        if (minDigits > digitRun) break;
        selected.push(i);
      }
    }
    return selected;
  }

  /** One window of the text: its bounds, the stride whose findings it keeps, and its selected detectors. */
  interface Window {
    readonly from: number;
    readonly to: number;
    readonly keepFrom: number;
    readonly keepTo: number;
    readonly text: string;
    /** Per distinct pattern, the value spans of its matches over the whole window (relative to `from`). */
    readonly matches: (Span[] | undefined)[];
    /** Per detector, where its keywords end in the window (long windows only). */
    readonly positions?: number[][];
    /** Digit runs [start, end, digits] long enough for some digit-gated detector (long windows only). */
    digitRuns?: [number, number, number][];
    /** The window's text lowercased, made on first need. */
    lower?: string;
  }

  /**
   * The value spans of `pattern` within `margin` of the given [start, end) ranges (sorted), or undefined
   * when there are too many or they would cover half the window (then the whole window is cheaper).
   */
  function nearRanges(pattern: RegExp, w: Window, ranges: readonly (readonly [number, number])[], margin: number): Span[] | undefined {
    if (ranges.length > MAX_POSITIONS) return undefined;
    const regions: [number, number][] = [];
    let covered = 0;
    for (const [from, to] of ranges) {
      const a = Math.max(0, from - margin);
      const b = Math.min(w.text.length, to + margin);
      const last = regions.at(-1);
      if (last && a <= last[1]) {
        covered += Math.max(0, b - last[1]);
        last[1] = Math.max(last[1], b);
      } else {
        regions.push([a, b]);
        covered += b - a;
      }
    }
    if (covered > w.text.length / 2) return undefined;
    const spans: Span[] = [];
    for (const [a, b] of regions) {
      const region = w.text.slice(a, b);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(region); m !== null; m = pattern.exec(region)) {
        if (m[0] === '') pattern.lastIndex++;
        if (a > 0 && m.index < LOCAL_LEAD) continue; // its lookbehind may have missed a character
        if (b < w.text.length && m.index + m[0].length === region.length) {
          // Possibly cut short by the region's end: match again from the same place on the whole window.
          const resume = pattern.lastIndex;
          pattern.lastIndex = a + m.index;
          const whole = pattern.exec(w.text);
          pattern.lastIndex = resume;
          if (whole) spans.push(spanOf(whole, 0));
          continue;
        }
        spans.push(spanOf(m, a));
      }
    }
    return spans;
  }

  /** In a long window: the detector's matches near its keywords, or near digit runs it needs. */
  function nearby(i: number, w: Window): Span[] | undefined {
    const { detector, pattern, reach } = compiled[i]!;
    if (!reach || !w.positions) return undefined;
    if (detector.keywords.length) {
      const hits = w.positions[i];
      return hits && nearRanges(patterns[pattern]!, w, hits.map((h) => [h, h] as const), reach);
    }
    const min = detector.minDigits ?? 0;
    if (!w.digitRuns || min <= 0) return undefined;
    const runs = w.digitRuns.filter((r) => r[2] >= min).map(([start, end]) => [start, end] as const);
    return nearRanges(patterns[pattern]!, w, runs, DIGIT_REACH);
  }

  function windowLower(w: Window, text: string, lowered: () => string): string {
    return (w.lower ??= w.from === 0 && w.to === text.length ? lowered() : lowered().slice(w.from, w.to));
  }

  function run(ids: readonly number[], w: Window, text: string, lowered: () => string, out: Finding[]): void {
    for (const i of ids) {
      const { detector, pattern } = compiled[i]!;
      // A required context word absent from the whole window rules out every match: skip the lookups.
      // (Unneeded when the keyword that selected the detector is itself one of its context words.)
      // In a long window, scanning it once per word costs more than the matching: there it is done lazily below.
      const required = contextCheck[i];
      if (required && !w.positions && !required.some((word) => windowLower(w, text, lowered).includes(word))) continue;
      // Likewise an optional context word absent from the window: no match can be raised by it. Looked up
      // at the first match only (most selected detectors have none in a long window).
      const words = detector.context?.words;
      let inWindow: boolean | undefined = required && !w.positions ? true : undefined;
      const contextInWindow = () => (inWindow ??= !!words && words.some((word) => windowLower(w, text, lowered).includes(word)));
      const spans = nearby(i, w) ?? (w.matches[pattern] ??= execAll(patterns[pattern]!, w.text));
      for (const [valueStart, valueEnd] of spans) {
        const start = w.from + valueStart;
        if (start < w.keepFrom || start >= w.keepTo || valueEnd === valueStart) continue;
        const finding = evaluate(detector, text, start, w.from + valueEnd, lowered, contextInWindow);
        if (finding) out.push(finding);
      }
    }
  }

  return {
    detectors,
    scan(text: string, options: ScanOptions = {}): ScanResult {
      const candidates: Finding[] = [];
      let lower: string | undefined; // for context words; most texts never need it
      const lowered = () => (lower ??= lowerKeepingOffsets(text));
      // Supporting detectors (names) matter only beside another finding: they run after, and only then.
      const deferred: [Window, number[]][] = [];
      const scanOne = (from: number, to: number, keepFrom: number, keepTo: number) => {
        const windowText = from === 0 && to === text.length ? text : text.slice(from, to);
        const positions = windowText.length >= LOCAL_MIN ? [] : undefined;
        const w: Window = { from, to, keepFrom, keepTo, text: windowText, matches: [], positions };
        const selected = select(w);
        if (!selected.length) return;
        const support: number[] = [];
        const main: number[] = [];
        for (const i of selected) (supportingIndex[i] ? support : main).push(i);
        run(main, w, text, lowered, candidates);
        if (support.length) deferred.push([w, support]);
      };
      if (text.length <= WINDOW_STRIDE + 2 * WINDOW_OVERLAP) {
        scanOne(0, text.length, 0, text.length);
      } else {
        for (let at = 0; at < text.length; at += WINDOW_STRIDE) {
          const end = Math.min(text.length, at + WINDOW_STRIDE);
          scanOne(Math.max(0, at - WINDOW_OVERLAP), Math.min(text.length, end + WINDOW_OVERLAP), at, end);
        }
      }
      if (!candidates.length && !options.sensitive) return { categories: [], findings: [] };
      for (const [w, ids] of deferred) run(ids, w, text, lowered, candidates);
      return summarise(mergeOverlaps(candidates), options.sensitive ? new Set() : supporting);
    },
  };
}

/** A value's [start, end) span. */
type Span = readonly [number, number];

/** The value's span (capture group 1, else the whole match), shifted by `offset`. */
function spanOf(m: RegExpExecArray, offset: number): Span {
  const [start, end] = m.indices![1] ?? m.indices![0]!;
  return [offset + start, offset + end];
}

function execAll(pattern: RegExp, text: string): Span[] {
  const all: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++;
    all.push(spanOf(m, 0));
  }
  return all;
}

/** The filters and scoring of one match: placeholders, ignore list, entropy, validator, context. */
function evaluate(detector: Detector, text: string, start: number, end: number, lowered: () => string, contextInWindow: () => boolean): Finding | undefined {
  const value = text.slice(start, end);
  if (detector.category === 'secret' && isPlaceholder(value)) return undefined;
  if (detector.ignore?.some((re) => re.test(value))) return undefined;
  if (detector.minEntropy !== undefined && shannonEntropy(value) < detector.minEntropy) return undefined;
  if (detector.validate && !detector.validate(value)) return undefined;
  let confidence = detector.confidence.base;
  if (detector.context) {
    const { words, required, before = CONTEXT_BEFORE, after = CONTEXT_AFTER } = detector.context;
    const near = contextInWindow() && hasWordNear(lowered(), Math.max(0, start - before), Math.min(text.length, end + after), start, end, words);
    if (!near && required) return undefined;
    if (near) confidence = detector.confidence.withContext ?? Math.min(1, confidence + 0.3);
  }
  return { detector: detector.id, category: detector.category, kind: detector.kind, start, end, value, confidence };
}

/**
 * Letters and digits that make a word continue. Scripts written without spaces (Thai, CJK, kana, Hangul,
 * from U+0E00 on) never do, so '여권' is found inside '여권번호는'.
 */
const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && code < 0x0e00);

/** A context word at word boundaries in [from, to) of the lowercased text, outside the value itself. */
function hasWordNear(lower: string, from: number, to: number, valueStart: number, valueEnd: number, words: readonly string[]): boolean {
  // Search only the window: indexOf on the whole text would scan to its end for every absent word.
  const window = lower.slice(from, to);
  const ownStart = valueStart - from;
  const ownEnd = valueEnd - from;
  for (const word of words) {
    for (let at = window.indexOf(word); at !== -1; at = window.indexOf(word, at + 1)) {
      if (at < ownEnd && at + word.length > ownStart) continue;
      const before = at > 0 ? window.charCodeAt(at - 1) : from > 0 ? lower.charCodeAt(from - 1) : 32;
      const after = at + word.length < window.length ? window.charCodeAt(at + word.length) : lower.charCodeAt(to) || 32;
      const startsWord = !isWordChar(word.charCodeAt(0)) || !isWordChar(before);
      const endsWord = !isWordChar(word.charCodeAt(word.length - 1)) || !isWordChar(after);
      if (startsWord && endsWord) return true;
    }
  }
  return false;
}

/** Higher confidence wins an overlap, then the longer span, then the earlier one, then the detector id. */
const outranks = (a: Finding, b: Finding): number =>
  b.confidence - a.confidence ||
  b.end - b.start - (a.end - a.start) ||
  a.start - b.start ||
  (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0);

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
export function scan(text: string, options: ScanOptions & { detectors?: readonly Detector[] } = {}): ScanResult {
  if (!options.detectors) return (defaultEngine ??= createEngine()).scan(text, options);
  let engine = engines.get(options.detectors);
  if (!engine) engines.set(options.detectors, (engine = createEngine(options.detectors)));
  return engine.scan(text, options);
}
