/**
 * Who an event names, as policy configures: nobody, a pseudonym, or the e-mail address IT provided.
 * The pseudonym is a SHA-256 of the e-mail (or, without one, of this device's random id) keyed by the
 * organisation's ingest token, so the server can count per user without learning who it is.
 */
import browser from 'webextension-polyfill';
import type { Policy } from '../../policy/schema.ts';

const DEVICE_KEY = 'deviceId';

export async function deviceId(): Promise<string> {
  const stored = (await browser.storage.local.get(DEVICE_KEY))[DEVICE_KEY];
  if (typeof stored === 'string') return stored;
  const id = crypto.randomUUID();
  await browser.storage.local.set({ [DEVICE_KEY]: id });
  return id;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function userIdentity(policy: Policy, device: string): Promise<string | undefined> {
  const { identity, email, token } = policy.reporting;
  if (identity === 'none') return undefined;
  if (identity === 'email' && email) return email;
  return `u-${(await sha256Hex(`${token}\u0000${email || device}`)).slice(0, 16)}`;
}
