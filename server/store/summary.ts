/**
 * What the dashboard shows for a filter, read from the rollup tables (rollups.ts: their size follows days, sites
 * and users, not events) except the justifications, which come from the events table through its (action, time)
 * index.
 */
import { CATEGORIES } from '../../src/engine/types.ts';
import { CHANNELS, EVENT_ACTIONS } from '../../src/events/event.ts';
import type { Db } from '../db/db.ts';
import { dayString, eventWhere, type Filters } from './filters.ts';
import { counter, DAY_MS, HOUR_MS } from './rollups.ts';

/** Ranges up to this many days are charted by the hour. */
const HOURLY_UP_TO_DAYS = 2;
const TOP = 10;

export type SiteStatus = 'sanctioned' | 'unsanctioned' | 'unlisted';

export interface Summary {
  range: { from: string; to: string; days: number };
  totals: { events: number; flagged: number; users: number; sites: number; previousEvents: number };
  actions: Record<string, number>;
  channels: Record<string, number>;
  series: { unit: 'hour' | 'day'; times: number[]; counts: Record<string, number[]> };
  sites: {
    site: string;
    events: number;
    flagged: number;
    blocked: number;
    overridden: number;
    users: number;
    firstSeen: string;
    isNew: boolean;
    status: SiteStatus;
  }[];
  users: { user: string; department: string; events: number }[];
  departments: { department: string; events: number; users: number }[];
  justifications: { id: string; time: string; user: string | null; site: string; categories: string[]; justification: string }[];
}

/** `sanctioned` empty: no list configured, every site is "unlisted". Entries may be "*.example.com". */
export function siteStatus(site: string, sanctioned: readonly string[]): SiteStatus {
  if (!sanctioned.length) return 'unlisted';
  const hit = sanctioned.some((s) => (s.startsWith('*.') ? site === s.slice(2) || site.endsWith(s.slice(1)) : site === s));
  return hit ? 'sanctioned' : 'unsanctioned';
}

/** Range (in `unit`s) and site over a rollup table. */
function rollupWhere(f: Filters, unit: 'day' | 'hour', from: number, to: number): { sql: string; params: unknown[] } {
  return f.site
    ? { sql: `${unit} >= ? AND ${unit} <= ? AND site = ?`, params: [from, to, f.site] }
    : { sql: `${unit} >= ? AND ${unit} <= ?`, params: [from, to] };
}

export async function summarise(db: Db, f: Filters, sanctioned: readonly string[]): Promise<Summary> {
  const n = counter(f.category);
  // With a category filter every counted event is flagged.
  const flagged = f.category ? n : 'flagged';
  const days = f.toDay - f.fromDay + 1;
  const range = rollupWhere(f, 'day', f.fromDay, f.toDay);

  const rows = await db.all<{ site: string; action: string; channel: string; n: number; flagged: number }>(
    `SELECT site, action, channel, SUM(${n}) AS n, SUM(${flagged}) AS flagged FROM rollup_daily WHERE ${range.sql}
     GROUP BY site, action, channel`,
    range.params,
  );
  const actions = Object.fromEntries(EVENT_ACTIONS.map((a) => [a, 0]));
  const channels = Object.fromEntries(CHANNELS.map((c) => [c, 0]));
  const bySite = new Map<string, { events: number; flagged: number; blocked: number; overridden: number }>();
  const totals = { events: 0, flagged: 0 };
  for (const r of rows) {
    const s = bySite.get(r.site) ?? { events: 0, flagged: 0, blocked: 0, overridden: 0 };
    bySite.set(r.site, s);
    for (const t of [s, totals]) {
      t.events += r.n;
      t.flagged += r.flagged;
    }
    actions[r.action] = (actions[r.action] ?? 0) + r.n;
    channels[r.channel] = (channels[r.channel] ?? 0) + r.n;
    if (r.action === 'blocked') s.blocked += r.n;
    if (r.action === 'overridden') s.overridden += r.n;
  }

  const previous = rollupWhere(f, 'day', f.fromDay - days, f.fromDay - 1);
  const [{ n: previousEvents }] = await db.all<{ n: number | null }>(
    `SELECT SUM(${n}) AS n FROM rollup_daily WHERE ${previous.sql}`,
    previous.params,
  );

  // One pass over the users rollup (grouped over the days) serves the top users, the departments and the users
  // per site; four GROUP BY queries over it cost four times as much.
  const people = summarisePeople(
    await db.all<{ user: string; department: string; site: string; n: number }>(
      `SELECT user_name AS "user", department, site, SUM(${n}) AS n FROM rollup_users WHERE ${range.sql} AND ${n} > 0
       GROUP BY user_name, department, site`,
      range.params,
    ),
  );

  const firstSeen = new Map(
    (await db.all<{ site: string; first_seen_ms: number }>('SELECT site, first_seen_ms FROM sites')).map((r) => [
      r.site,
      r.first_seen_ms,
    ]),
  );
  const sites = [...bySite]
    .filter(([, s]) => s.events > 0)
    .map(([site, s]) => {
      const first = firstSeen.get(site) ?? 0;
      return {
        site,
        ...s,
        users: people.siteUsers.get(site)?.size ?? 0,
        firstSeen: new Date(first).toISOString(),
        isNew: first >= f.fromDay * DAY_MS,
        status: siteStatus(site, sanctioned),
      };
    })
    .sort((a, b) => b.events - a.events || (a.site < b.site ? -1 : 1));

  return {
    range: { from: dayString(f.fromDay), to: dayString(f.toDay), days },
    totals: { ...totals, users: people.users, sites: sites.length, previousEvents: previousEvents ?? 0 },
    actions,
    channels,
    series: await series(db, f),
    sites,
    users: people.top,
    departments: people.departments,
    justifications: await justifications(db, f),
  };
}

/** Users rollup rows (user × department × site, unnamed users as '') → the people panels' figures. */
function summarisePeople(rows: { user: string; department: string; site: string; n: number }[]) {
  const byUser = new Map<string, { user: string; department: string; events: number }>();
  const byDepartment = new Map<string, { department: string; events: number; users: Set<string> }>();
  const siteUsers = new Map<string, Set<string>>();
  const named = new Set<string>();
  for (const r of rows) {
    if (r.department) {
      const d = byDepartment.get(r.department) ?? { department: r.department, events: 0, users: new Set<string>() };
      byDepartment.set(r.department, d);
      d.events += r.n;
      if (r.user) d.users.add(r.user);
    }
    if (!r.user) continue;
    named.add(r.user);
    const key = `${r.user}\u0000${r.department}`;
    const u = byUser.get(key) ?? { user: r.user, department: r.department, events: 0 };
    byUser.set(key, u);
    u.events += r.n;
    const s = siteUsers.get(r.site) ?? new Set<string>();
    siteUsers.set(r.site, s);
    s.add(r.user);
  }
  const top = <T extends { events: number }>(items: Iterable<T>, name: (t: T) => string) =>
    [...items].sort((a, b) => b.events - a.events || (name(a) < name(b) ? -1 : 1)).slice(0, TOP);
  return {
    users: named.size,
    siteUsers,
    top: top(byUser.values(), (u) => u.user),
    departments: top(byDepartment.values(), (d) => d.department).map((d) => ({ department: d.department, events: d.events, users: d.users.size })),
  };
}

/** Events per category per hour (short ranges) or day; with a category filter, that category alone. */
async function series(db: Db, f: Filters): Promise<Summary['series']> {
  const hourly = f.toDay - f.fromDay + 1 <= HOURLY_UP_TO_DAYS;
  const unit = hourly ? 'hour' : 'day';
  const step = hourly ? HOUR_MS : DAY_MS;
  const from = hourly ? (f.fromDay * DAY_MS) / HOUR_MS : f.fromDay;
  const to = hourly ? ((f.toDay + 1) * DAY_MS) / HOUR_MS - 1 : f.toDay;
  const categories = f.category ? [f.category] : [...CATEGORIES];
  const where = rollupWhere(f, unit, from, to);
  const rows = await db.all<Record<string, number>>(
    `SELECT ${unit} AS t, ${categories.map((c) => `SUM(${c}) AS ${c}`).join(', ')} FROM rollup_${hourly ? 'hourly' : 'daily'}
     WHERE ${where.sql} GROUP BY ${unit}`,
    where.params,
  );
  const times = Array.from({ length: to - from + 1 }, (_, i) => (from + i) * step);
  const counts = Object.fromEntries(categories.map((c) => [c, times.map(() => 0)]));
  for (const r of rows) for (const c of categories) counts[c][r.t - from] = r[c];
  return { unit, times, counts };
}

async function justifications(db: Db, f: Filters): Promise<Summary['justifications']> {
  const where = eventWhere({ ...f, action: 'overridden' });
  const rows = await db.all<{ id: string; time_ms: number; user_name: string | null; site: string; categories: string; justification: string }>(
    `SELECT id, time_ms, user_name, site, categories, justification FROM events
     WHERE ${where.sql} AND justification IS NOT NULL ORDER BY time_ms DESC LIMIT 20`,
    where.params,
  );
  return rows.map((r) => ({
    id: r.id,
    time: new Date(r.time_ms).toISOString(),
    user: r.user_name,
    site: r.site,
    categories: r.categories ? r.categories.split(',') : [],
    justification: r.justification,
  }));
}
