/**
 * Reading stored events page by page for the drill-down, the CSV export and the OCSF export. Pages are keyset
 * pages (no OFFSET), so the millionth row costs what the first does.
 */
import type { PromptwallEvent } from '../../src/events/event.ts';
import type { Db } from '../db/db.ts';
import { rowToEvent, type EventRow } from './events.ts';
import { eventWhere, type Filters } from './filters.ts';

export interface ListedEvent extends PromptwallEvent {
  /** Whether the raw prompt text was stored (it is shown only in the event's own view). */
  hasText: boolean;
}

/** Newest first. `before` is the `next` cursor of the previous page. */
export async function listEvents(
  db: Db,
  f: Filters,
  page: { before?: string; limit: number },
): Promise<{ events: ListedEvent[]; next: string | null }> {
  const where = eventWhere(f);
  const cursor = page.before?.match(/^(\d+)\.(\d+)$/);
  if (cursor) {
    where.sql += ' AND (time_ms < ? OR (time_ms = ? AND seq < ?))';
    where.params.push(Number(cursor[1]), Number(cursor[1]), Number(cursor[2]));
  }
  const rows = await db.all<EventRow>(
    `SELECT * FROM events WHERE ${where.sql} ORDER BY time_ms DESC, seq DESC LIMIT ?`,
    [...where.params, page.limit + 1],
  );
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    events: shown.map((r) => ({ ...rowToEvent(r), hasText: r.raw_text !== null })),
    next: more && last ? `${last.time_ms}.${last.seq}` : null,
  };
}

export async function findEvent(db: Db, id: string): Promise<PromptwallEvent | undefined> {
  const [row] = await db.all<EventRow>('SELECT * FROM events WHERE id = ?', [id]);
  return row && rowToEvent(row, true);
}

/** In storage order after `afterSeq`: an export resumes where it stopped and later pages hold newer events. */
export async function eventsAfter(db: Db, f: Filters, afterSeq: number, limit: number): Promise<EventRow[]> {
  const where = eventWhere(f);
  return db.all<EventRow>(`SELECT * FROM events WHERE ${where.sql} AND seq > ? ORDER BY seq LIMIT ?`, [
    ...where.params,
    afterSeq,
    limit,
  ]);
}
