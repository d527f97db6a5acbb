/**
 * The ingest and admin tokens and the dashboard's login sessions. Only SHA-256 hashes are stored: the tokens are
 * 256-bit random values (or set by the operator), so a plain hash is enough and keeps every request's check cheap.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/db.ts';

export type TokenName = 'ingest_token' | 'admin_token';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * The hash to check a token against. From the environment when set; else the stored one; else a new token is
 * generated, stored (hash only) and returned once as `generated` so it can be printed. Several instances starting
 * at once agree on one token: the first insert wins, the others read it.
 */
export async function resolveToken(db: Db, name: TokenName, fromEnv: string | undefined): Promise<{ hash: string; generated?: string }> {
  if (fromEnv) return { hash: hashToken(fromEnv) };
  const token = newToken();
  await db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [name, hashToken(token)]);
  const [{ value }] = await db.all<{ value: string }>('SELECT value FROM settings WHERE key = ?', [name]);
  return value === hashToken(token) ? { hash: value, generated: token } : { hash: value };
}

export const SESSION_HOURS = 12;

export async function createSession(db: Db, nowMs = Date.now()): Promise<string> {
  const token = newToken();
  await db.run('DELETE FROM sessions WHERE expires_ms < ?', [nowMs]);
  await db.run('INSERT INTO sessions (token_hash, expires_ms) VALUES (?, ?)', [hashToken(token), nowMs + SESSION_HOURS * 3_600_000]);
  return token;
}

export async function sessionValid(db: Db, token: string, nowMs = Date.now()): Promise<boolean> {
  const rows = await db.all('SELECT 1 AS ok FROM sessions WHERE token_hash = ? AND expires_ms > ?', [hashToken(token), nowMs]);
  return rows.length > 0;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE token_hash = ?', [hashToken(token)]);
}
