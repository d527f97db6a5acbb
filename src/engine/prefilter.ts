/**
 * The keyword prefilter: one Aho-Corasick automaton over all detectors' keywords, compiled to a dense
 * table over a reduced alphabet so a scan costs one array lookup per character (gitleaks' approach).
 * Most prompts contain none of the keywords, so most detectors never run their patterns.
 */

/** Lowercases ASCII letters only, so offsets in the result equal offsets in the text. */
export function asciiLower(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text;
}

export class KeywordIndex {
  /** Character code → alphabet class; 0 is "a character no keyword uses". Non-ASCII codes go through `wide`. */
  private readonly ascii = new Uint16Array(128);
  private readonly wide = new Map<number, number>();
  private readonly classes: number;
  /** Dense transitions: next state = table[state * classes + class]. */
  private readonly table: Uint32Array;
  /** Per state, the ids (indices into the constructor's lists) whose keyword ends here, or undefined. */
  private readonly outputs: (readonly number[] | undefined)[];

  /** `keywordsById[i]` are the keywords of id i (lowercase; ASCII letters are matched case-insensitively). */
  constructor(keywordsById: readonly (readonly string[])[]) {
    let classes = 1;
    const classOf = (code: number, create: boolean): number => {
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      if (lower < 128) {
        if (!this.ascii[lower] && create) {
          this.ascii[lower] = classes++;
          if (lower >= 97 && lower <= 122) this.ascii[lower - 32] = this.ascii[lower]!;
        }
        return this.ascii[lower]!;
      }
      if (!this.wide.has(lower) && create) this.wide.set(lower, classes++);
      return this.wide.get(lower) ?? 0;
    };

    // Trie with sparse children first; class ids are known only after all keywords are read.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    keywordsById.forEach((keywords, id) => {
      for (const keyword of keywords) {
        let state = 0;
        for (let i = 0; i < keyword.length; i++) {
          const cls = classOf(keyword.charCodeAt(i), true);
          let next = children[state]!.get(cls);
          if (next === undefined) {
            next = children.length;
            children.push(new Map());
            ends.push([]);
            children[state]!.set(cls, next);
          }
          state = next;
        }
        if (!ends[state]!.includes(id)) ends[state]!.push(id);
      }
    });
    this.classes = classes;

    // Breadth-first: failure links become dense transitions, outputs inherit their suffix's outputs.
    const table = new Uint32Array(children.length * classes);
    const outputs: (number[] | undefined)[] = ends.map((e) => (e.length ? [...e] : undefined));
    const fail = new Uint32Array(children.length);
    const queue: number[] = [];
    for (let cls = 0; cls < classes; cls++) {
      const next = children[0]!.get(cls);
      if (next !== undefined) {
        table[cls] = next;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const inherited = outputs[fail[state]!];
      if (inherited) outputs[state] = [...new Set([...(outputs[state] ?? []), ...inherited])];
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
    this.outputs = outputs;
    this.classOf = (code) => classOf(code, false);
  }

  private readonly classOf: (code: number) => number;

  /** Marks `hits[id] = 1` for every id with a keyword in `text`. */
  mark(text: string, hits: Uint8Array): void {
    const { ascii, table, classes, outputs } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const cls = code < 128 ? ascii[code]! : this.classOf(code);
      state = table[state * classes + cls]!;
      const out = outputs[state];
      if (out !== undefined) for (const id of out) hits[id] = 1;
    }
  }
}

/**
 * Length of the longest run of digits in `text`, counting digit groups joined by one separator
 * (space, '-', '.', '/') as one run: "4111 1111 1111 1111" is a run of 16.
 */
export function longestDigitRun(text: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (++run > best) best = run;
    } else if (run > 0 && (code === 32 || code === 45 || code === 46 || code === 47)) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 48 && next <= 57)) run = 0;
    } else {
      run = 0;
    }
  }
  return best;
}
