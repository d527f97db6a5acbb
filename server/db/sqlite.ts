/**
 * SQLite through better-sqlite3: one synchronous connection in WAL mode. A committed transaction survives a killed
 * process (synchronous=NORMAL loses at most the last commits on power loss, never on a crash of the server).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db, Queryable } from './db.ts';

/** Statements are prepared once per SQL text; batch inserts have at most a few dozen shapes. */
const MAX_CACHED_STATEMENTS = 500;

export function openSqlite(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const conn = new Database(path);
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = NORMAL');
  conn.pragma('busy_timeout = 5000');
  // SQLite's default page cache is 2 MB; the event indexes and rollups of a busy organisation are far larger, and
  // every batch touches pages all over them (random event ids). 64 MB keeps them in memory.
  conn.pragma('cache_size = -65536');
  // Checkpoint every 16 MB of WAL instead of 4 MB: hot pages (today's rollups, index roots) are rewritten by every
  // batch but copied back once per checkpoint, and each checkpoint pays an fsync. Much larger would make each
  // checkpoint a long stall of the requests waiting behind it (the connection is synchronous).
  conn.pragma('wal_autocheckpoint = 4096');
  conn.pragma('journal_size_limit = 16777216');
  conn.defaultSafeIntegers(false);

  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      if (cache.size >= MAX_CACHED_STATEMENTS) cache.clear();
      stmt = conn.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  const params = (p: readonly unknown[]) => p.map((v) => (typeof v === 'boolean' ? Number(v) : v));

  const q: Queryable = {
    dialect: 'sqlite',
    all: async <T>(sql: string, p: readonly unknown[] = []) => prepare(sql).all(...params(p)) as T[],
    run: async (sql: string, p: readonly unknown[] = []) => prepare(sql).run(...params(p)).changes,
  };

  // The transaction body awaits only these already-settled calls, but a caller could await real I/O inside it;
  // the chain keeps a second transaction from starting on the same connection meanwhile.
  let chain: Promise<unknown> = Promise.resolve();

  return {
    ...q,
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const result = chain.then(async () => {
        conn.exec('BEGIN IMMEDIATE');
        try {
          const value = await fn(q);
          conn.exec('COMMIT');
          return value;
        } catch (err) {
          if (conn.inTransaction) conn.exec('ROLLBACK');
          throw err;
        }
      });
      chain = result.catch(() => undefined);
      return result;
    },
    // One process owns a SQLite file, so its lock is always granted.
    tryLock: async () => ({ release: async () => undefined }),
    ping: async () => conn.open && conn.prepare('SELECT 1').get() !== undefined,
    close: async () => {
      await chain;
      conn.close();
    },
  };
}
