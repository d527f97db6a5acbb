/** The admin API as the dashboard calls it; the session cookie rides along (same origin). */
import type { Health } from '../store/devices.ts';
import type { ListedEvent } from '../store/event-list.ts';
import type { Summary } from '../store/summary.ts';
import type { PromptwallEvent } from '../../src/events/event.ts';

export type { Health, ListedEvent, PromptwallEvent, Summary };

/** The dashboard's filters: the range and site/category go to every call; the rest narrows the event list. */
export interface Filters {
  from?: string;
  to?: string;
  site?: string;
  category?: string;
  action?: string;
  channel?: string;
  user?: string;
  department?: string;
}

export const SUMMARY_KEYS = ['from', 'to', 'site', 'category'] as const;

export class Unauthorized extends Error {}

export function query(f: Filters, keys: readonly (keyof Filters)[] = Object.keys(f) as (keyof Filters)[]): string {
  const q = new URLSearchParams();
  for (const k of keys) if (f[k]) q.set(k, f[k]!);
  return q.toString();
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (res.status === 401) throw new Unauthorized();
  const body = await res.json();
  if (!res.ok) throw new Error(body.message ?? `${res.status}`);
  return body as T;
}

export const api = {
  summary: (f: Filters) => get<Summary>(`/api/v1/admin/summary?${query(f, SUMMARY_KEYS)}`),
  health: () => get<Health>('/api/v1/admin/health'),
  events: (f: Filters, before?: string) =>
    get<{ events: ListedEvent[]; next: string | null }>(`/api/v1/admin/events?${query(f)}${before ? `&before=${before}` : ''}`),
  event: (id: string) => get<PromptwallEvent>(`/api/v1/admin/events/${encodeURIComponent(id)}`),
  csvUrl: (f: Filters) => `/api/v1/admin/export/events.csv?${query(f)}`,
  async login(password: string): Promise<boolean> {
    const res = await fetch('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password }),
    });
    return res.ok;
  },
  logout: () => fetch('/api/v1/session', { method: 'DELETE' }),
};
