/**
 * Storing events: one transaction per batch inserts the new events (a replayed id is skipped: `ON CONFLICT DO
 * NOTHING`), adds them to the rollup tables the dashboard reads (rollups.ts), and queues them for each SIEM sink.
 * A batch is stored whole or not at all.
 */
import { CATEGORIES, type Category } from '../../src/engine/types.ts';
import type { PromptwallEvent } from '../../src/events/event.ts';
import type { Db } from '../db/db.ts';
import { addToRollups } from './rollups.ts';
import { insertRows } from './rows.ts';

export const EVENT_COLUMNS = [
  'id', 'time_ms', 'received_ms', 'site', 'channel', 'categories', 'category_mask', 'kinds', 'findings', 'action',
  'justification', 'user_name', 'device', 'department', 'extension_version', 'policy_version', 'mode',
  'policy_action', 'classifier', 'adapter', 'raw_text',
] as const;

export function categoryMask(categories: readonly Category[]): number {
  return categories.reduce((mask, c) => mask | (1 << CATEGORIES.indexOf(c)), 0);
}

function toRow(e: PromptwallEvent, receivedMs: number): unknown[] {
  const categories = CATEGORIES.filter((c) => e.categories.includes(c));
  return [
    e.id, Date.parse(e.time), receivedMs, e.site.toLowerCase(), e.channel, categories.join(','), categoryMask(categories),
    JSON.stringify(e.kinds), Object.values(e.kinds).reduce((a, b) => a + b, 0), e.action,
    e.justification ?? null, e.user ?? null, e.device ?? null, e.department ?? null, e.extensionVersion ?? null,
    e.policyVersion ?? null, e.mode ?? null, e.policyAction ?? null, e.classifier ?? null, e.adapter ?? null,
    e.text ?? null,
  ];
}

/** A stored event as the database returns it (`seq` is the storage order). */
export interface EventRow {
  seq: number;
  id: string;
  time_ms: number;
  received_ms: number;
  site: string;
  channel: string;
  categories: string;
  category_mask: number;
  kinds: string;
  findings: number;
  action: string;
  justification: string | null;
  user_name: string | null;
  device: string | null;
  department: string | null;
  extension_version: string | null;
  policy_version: string | null;
  mode: string | null;
  policy_action: string | null;
  classifier: string | null;
  adapter: string | null;
  raw_text: string | null;
}

/** Back to the shape the extension sent; the raw text only when asked for. */
export function rowToEvent(r: EventRow, withText = false): PromptwallEvent {
  const optional = {
    justification: r.justification,
    user: r.user_name,
    device: r.device,
    department: r.department,
    extensionVersion: r.extension_version,
    policyVersion: r.policy_version,
    mode: r.mode,
    policyAction: r.policy_action,
    classifier: r.classifier,
    adapter: r.adapter,
    text: withText ? r.raw_text : null,
  };
  return {
    id: r.id,
    time: new Date(r.time_ms).toISOString(),
    site: r.site,
    channel: r.channel,
    categories: r.categories ? r.categories.split(',') : [],
    kinds: JSON.parse(r.kinds),
    action: r.action,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== null)),
  } as PromptwallEvent;
}

export interface StoreResult {
  accepted: number;
  duplicates: number;
}

/**
 * Stores a validated batch. Events are inserted in id order, so that two instances storing overlapping replays
 * take their locks in the same order.
 */
export async function storeEvents(
  db: Db,
  events: readonly PromptwallEvent[],
  sinks: readonly string[],
  receivedMs = Date.now(),
): Promise<StoreResult> {
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return db.transaction(async (tx) => {
    const inserted = await insertRows<{ seq: number; id: string }>(
      tx,
      'events',
      EVENT_COLUMNS,
      sorted.map((e) => toRow(e, receivedMs)),
      'ON CONFLICT (id) DO NOTHING',
      'seq, id',
    );
    const newIds = new Set(inserted.map((r) => r.id));
    // The same id twice in one batch is inserted once; the second copy counts as a duplicate.
    const fresh = sorted.filter((e) => newIds.delete(e.id));
    await addToRollups(tx, fresh);
    const queued = sinks.flatMap((sink) => inserted.map((r) => [sink, r.seq]));
    await insertRows(tx, 'siem_queue', ['sink', 'seq'], queued, 'ON CONFLICT (sink, seq) DO NOTHING');
    return { accepted: fresh.length, duplicates: events.length - fresh.length };
  });
}
