/**
 * Multi-row INSERT … ON CONFLICT statements, chunked: one statement per chunk instead of one per row keeps
 * PostgreSQL round trips few, and fixed chunk sizes keep SQLite's prepared-statement cache small.
 */
import type { Queryable } from '../db/db.ts';

const ROWS_PER_STATEMENT = 50;

/**
 * Inserts `rows` (arrays in `columns` order) with `onConflict` appended (e.g. `ON CONFLICT (id) DO NOTHING`) and
 * `returning` columns; resolves to the returned rows of all chunks.
 */
export async function insertRows<T = Record<string, unknown>>(
  tx: Queryable,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  onConflict: string,
  returning?: string,
): Promise<T[]> {
  const out: T[] = [];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const sql =
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')} ${onConflict}` +
      (returning ? ` RETURNING ${returning}` : '');
    const params = chunk.flat();
    if (returning) out.push(...(await tx.all<T>(sql, params)));
    else await tx.run(sql, params);
  }
  return out;
}
