/**
 * The dashboard's filters, shared by the summary, the event list and the exports: a range of whole days (UTC,
 * both ends included), a site and a category; the event list adds action, channel, user and department.
 */
import { z } from 'zod';
import { CATEGORIES, type Category } from '../../src/engine/types.ts';
import { CHANNELS, EVENT_ACTIONS } from '../../src/events/event.ts';
import { categoryMask } from './events.ts';
import { DAY_MS } from './rollups.ts';

const DEFAULT_DAYS = 30;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

export const filterQuerySchema = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  site: z.string().max(253).optional(),
  category: z.enum(CATEGORIES).optional(),
  action: z.enum(EVENT_ACTIONS).optional(),
  channel: z.enum(CHANNELS).optional(),
  user: z.string().max(320).optional(),
  department: z.string().max(128).optional(),
});

export interface Filters {
  /** Epoch days, both included. */
  fromDay: number;
  toDay: number;
  site?: string;
  category?: Category;
  action?: string;
  channel?: string;
  user?: string;
  department?: string;
}

const toDay = (s: string) => Math.floor(Date.parse(`${s}T00:00:00Z`) / DAY_MS);
export const dayString = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

/** Query parameters (already validated) → filters; the range defaults to the last 30 days up to today. */
export function toFilters(q: z.infer<typeof filterQuerySchema>, nowMs = Date.now()): Filters {
  const toD = q.to ? toDay(q.to) : Math.floor(nowMs / DAY_MS);
  const fromD = q.from ? toDay(q.from) : toD - (DEFAULT_DAYS - 1);
  return { ...q, site: q.site?.toLowerCase() || undefined, fromDay: Math.min(fromD, toD), toDay: Math.max(fromD, toD) };
}

/** WHERE clause over the events table. */
export function eventWhere(f: Filters): { sql: string; params: unknown[] } {
  const clauses = ['time_ms >= ?', 'time_ms < ?'];
  const params: unknown[] = [f.fromDay * DAY_MS, (f.toDay + 1) * DAY_MS];
  const eq = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    clauses.push(`${column} = ?`);
    params.push(value);
  };
  eq('site', f.site);
  eq('action', f.action);
  eq('channel', f.channel);
  eq('user_name', f.user);
  eq('department', f.department);
  if (f.category) {
    clauses.push('(category_mask & ?) <> 0');
    params.push(categoryMask([f.category]));
  }
  return { sql: clauses.join(' AND '), params };
}
