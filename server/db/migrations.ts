/**
 * The schema, written once for both databases: each migration is SQL in the subset SQLite and PostgreSQL share,
 * with one token for what they spell differently, `{{serial}}` (an auto-increasing integer primary key).
 * Applied versions are recorded in `schema_migrations`; a new migration is a new entry at the end of the list,
 * never an edit of an applied one.
 *
 * Times are epoch milliseconds (BIGINT); `day` and `hour` are epoch days and hours (UTC).
 */
import type { Db, Dialect } from './db.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The rollup counters of version 1 (store/rollups.ts): events, events with any category, and one per category. */
const V1_COUNTERS = ['events', 'flagged', 'secret', 'pii', 'financial', 'source_code', 'confidential', 'health']
  .map((c) => `${c} BIGINT NOT NULL`)
  .join(', ');

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events, rollups, devices, secrets, SIEM queue',
    sql: `
      CREATE TABLE events (
        seq {{serial}},
        id TEXT NOT NULL UNIQUE,
        time_ms BIGINT NOT NULL,
        received_ms BIGINT NOT NULL,
        site TEXT NOT NULL,
        channel TEXT NOT NULL,
        categories TEXT NOT NULL,
        category_mask INTEGER NOT NULL,
        kinds TEXT NOT NULL,
        findings INTEGER NOT NULL,
        action TEXT NOT NULL,
        justification TEXT,
        user_name TEXT,
        device TEXT,
        department TEXT,
        extension_version TEXT,
        policy_version TEXT,
        mode TEXT,
        policy_action TEXT,
        classifier TEXT,
        adapter TEXT,
        raw_text TEXT
      );
      CREATE INDEX events_time ON events (time_ms);
      CREATE INDEX events_site_time ON events (site, time_ms);
      CREATE INDEX events_action_time ON events (action, time_ms);
      CREATE INDEX events_user_time ON events (user_name, time_ms);

      CREATE TABLE rollup_daily (
        day INTEGER NOT NULL, site TEXT NOT NULL, action TEXT NOT NULL, channel TEXT NOT NULL,
        ${V1_COUNTERS},
        PRIMARY KEY (day, site, action, channel)
      );
      CREATE TABLE rollup_hourly (
        hour INTEGER NOT NULL, site TEXT NOT NULL,
        ${V1_COUNTERS},
        PRIMARY KEY (hour, site)
      );
      CREATE TABLE rollup_users (
        day INTEGER NOT NULL, user_name TEXT NOT NULL, department TEXT NOT NULL, site TEXT NOT NULL,
        ${V1_COUNTERS},
        PRIMARY KEY (day, user_name, department, site)
      );
      CREATE TABLE sites (site TEXT PRIMARY KEY, first_seen_ms BIGINT NOT NULL, last_seen_ms BIGINT NOT NULL);

      CREATE TABLE devices (
        device TEXT PRIMARY KEY,
        user_name TEXT,
        department TEXT,
        extension_version TEXT NOT NULL,
        policy_version TEXT,
        classifier TEXT NOT NULL,
        reported_ms BIGINT NOT NULL,
        first_seen_ms BIGINT NOT NULL,
        last_seen_ms BIGINT NOT NULL,
        queued INTEGER,
        dropped INTEGER,
        dead_lettered INTEGER
      );
      CREATE TABLE device_adapters (
        device TEXT NOT NULL, adapter TEXT NOT NULL, state TEXT NOT NULL,
        PRIMARY KEY (device, adapter)
      );

      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, expires_ms BIGINT NOT NULL);

      CREATE TABLE siem_queue (sink TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (sink, seq));
      CREATE TABLE siem_status (
        sink TEXT PRIMARY KEY, sent BIGINT NOT NULL, last_success_ms BIGINT, last_error TEXT, last_error_ms BIGINT
      );
    `,
  },
];

const TOKENS: Record<Dialect, Record<string, string>> = {
  // AUTOINCREMENT: a sequence number is never reused, even after rows are deleted (the SIEM queue refers to it).
  sqlite: { serial: 'INTEGER PRIMARY KEY AUTOINCREMENT' },
  postgres: { serial: 'BIGSERIAL PRIMARY KEY' },
};

/** A migration's statements in one dialect. */
export function renderMigration(sql: string, dialect: Dialect): string[] {
  return sql
    .replace(/\{\{(\w+)\}\}/g, (_, token: string) => {
      const value = TOKENS[dialect][token];
      if (!value) throw new Error(`unknown migration token {{${token}}}`);
      return value;
    })
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Serialises instances that start at once against one PostgreSQL (an arbitrary constant). */
const MIGRATION_LOCK_KEY = 7_302_114;

/** Applies the pending migrations in one transaction; resolves to the versions applied now. */
export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK_KEY]);
    await tx.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms BIGINT NOT NULL)',
    );
    const done = new Set((await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of renderMigration(m.sql, tx.dialect)) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_ms) VALUES (?, ?, ?)', [m.version, m.name, Date.now()]);
      applied.push(m.version);
    }
    return applied;
  });
}
