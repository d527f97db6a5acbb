/**
 * The schema from one definition on both databases, and PostgreSQL shared by several instances: concurrent
 * migrations and overlapping concurrent batches.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db/db.ts';
import { MIGRATIONS, migrate, renderMigration } from '../../server/db/migrations.ts';
import { storeEvents } from '../../server/store/events.ts';
import { toFilters } from '../../server/store/filters.ts';
import { summarise } from '../../server/store/summary.ts';
import { postgresPerFile } from './helpers/postgres-per-file.ts';
import { makeEvent, sqliteUrl } from './helpers/server.ts';

const postgres = postgresPerFile();

async function columns(db: Db): Promise<string[]> {
  const rows =
    db.dialect === 'sqlite'
      ? await db.all<{ c: string }>(
          `SELECT m.name || '.' || p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p
           WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
        )
      : await db.all<{ c: string }>(
          `SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = 'public'`,
        );
  return rows.map((r) => r.c).sort();
}

describe('migrations', () => {
  it('render per dialect from one definition', () => {
    const [sqlite, postgresSql] = (['sqlite', 'postgres'] as const).map((d) => renderMigration(MIGRATIONS[0].sql, d));
    expect(sqlite.length).toBe(postgresSql.length);
    expect(sqlite[0]).toContain('seq INTEGER PRIMARY KEY AUTOINCREMENT');
    expect(postgresSql[0]).toContain('seq BIGSERIAL PRIMARY KEY');
    expect(() => renderMigration('CREATE TABLE x (a {{nope}})', 'sqlite')).toThrow(/unknown migration token/);
  });

  it('give both databases the same tables and columns, once', async () => {
    const sqlite = await openDatabase(sqliteUrl());
    const pg = await openDatabase(await postgres().createDatabase());
    try {
      for (const db of [sqlite, pg]) {
        expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
        expect(await migrate(db)).toEqual([]);
        expect(await db.all('SELECT version, name FROM schema_migrations')).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
      }
      const cols = await columns(sqlite);
      expect(cols).toContain('events.category_mask');
      expect(await columns(pg)).toEqual(cols);
    } finally {
      await sqlite.close();
      await pg.close();
    }
  });
});

describe('several instances on one PostgreSQL', () => {
  it('migrate at once without conflict and store overlapping concurrent batches once', async () => {
    const url = await postgres().createDatabase();
    const instances = await Promise.all([openDatabase(url), openDatabase(url), openDatabase(url)]);
    try {
      const applied = await Promise.all(instances.map(migrate));
      expect(applied.flat()).toEqual(MIGRATIONS.map((m) => m.version));

      const day = '2025-03-03T10:00:00.000Z';
      const events = Array.from({ length: 400 }, (_, i) =>
        makeEvent({ time: day, site: `s${i % 5}.example`, categories: i % 2 ? ['pii'] : ['secret', 'financial'], user: `u${i % 7}` }),
      );
      // Each instance stores overlapping windows, in its own order: the same rollup rows and ids race.
      const batches = instances.flatMap((db, n) =>
        Array.from({ length: 8 }, (_, k) => {
          const start = (k * 50 + n * 17) % 350;
          const batch = events.slice(start, start + 50);
          return () => storeEvents(db, n % 2 ? [...batch].reverse() : batch, []);
        }),
      );
      const results = await Promise.all(batches.map((run) => run()));
      const accepted = results.reduce((a, r) => a + r.accepted, 0);
      const [{ n }] = await instances[0].all<{ n: number }>('SELECT COUNT(*) AS n FROM events');
      expect(accepted).toBe(n);
      expect(results.reduce((a, r) => a + r.accepted + r.duplicates, 0)).toBe(batches.length * 50);
      const summary = await summarise(instances[0], toFilters({ from: '2025-03-03', to: '2025-03-03' }), []);
      expect(summary.totals.events).toBe(n);
      const stored = await instances[0].all<{ categories: string }>('SELECT categories FROM events');
      const pii = stored.filter((r) => r.categories.split(',').includes('pii')).length;
      expect(summary.series.counts.pii.reduce((a, b) => a + b, 0)).toBe(pii);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
    }
  });

  it('lets one instance at a time hold the forwarding lock', async () => {
    const url = await postgres().createDatabase();
    const [a, b] = await Promise.all([openDatabase(url), openDatabase(url)]);
    try {
      const lease = await a.tryLock('siem-forwarder');
      expect(lease).not.toBeNull();
      expect(await b.tryLock('siem-forwarder')).toBeNull();
      await lease!.release();
      const taken = await b.tryLock('siem-forwarder');
      expect(taken).not.toBeNull();
      await taken!.release();
    } finally {
      await a.close();
      await b.close();
    }
  });
});
