/**
 * Forwards stored events to the SIEM sinks. Ingestion queues each new event for each sink in `siem_queue`, in the
 * same transaction as the event, so the queue survives restarts; a row leaves the queue only after its sink took
 * it (at-least-once: a crash between the two resends a batch, and the event id lets the SIEM deduplicate).
 * A failing sink is retried with exponential backoff and does not hold up the others. With several instances on
 * one PostgreSQL, the one holding the "siem-forwarder" lock forwards; the others stand by.
 */
import type { Db } from '../db/db.ts';
import { rowToEvent, type EventRow } from '../store/events.ts';
import type { SiemConfig } from '../config.ts';
import type { Sink } from './sink.ts';

export interface Forwarder {
  /** New events were stored: wake idle sinks now rather than at their next poll. */
  kick(): void;
  stop(): Promise<void>;
}

const FIRST_RETRY_MS = 1000;

export function startForwarder(
  db: Db,
  sinks: readonly Sink[],
  c: Pick<SiemConfig, 'batchSize' | 'maxBackoffMs' | 'pollMs'>,
  log: (line: string) => void,
): Forwarder {
  let stopped = false;
  const sleepers = new Set<{ wakeable: boolean; wake: () => void }>();
  const sleep = (ms: number, wakeable: boolean) =>
    new Promise<void>((resolve) => {
      const sleeper = {
        wakeable,
        wake: () => {
          clearTimeout(timer);
          sleepers.delete(sleeper);
          resolve();
        },
      };
      const timer = setTimeout(sleeper.wake, ms);
      sleepers.add(sleeper);
    });

  async function forwardBatch(sink: Sink): Promise<number> {
    const rows = await db.all<EventRow>(
      'SELECT e.* FROM siem_queue q JOIN events e ON e.seq = q.seq WHERE q.sink = ? ORDER BY q.seq LIMIT ?',
      [sink.name, c.batchSize],
    );
    if (!rows.length) return 0;
    await sink.send(rows.map((r) => rowToEvent(r)));
    await db.transaction(async (tx) => {
      await tx.run(`DELETE FROM siem_queue WHERE sink = ? AND seq IN (${rows.map(() => '?').join(', ')})`, [
        sink.name,
        ...rows.map((r) => r.seq),
      ]);
      await tx.run(
        `INSERT INTO siem_status (sink, sent, last_success_ms) VALUES (?, ?, ?)
         ON CONFLICT (sink) DO UPDATE SET sent = siem_status.sent + excluded.sent, last_success_ms = excluded.last_success_ms`,
        [sink.name, rows.length, Date.now()],
      );
    });
    return rows.length;
  }

  async function recordFailure(sink: Sink, message: string): Promise<void> {
    await db
      .run(
        `INSERT INTO siem_status (sink, sent, last_error, last_error_ms) VALUES (?, 0, ?, ?)
         ON CONFLICT (sink) DO UPDATE SET last_error = excluded.last_error, last_error_ms = excluded.last_error_ms`,
        [sink.name, message.slice(0, 500), Date.now()],
      )
      .catch(() => undefined); // the database itself may be what failed
  }

  async function forward(sink: Sink): Promise<void> {
    let failures = 0;
    while (!stopped) {
      try {
        const sent = await forwardBatch(sink);
        if (failures) log(`SIEM ${sink.name}: delivering again`);
        failures = 0;
        if (!sent) await sleep(c.pollMs, true);
      } catch (err) {
        failures++;
        const delay = Math.min(c.maxBackoffMs, FIRST_RETRY_MS * 2 ** (failures - 1));
        const message = err instanceof Error ? err.message : String(err);
        await recordFailure(sink, message);
        log(`SIEM ${sink.name}: ${message}; retry ${failures} in ${Math.round(delay / 1000)} s`);
        await sleep(delay, false);
      }
    }
  }

  const running = (async () => {
    while (!stopped) {
      const lease = await db.tryLock('siem-forwarder').catch(() => null);
      if (!lease) {
        await sleep(c.pollMs * 5, false);
        continue;
      }
      try {
        await Promise.all(sinks.map(forward));
      } finally {
        await lease.release();
      }
    }
  })();

  return {
    kick() {
      for (const s of sleepers) if (s.wakeable) s.wake();
    },
    async stop() {
      stopped = true;
      for (const s of [...sleepers]) s.wake();
      await running;
      await Promise.all(sinks.map((s) => s.close()));
    },
  };
}
