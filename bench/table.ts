/** The bench's printed tables: columns aligned, numbers right-aligned and rounded to a readable precision. */

export type Cell = string | number;

function fmt(v: Cell): string {
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : a >= 1 ? v.toFixed(2) : v.toFixed(3);
}

export function table(title: string, header: readonly string[], rows: readonly (readonly Cell[])[], note?: string): void {
  const cells = [header.map(String), ...rows.map((r) => r.map(fmt))];
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || /^[\d.,<>=x×%+-]+$/.test(String(r[c] ?? ''))));
  const width = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((s, c) => (numeric[c] ? s.padStart(width[c]!) : s.padEnd(width[c]!))).join('  ').trimEnd();
  console.log(`\n== ${title}`);
  console.log(line(cells[0]!));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
  if (note) console.log(note.replace(/^/gm, '   '));
}
