/**
 * PostgreSQL through a pg pool, for several server instances on one database. The SQL the server writes uses `?`
 * placeholders; they become $1, $2 … here. BIGINT and NUMERIC results are parsed to numbers (counts and epoch
 * milliseconds stay far below 2^53).
 */
import pg from 'pg';
import type { Db, Queryable } from './db.ts';

const NUMERIC_TYPES = new Set([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMERIC_TYPES.has(oid) ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** `?` → `$n`. The server's SQL has no `?` inside string literals. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(numberPlaceholders(sql), params as unknown[])).rows as T[],
    run: async (sql: string, params: readonly unknown[] = []) =>
      (await client.query(numberPlaceholders(sql), params as unknown[])).rowCount ?? 0,
  };
}

/** Advisory-lock keys are integers; the name is hashed (FNV-1a) to one. */
function lockKey(name: string): number {
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h | 0;
}

export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 10, types, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const q = queryable(pool);
  return {
    ...q,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn(queryable(client));
        await client.query('COMMIT');
        return value;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async tryLock(name: string) {
      // A session-level advisory lock lives as long as this dedicated connection: if the instance dies,
      // PostgreSQL frees it and another instance takes over.
      const client = await pool.connect();
      const key = lockKey(name);
      let locked = false;
      try {
        locked = (await client.query('SELECT pg_try_advisory_lock($1) AS locked', [key])).rows[0].locked;
      } finally {
        if (!locked) client.release();
      }
      if (!locked) return null;
      return {
        release: async () => {
          await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
          client.release();
        },
      };
    },
    ping: async () => {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => pool.end(),
  };
}
