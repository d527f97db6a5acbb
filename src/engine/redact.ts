import type { Finding } from './types.ts';

export type RedactionStyle = 'placeholder' | 'mask';

export interface Replacement {
  /** What stands in the redacted text: '[EMAIL_1]' or '****1234'. */
  readonly replacement: string;
  readonly value: string;
  readonly kind: string;
  /** Span of the value in the original text. */
  readonly start: number;
  readonly end: number;
}

export interface Redaction {
  readonly text: string;
  readonly replacements: Replacement[];
  /** Placeholder → original value, to restore a chatbot's answer on this device (placeholder style only). */
  readonly mapping: Record<string, string>;
}

/** Shows at most the last four characters, never the length: '****1234'; short values are fully hidden. */
export function mask(value: string): string {
  return value.length >= 12 ? `****${value.slice(-4)}` : '****';
}

/**
 * Replaces each finding's span. Placeholders are typed and numbered per kind in order of appearance
 * ('[AWS_ACCESS_KEY_1]'); the same value gets the same placeholder everywhere in the text.
 */
export function redact(text: string, findings: readonly Finding[], style: RedactionStyle = 'placeholder'): Redaction {
  const ordered = [...findings].sort((a, b) => a.start - b.start);
  const perKind = new Map<string, number>();
  const byValue = new Map<string, string>();
  const mapping: Record<string, string> = {};
  const replacements: Replacement[] = [];
  let out = '';
  let at = 0;
  for (const f of ordered) {
    if (f.start < at) continue; // overlapping findings: the first one's replacement already covers it
    let replacement: string;
    if (style === 'mask') {
      replacement = mask(f.value);
    } else {
      const key = `${f.kind}\u0000${f.value}`;
      replacement = byValue.get(key) ?? '';
      if (!replacement) {
        const n = (perKind.get(f.kind) ?? 0) + 1;
        perKind.set(f.kind, n);
        replacement = `[${f.kind.toUpperCase()}_${n}]`;
        byValue.set(key, replacement);
        mapping[replacement] = f.value;
      }
    }
    out += text.slice(at, f.start) + replacement;
    replacements.push({ replacement, value: f.value, kind: f.kind, start: f.start, end: f.end });
    at = f.end;
  }
  return { text: out + text.slice(at), replacements, mapping };
}

/** Puts the original values back in place of the placeholders (e.g. in a chatbot's answer). */
export function restore(text: string, mapping: Readonly<Record<string, string>>): string {
  return text.replace(/\[[A-Z0-9_]+_\d+\]/g, (placeholder) => mapping[placeholder] ?? placeholder);
}
