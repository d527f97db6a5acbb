/**
 * Structural checks of vendor token formats that embed their own checksum (offline, no network).
 *
 * - GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`): prefix + 30 random base62 chars +
 *   6 base62 chars = CRC-32 of the 30 random chars, left-padded with '0'.
 * - GitLab routable tokens (`glpat-`, `glrt-t1_`, ...): everything up to the last 7 chars, prefix included,
 *   has its CRC-32 written in base36 (lowercase, padded to 7) as the last 7 chars; the 2 base36 chars
 *   before it give the base64url payload length.
 * - Atlassian API tokens (`ATATT3...=`, `ATCTT3...=`): the 8 hex chars after the final '=' are the CRC-32
 *   of everything before them, '=' included.
 */
import { base62, crc32 } from './crc32.ts';

/** GitHub / npm style token: `<prefix>_` + 30 random base62 + 6-char base62 CRC-32 of the random part. */
export function base62Crc32TokenValid(token: string): boolean {
  const underscore = token.lastIndexOf('_');
  const body = token.slice(underscore + 1);
  if (!/^[A-Za-z0-9]{36}$/.test(body)) return false;
  const random = body.slice(0, 30);
  return base62(crc32(random), 6) === body.slice(30);
}

/** GitLab routable token: base36 CRC-32 (7 chars) of the rest, and a base36 payload-length holder. */
export function gitlabRoutableTokenValid(token: string): boolean {
  if (token.length < 10) return false;
  const head = token.slice(0, -7);
  const crc = token.slice(-7);
  if (!/^[0-9a-z]{7}$/.test(crc)) return false;
  if (crc32(head).toString(36).padStart(7, '0') !== crc) return false;
  // The 2 chars before the CRC are the base64 payload length; the payload ends at the last '.' before them.
  const holder = head.slice(-2);
  const length = parseInt(holder, 36);
  const dot = head.length - 3;
  if (head[dot] !== '.' || !Number.isFinite(length)) return false;
  return length >= 20 && length <= dot;
}

/** Atlassian API / org-admin token: `<body>=` followed by the CRC-32 of `<body>=` as 8 hex digits. */
export function atlassianTokenValid(token: string): boolean {
  const eq = token.lastIndexOf('=');
  if (eq < 0) return false;
  const tail = token.slice(eq + 1);
  if (!/^[0-9A-Fa-f]{8}$/.test(tail)) return false;
  return crc32(token.slice(0, eq + 1)).toString(16).padStart(8, '0') === tail.toLowerCase();
}

/** Base64 of `user:password` (Docker `auths`, npm `_auth`): decodes to printable ASCII with a ':' inside. */
export function basicAuthPairValid(value: string): boolean {
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}

/** Discord bot token: the first segment is the bot's numeric user id (a 17-20 digit snowflake) in base64. */
export function discordBotTokenValid(token: string): boolean {
  const first = token.slice(0, token.indexOf('.'));
  let decoded: string;
  try {
    decoded = atob(first.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(first.length / 4) * 4, '='));
  } catch {
    return false;
  }
  return /^[0-9]{17,20}$/.test(decoded);
}
