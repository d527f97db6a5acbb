import type { PromptwallEvent } from '../../src/events/event.ts';

/** A SIEM destination. `send` resolves once the destination took the whole batch, and throws otherwise. */
export interface Sink {
  /** Stable name, the key of this sink's queue and status in the database (e.g. "splunk", "syslog:udp://h:514"). */
  readonly name: string;
  send(events: readonly PromptwallEvent[]): Promise<void>;
  close(): Promise<void>;
}

/** Severity shared by CEF (0–10) and OCSF (severity_id 1–5), from what the prompt held and what happened to it. */
export function severity(e: PromptwallEvent): { cef: number; ocsf: number; label: string } {
  if (e.action === 'overridden' || (e.categories.includes('secret') && e.action !== 'blocked')) return { cef: 8, ocsf: 4, label: 'High' };
  if (e.action === 'blocked' || e.action === 'redacted' || e.action === 'warned') return { cef: 5, ocsf: 3, label: 'Medium' };
  return e.categories.length ? { cef: 3, ocsf: 2, label: 'Low' } : { cef: 1, ocsf: 1, label: 'Informational' };
}
