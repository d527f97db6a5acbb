/**
 * CSV of events (RFC 4180). A cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe: justifications are typed by users.
 */
import type { PromptwallEvent } from '../../src/events/event.ts';

const COLUMNS = [
  'id', 'time', 'site', 'channel', 'categories', 'kinds', 'action', 'justification', 'user', 'department', 'device',
  'extensionVersion', 'policyVersion', 'mode', 'policyAction', 'classifier', 'adapter',
] as const;

function cell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = () => `${COLUMNS.join(',')}\r\n`;

export function csvRow(e: PromptwallEvent): string {
  const values: Partial<Record<(typeof COLUMNS)[number], unknown>> = {
    ...e,
    categories: e.categories.join(' '),
    kinds: Object.entries(e.kinds).map(([k, n]) => `${k}:${n}`).join(' '),
  };
  return `${COLUMNS.map((c) => cell(values[c])).join(',')}\r\n`;
}
