/**
 * The policy in force: IT's managed storage over the user's options over the defaults (see src/policy/resolve.ts).
 * Re-read whenever either changes; every problem is logged and shown in the popup and options page.
 */
import browser from 'webextension-polyfill';
import { resolvePolicy, type ResolvedPolicy } from '../../policy/resolve.ts';

export const USER_POLICY_KEY = 'userPolicy';

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {}; // no managed schema or no policy: Firefox throws where Chrome answers {}
  }
}

export async function loadPolicy(): Promise<ResolvedPolicy> {
  const [managed, local] = await Promise.all([readManaged(), browser.storage.local.get(USER_POLICY_KEY)]);
  const resolved = resolvePolicy({ managed, user: local[USER_POLICY_KEY] });
  for (const p of resolved.problems) console.warn(`[Promptwall] ${p.source} policy: ${p.path}: ${p.message} (ignored; the next layer's value applies)`);
  return resolved;
}

export function onPolicyChange(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && USER_POLICY_KEY in changes)) listener();
  });
}
