/**
 * Offline structure and checksum checks of cloud / AI / observability tokens (no network).
 *
 * - Grafana service-account token `glsa_<32 alnum>_<8 hex>`: the hex is CRC-32 (IEEE) of `glsa_<secret>`,
 *   its 4 bytes little-endian (grafana pkg/components/satokengen).
 * - Cloudflare scannable tokens `cfat_` / `cfut_` / `cfk_` + 40 alnum + 8 hex: the hex is CRC-32 of the 40 chars.
 * - Base64 payloads that must decode to JSON with known keys (Sentry org tokens, Grafana Cloud tokens).
 */
import { crc32 } from './crc32.ts';

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** `glsa_<secret>_<crc>`: CRC-32 of `glsa_<secret>` as little-endian hex. */
export function grafanaServiceAccountTokenValid(token: string): boolean {
  const m = /^(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(token);
  if (!m) return false;
  const c = crc32(m[1]!);
  const le = [c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff].map((b) => b.toString(16).padStart(2, '0')).join('');
  return le === m[2];
}

/** `cfat_` / `cfut_` / `cfk_` + 40 alnum + CRC-32 of those 40 chars as 8 lowercase hex. */
export function cloudflareScannableTokenValid(token: string): boolean {
  const m = /^(?:cfat|cfut|cfk)_([A-Za-z0-9]{40})([0-9a-f]{8})$/.exec(token);
  return m !== null && hex8(crc32(m[1]!)) === m[2];
}

/** Decodes standard or url-safe base64 (padding optional) to a Latin-1 string; null when malformed. */
export function decodeBase64(text: string): string | null {
  const std = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(std) || std.length % 4 === 1) return null;
  try {
    return atob(std + '='.repeat((4 - (std.length % 4)) % 4));
  } catch {
    return null;
  }
}

/** Sentry org auth token `sntrys_<base64 JSON>_<43 base64>`: the JSON carries `iat` and `region_url`. */
export function sentryOrgTokenValid(token: string): boolean {
  const body = token.startsWith('sntrys_') ? token.slice(7) : token;
  const cut = body.lastIndexOf('_');
  if (cut < 0) return false;
  const json = decodeBase64(body.slice(0, cut));
  return json !== null && json.startsWith('{"iat":') && json.includes('"region_url"');
}

/** Character classes present in a value: a random token mixes them, an identifier or a word usually does not. */
export function hasClasses(value: string, need: { upper?: boolean; lower?: boolean; digit?: boolean }): boolean {
  if (need.upper && !/[A-Z]/.test(value)) return false;
  if (need.lower && !/[a-z]/.test(value)) return false;
  if (need.digit && !/[0-9]/.test(value)) return false;
  return true;
}

/** Mixed-case alphanumeric with a digit: the shape of a random base62 secret. */
export const looksRandom = (value: string): boolean => hasClasses(value, { upper: true, lower: true, digit: true });

/**
 * Builds a semi-generic "key name, assignment, value" pattern (gitleaks' shape): `key` (a regex source
 * naming the provider's variable), up to 20 more identifier chars, optional quote, an assignment operator
 * (`=`, `:`, `:=`, `=>`, `?=`, `.=`, `,` or an XML tag end), optional quote, then the value in group 1.
 * Case-insensitive, so the value source should list both cases where it matters.
 */
export function assignment(key: string, value: string, end = '(?![A-Za-z0-9_+/=-])'): RegExp {
  return new RegExp(
    `(?:${key})[A-Za-z0-9_.-]{0,20}["'\`]?\\s{0,5}(?:[:=]{1,4}>?|=>|\\?=|\\.=|,|>)\\s{0,5}["'\`]?(${value})${end}`,
    'gi',
  );
}
