/**
 * ArcSight CEF: `CEF:0|Vendor|Product|Version|SignatureID|Name|Severity|key=value …`. In the header `\` and `|`
 * are escaped; in extension values `\`, `=` and line breaks (as \n, \r). Keys follow the ArcSight dictionary so
 * that Sentinel's CommonSecurityLog and other parsers map them (act, cat, suser, dhost, rt, externalId …).
 */
import type { PromptwallEvent } from '../../src/events/event.ts';
import { severity } from './sink.ts';

export const escapeHeader = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
export const escapeValue = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/=/g, '\\=').replace(/\r\n|\n/g, '\\n').replace(/\r/g, '\\r');

export function cefLine(e: PromptwallEvent, productVersion: string): string {
  const categories = e.categories.join(',');
  const name = categories ? `Prompt ${e.action}: ${categories}` : `Prompt ${e.action}`;
  const kinds = Object.entries(e.kinds).map(([k, n]) => `${k}:${n}`).join(',');
  const ext: [string, string | number | undefined][] = [
    ['rt', Date.parse(e.time)],
    ['externalId', e.id],
    ['act', e.action],
    ['cat', categories || undefined],
    ['dhost', e.site],
    ['suser', e.user],
    ['deviceExternalId', e.device],
    ['cs1Label', 'channel'],
    ['cs1', e.channel],
    ['cs2Label', 'department'],
    ['cs2', e.department],
    ['cs3Label', 'detectorKinds'],
    ['cs3', kinds || undefined],
    ['cs4Label', 'policyVersion'],
    ['cs4', e.policyVersion],
    ['cs5Label', 'justification'],
    ['cs5', e.justification],
    ['cs6Label', 'extensionVersion'],
    ['cs6', e.extensionVersion],
    ['cn1Label', 'findings'],
    ['cn1', Object.values(e.kinds).reduce((a, b) => a + b, 0)],
  ];
  // A label without its value would only confuse parsers.
  const present = ext.filter(([k, v], i) => v !== undefined && !(k.endsWith('Label') && ext[i + 1][1] === undefined));
  const header = ['CEF:0', 'Promptwall', 'Promptwall', productVersion, `prompt-${e.action}`, name, String(severity(e).cef)];
  return `${header.map((h, i) => (i === 0 ? h : escapeHeader(h))).join('|')}|${present.map(([k, v]) => `${k}=${escapeValue(String(v))}`).join(' ')}`;
}
