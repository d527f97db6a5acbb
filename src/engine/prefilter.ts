/**
 * The keyword prefilter: one Aho-Corasick automaton over all detectors' keywords, compiled to a dense
 * table over a reduced alphabet so a scan costs one array lookup per character (gitleaks' approach).
 * Most prompts contain none of the keywords, so most detectors never run their patterns.
 */

/**
 * Lowercases the text keeping every offset: the full Unicode lowercase when it keeps the length (almost
 * always), else ASCII letters only (a few characters such as 'İ' lowercase to two code units).
 */
export function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

const WHITESPACE = [9, 10, 13, 32];
/** Keyword positions recorded per id; one more than this means "too many to scan around them". */
export const MAX_POSITIONS = 256;
const WHITESPACE_CLASS = 1;

/** Non-ASCII characters share this many alphabet classes (by code point); a collision can only add hits. */
const WIDE_CLASSES = 16;

export class KeywordIndex {
  /** ASCII code → alphabet class (letters folded to lower case); 0 is "a character no keyword uses". */
  private readonly ascii = new Uint8Array(128);
  private readonly wideBase: number;
  private readonly classes: number;
  /** Dense transitions: next state = table[state * classes + class]. */
  private readonly table: Uint16Array | Uint32Array;
  /** outputs[outputStart[state] .. outputStart[state + 1]) are the ids whose keyword ends at that state. */
  private readonly outputStart: Uint32Array;
  private readonly outputs: Uint32Array;
  /** 1 where a state has outputs: one byte read per character instead of two offsets. */
  private readonly hasOutput: Uint8Array;

  /** `keywordsById[i]` are the keywords of id i (lowercase; ASCII letters are matched case-insensitively). */
  constructor(keywordsById: readonly (readonly string[])[]) {
    // Whitespace characters are one class: a keyword ' dr.' also matches after a tab or a line break.
    let classes = 2;
    for (const code of WHITESPACE) this.ascii[code] = WHITESPACE_CLASS;
    for (const keyword of keywordsById.flat()) {
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (code < 128 && !this.ascii[code]) {
          this.ascii[code] = classes++;
          if (code >= 97 && code <= 122) this.ascii[code - 32] = this.ascii[code]!;
        }
      }
    }
    this.wideBase = classes;
    this.classes = classes += WIDE_CLASSES;

    // Trie with sparse children, then breadth-first failure links turned into dense transitions.
    const children: Map<number, number>[] = [new Map()];
    const ends: Set<number>[] = [new Set()];
    keywordsById.forEach((keywords, id) => {
      for (const keyword of keywords) {
        let state = 0;
        for (let i = 0; i < keyword.length; i++) {
          const cls = this.classOfCode(keyword.charCodeAt(i));
          let next = children[state]!.get(cls);
          if (next === undefined) {
            next = children.length;
            children.push(new Map());
            ends.push(new Set());
            children[state]!.set(cls, next);
          }
          state = next;
        }
        ends[state]!.add(id);
      }
    });
    const table = children.length < 0x10000 ? new Uint16Array(children.length * classes) : new Uint32Array(children.length * classes);
    const fail = new Uint32Array(children.length);
    const queue: number[] = [];
    for (const [cls, next] of children[0]!) {
      table[cls] = next;
      queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const id of ends[fail[state]!]!) ends[state]!.add(id);
      for (let cls = 0; cls < classes; cls++) {
        const next = children[state]!.get(cls);
        const viaFail = table[fail[state]! * classes + cls]!;
        if (next === undefined) {
          table[state * classes + cls] = viaFail;
        } else {
          table[state * classes + cls] = next;
          fail[next] = viaFail;
          queue.push(next);
        }
      }
    }
    this.table = table;
    this.outputStart = new Uint32Array(children.length + 1);
    const flat: number[] = [];
    ends.forEach((ids, state) => {
      this.outputStart[state] = flat.length;
      flat.push(...ids);
    });
    this.outputStart[children.length] = flat.length;
    this.outputs = Uint32Array.from(flat);
    this.hasOutput = Uint8Array.from(ends, (ids) => (ids.size ? 1 : 0));
    this.classOf = Uint8Array.from({ length: 0x10000 }, (_, code) => this.classOfCode(code));
  }

  /** Every UTF-16 code unit's class, so the scan loop is one lookup without a branch. */
  private readonly classOf: Uint8Array;

  private classOfCode(code: number): number {
    return code < 128 ? this.ascii[code]! : this.wideBase + (code % WIDE_CLASSES);
  }

  /**
   * Appends to `hits` every id with a keyword in `text` (and, rarely, one whose keyword collides), once:
   * an id counts as already found when `seen[id] === stamp`. With `positions`, also records where each
   * id's keywords end (offsets after their last character), up to MAX_POSITIONS per id.
   */
  collect(text: string, seen: Uint32Array, stamp: number, hits: number[], positions?: number[][]): void {
    const { classOf, table, classes, outputStart, outputs, hasOutput } = this;
    // The text is read as if whitespace stood before and after it, so ' dr.' matches a text that starts
    // with 'Dr.', and 'tel ' one that ends with 'tel'.
    let state = table[WHITESPACE_CLASS]!;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      state = table[state * classes + classOf[code]!]!;
      if (!hasOutput[state]) continue;
      for (let o = outputStart[state]!, to = outputStart[state + 1]!; o < to; o++) {
        const id = outputs[o]!;
        if (seen[id] !== stamp) {
          seen[id] = stamp;
          hits.push(id);
          if (positions) positions[id] = [];
        }
        if (positions && positions[id]!.length <= MAX_POSITIONS) positions[id]!.push(i);
      }
    }
  }
}

const DIGIT_RUN = /\d+(?:[ ./-]\d+)*/g;

/** Digits in a DIGIT_RUN match (its length less the separators). */
function digitCount(run: string): number {
  let digits = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) <= 57 && run.charCodeAt(i) >= 48) digits++;
  return digits;
}

/** Every digit run of at least `min` digits (same joining rule as below): [start, end, digits]. */
export function digitRuns(text: string, min: number): [number, number, number][] {
  const runs: [number, number, number][] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    if (m[0].length < min) continue;
    const digits = digitCount(m[0]);
    if (digits >= min) runs.push([m.index, m.index + m[0].length, digits]);
  }
  return runs;
}

/**
 * Length of the longest run of digits in `text`, counting digit groups joined by one separator
 * (space, '-', '.', '/') as one run: "4111 1111 1111 1111" is a run of 16. (A RegExp scan is several
 * times faster in V8 than a character loop.)
 */
export function longestDigitRun(text: string): number {
  let best = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    if (m[0].length <= best) continue;
    const digits = digitCount(m[0]);
    if (digits > best) best = digits;
  }
  return best;
}
