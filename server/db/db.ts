/**
 * The one database interface the server codes against, implemented for SQLite (sqlite.ts) and PostgreSQL
 * (postgres.ts). SQL is written once with `?` placeholders in the subset both dialects share (ON CONFLICT upserts,
 * RETURNING, bitwise &); postgres.ts renumbers the placeholders.
 */
import { openPostgres } from './postgres.ts';
import { openSqlite } from './sqlite.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Queryable {
  readonly dialect: Dialect;
  /** Rows of a SELECT (or of INSERT … RETURNING). Integers come back as numbers in both dialects. */
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

export interface Db extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * A lock held until released or until this process dies, so that one of several instances does a job
   * (forwarding to the SIEM). Resolves to null when another instance holds it.
   */
  tryLock(name: string): Promise<{ release(): Promise<void> } | null>;
  /** Answers whether the database can be reached (for /healthz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** `sqlite:PATH` or `postgres://…` (also `postgresql://…`); a bare path means SQLite. */
export async function openDatabase(url: string): Promise<Db> {
  return /^postgres(ql)?:\/\//.test(url) ? openPostgres(url) : openSqlite(url.replace(/^sqlite:/, ''));
}
