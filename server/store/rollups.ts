/**
 * The rollup tables the dashboard reads instead of the events: counters per day × site × action × channel, per
 * hour × site, and per day × user × department × site. Each row holds the same counters: all events, events with
 * any category ("flagged"), and events per category, so a category filter reads one counter column and the row
 * count grows with days, sites and users, never with events.
 */
import { CATEGORIES, type Category } from '../../src/engine/types.ts';
import type { PromptwallEvent } from '../../src/events/event.ts';
import type { Queryable } from '../db/db.ts';
import { insertRows } from './rows.ts';

export const COUNTERS = ['events', 'flagged', ...CATEGORIES] as const;

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** The counter column a filter counts: a category's own, or all events. */
export function counter(category?: Category): string {
  return category && CATEGORIES.includes(category) ? category : 'events';
}

type Key = (string | number)[];
type Counts = Map<string, { key: Key; n: number[] }>;

function add(map: Counts, key: Key, e: PromptwallEvent): void {
  const k = key.join('\u0000');
  let entry = map.get(k);
  if (!entry) map.set(k, (entry = { key, n: COUNTERS.map(() => 0) }));
  entry.n[0]++;
  if (e.categories.length) entry.n[1]++;
  for (const c of new Set(e.categories)) entry.n[2 + CATEGORIES.indexOf(c)]++;
}

/**
 * Upserts the counters. Keys are sorted so that concurrent writers lock rows in the same order (two PostgreSQL
 * instances would otherwise deadlock on shared rows).
 */
async function upsert(tx: Queryable, table: string, keyColumns: readonly string[], counts: Counts): Promise<void> {
  const rows = [...counts.values()].sort((a, b) => compareKeys(a.key, b.key)).map(({ key, n }) => [...key, ...n]);
  const sums = COUNTERS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
  await insertRows(tx, table, [...keyColumns, ...COUNTERS], rows, `ON CONFLICT (${keyColumns.join(', ')}) DO UPDATE SET ${sums}`);
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

/** Adds newly stored events to the rollups and to the first/last-seen times of their sites. */
export async function addToRollups(tx: Queryable, events: readonly PromptwallEvent[]): Promise<void> {
  const daily: Counts = new Map();
  const hourly: Counts = new Map();
  const users: Counts = new Map();
  const sites = new Map<string, { first: number; last: number }>();
  for (const e of events) {
    const ms = Date.parse(e.time);
    const day = Math.floor(ms / DAY_MS);
    const site = e.site.toLowerCase();
    add(daily, [day, site, e.action, e.channel], e);
    add(hourly, [Math.floor(ms / HOUR_MS), site], e);
    add(users, [day, e.user ?? '', e.department ?? '', site], e);
    const seen = sites.get(site);
    sites.set(site, { first: Math.min(ms, seen?.first ?? ms), last: Math.max(ms, seen?.last ?? ms) });
  }
  await upsert(tx, 'rollup_daily', ['day', 'site', 'action', 'channel'], daily);
  await upsert(tx, 'rollup_hourly', ['hour', 'site'], hourly);
  await upsert(tx, 'rollup_users', ['day', 'user_name', 'department', 'site'], users);
  await insertRows(
    tx,
    'sites',
    ['site', 'first_seen_ms', 'last_seen_ms'],
    [...sites].sort(([a], [b]) => (a < b ? -1 : 1)).map(([site, { first, last }]) => [site, first, last]),
    `ON CONFLICT (site) DO UPDATE SET
       first_seen_ms = CASE WHEN excluded.first_seen_ms < sites.first_seen_ms THEN excluded.first_seen_ms ELSE sites.first_seen_ms END,
       last_seen_ms = CASE WHEN excluded.last_seen_ms > sites.last_seen_ms THEN excluded.last_seen_ms ELSE sites.last_seen_ms END`,
  );
}
