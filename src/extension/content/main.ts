/**
 * The content script: hooks the page's prompt boxes (see intercept.ts), keeps the policy in force up to date,
 * and tells the background whether this site's adapter still finds its prompt box (coverage health).
 */
import browser from 'webextension-polyfill';
import type { Policy } from '../../policy/schema.ts';
import { adapterFor } from '../../sites/index.ts';
import { CONFIG_KEY, type AdapterState, type ContentConfig } from '../messages.ts';
import { askBackground } from '../runtime.ts';
import { Guard } from './guard.ts';
import { intercept } from './intercept.ts';
import { adapterMatches, editorAt } from './locate.ts';
import { TipHost } from './tip.tsx';

/** The schema's defaults, inlined at build time (wxt.config.ts) so this bundle does not carry the schema library. */
declare const __PROMPTWALL_DEFAULT_POLICY__: Policy;

/** Until the background answers, the safe defaults apply; the model is then reported as unavailable. */
const FALLBACK: ContentConfig = { policy: __PROMPTWALL_DEFAULT_POLICY__, classifier: 'unavailable' };

function watchConfig(signal: AbortSignal): () => Promise<ContentConfig> {
  let current: Promise<ContentConfig> = askBackground({ type: 'config' }).catch((err: unknown) => {
    console.warn('[Promptwall] background unavailable, safe defaults and rules only:', err);
    return FALLBACK;
  });
  const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    const next = changes[CONFIG_KEY]?.newValue as ContentConfig | undefined;
    if (area === 'local' && next) current = Promise.resolve(next);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
  return () => current;
}

/** Reports the adapter's state when it changes: 'fallback' means the site's UI changed and the generic hook took over. */
function watchCoverage(signal: AbortSignal): void {
  let last: AdapterState | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const probe = () => {
    const adapter = adapterFor(location);
    if (!adapter) return;
    const genericBox = [...document.querySelectorAll('textarea, [contenteditable="true"]')].some((el) => editorAt(undefined, el));
    const state: AdapterState = adapterMatches(adapter, document) ? 'ok' : genericBox ? 'fallback' : 'unused';
    if (state === last || state === 'unused') return;
    last = state;
    if (state === 'fallback') console.warn(`[Promptwall] ${adapter.name}: its prompt box selectors no longer match; the generic hook protects this page`);
    askBackground({ type: 'adapter', site: adapter.id, state }).catch(() => undefined);
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(probe, 500);
  });
  const start = () => {
    observer.observe(document.documentElement, { childList: true, subtree: true });
    probe();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true, signal });
  else start();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

export function startContentScript(signal: AbortSignal): void {
  const config = watchConfig(signal);
  const tip = new TipHost();
  // A tip left open counts as a cancel: the prompt was stopped, and that is reported.
  signal.addEventListener('abort', () => tip.close({ type: 'cancel' }));
  window.addEventListener('pagehide', () => tip.close({ type: 'cancel' }), { signal });
  intercept(() => adapterFor(location), new Guard(config, tip), signal);
  watchCoverage(signal);
}
