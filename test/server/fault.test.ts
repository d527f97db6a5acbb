/**
 * Fault test: the real server as a child process (what `npm run server` runs), batches streamed by the
 * extension's outbox, the server SIGKILLed mid-stream and restarted. Every acknowledged event must be stored
 * exactly once, and every enqueued event must arrive exactly once in the end.
 */
import Database from 'better-sqlite3';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outbox, type OutboxOptions, type OutboxState } from '../../src/events/outbox.ts';
import { freePort } from './helpers/net.ts';
import { SETUP_TIMEOUT_MS, startPostgres, type TestPostgres } from './helpers/postgres.ts';
import { ADMIN_TOKEN, DIALECTS, INGEST_TOKEN, databaseUrl, makeEvent } from './helpers/server.ts';

const TOTAL = 3000;
const KILL_AFTER_ACKED = 1000;

let postgres: TestPostgres;
beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
  postgres = await startPostgres();
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await postgres?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startChild(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist/server-main.mjs'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const end = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    const ok = await fetch(`http://127.0.0.1:${env.PORT}/healthz`).then((r) => r.ok, () => false);
    if (ok) return child;
    if (Date.now() > end) throw new Error(`server did not start: ${output}`);
    await sleep(50);
  }
}

async function storedIds(url: string): Promise<string[]> {
  if (url.startsWith('sqlite:')) {
    const db = new Database(url.slice('sqlite:'.length), { readonly: true });
    try {
      return (db.prepare('SELECT id FROM events').all() as { id: string }[]).map((r) => r.id);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query('SELECT id FROM events')).rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

describe.each(DIALECTS)('server killed mid-stream on %s', (dialect) => {
  it('stores every acknowledged event once and, after the restart, every enqueued event once', async () => {
    const url = await databaseUrl(dialect, postgres);
    const port = await freePort();
    const env = {
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      PROMPTWALL_INGEST_TOKEN: INGEST_TOKEN,
      PROMPTWALL_ADMIN_TOKEN: ADMIN_TOKEN,
      PROMPTWALL_RATE_LIMIT_PER_MINUTE: '1000000',
    };
    let child = await startChild(env);

    const acked = new Set<string>();
    let saved: unknown;
    // The outbox never mutates a saved state (each change makes a new one), so keeping the reference is a save.
    const store = { load: async () => saved, save: async (s: OutboxState) => void (saved = s) };
    // Records the server's acknowledgements: a 200 answer for a batch.
    const fetchAndRecord: OutboxOptions['fetch'] = async (input, init) => {
      const res = await fetch(input, init);
      if (res.ok) for (const e of JSON.parse(init.body as string).events) acked.add(e.id);
      return res;
    };
    const outbox = new Outbox({ store, endpoint: `http://127.0.0.1:${port}`, token: INGEST_TOKEN, fetch: fetchAndRecord, baseDelayMs: 50, maxDelayMs: 400 });

    const enqueued: string[] = [];
    let ackedAtKill = new Set<string>();
    const pump = (async () => {
      while (enqueued.length < TOTAL) {
        for (let i = 0; i < 25; i++) {
          const e = makeEvent({ time: new Date(Date.now() - i).toISOString() });
          await outbox.enqueue(e);
          enqueued.push(e.id);
        }
        await sleep(2);
      }
    })();
    const flusher = (async () => {
      for (;;) {
        await outbox.flush();
        const next = await outbox.nextAttemptAt();
        if (next === undefined && enqueued.length >= TOTAL) return;
        await sleep(Math.max(5, (next ?? 0) - Date.now()));
      }
    })();
    const killer = (async () => {
      while (acked.size < KILL_AFTER_ACKED) await sleep(1);
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      ackedAtKill = new Set(acked);
      await sleep(600); // batches keep failing meanwhile
      child = await startChild(env);
    })();

    try {
      await Promise.all([pump, killer, flusher]);
      const stored = await storedIds(url);
      expect(ackedAtKill.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKED);
      expect(ackedAtKill.size).toBeLessThan(TOTAL); // the kill really came mid-stream
      const storedSet = new Set(stored);
      expect(stored.length).toBe(storedSet.size);
      for (const id of ackedAtKill) expect(storedSet.has(id)).toBe(true);
      expect(stored.length).toBe(TOTAL);
      expect(storedSet).toEqual(new Set(enqueued));
      expect(await outbox.status()).toMatchObject({ pending: 0, rejected: [], dropped: 0 });
      // The rollups agree with the events table.
      const summary = await (
        await fetch(`http://127.0.0.1:${port}/api/v1/admin/summary`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
      ).json();
      expect(summary.totals.events).toBe(TOTAL);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
