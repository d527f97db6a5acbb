/** Apple property list XML from JSON-like values, for the macOS configuration profile. */
import { escapeXml } from './xml.ts';

function plistValue(value: unknown, depth: number): string[] {
  const pad = '\t'.repeat(depth);
  if (typeof value === 'string') return [`${pad}<string>${escapeXml(value)}</string>`];
  if (typeof value === 'boolean') return [`${pad}<${value} />`];
  if (typeof value === 'number') return [Number.isInteger(value) ? `${pad}<integer>${value}</integer>` : `${pad}<real>${value}</real>`];
  if (Array.isArray(value)) return [`${pad}<array>`, ...value.flatMap((v) => plistValue(v, depth + 1)), `${pad}</array>`];
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([k, v]) => [`${pad}\t<key>${escapeXml(k)}</key>`, ...plistValue(v, depth + 1)]);
    return [`${pad}<dict>`, ...entries, `${pad}</dict>`];
  }
  throw new Error(`a property list cannot hold ${String(value)}`);
}

export function plist(value: unknown): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...plistValue(value, 0),
    '</plist>',
    '',
  ].join('\n');
}
