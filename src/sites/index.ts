/** Every site adapter, and which one applies to a page. */
import { chatgpt } from './chatgpt.ts';
import { claude } from './claude.ts';
import { copilot } from './copilot.ts';
import { deepseek } from './deepseek.ts';
import { gemini } from './gemini.ts';
import { generic } from './generic.ts';
import { grok } from './grok.ts';
import { huggingchat } from './huggingchat.ts';
import { meta } from './meta.ts';
import { mistral } from './mistral.ts';
import { perplexity } from './perplexity.ts';
import { poe } from './poe.ts';
import type { SiteAdapter } from './types.ts';

export { generic };
export const ADAPTERS: readonly SiteAdapter[] = [chatgpt, claude, gemini, copilot, perplexity, deepseek, mistral, grok, meta, poe, huggingchat];

function splitSite(site: string): { host: string; path: string } {
  const slash = site.indexOf('/');
  return slash < 0 ? { host: site, path: '' } : { host: site.slice(0, slash), path: site.slice(slash) };
}

/** The adapter for a page, or undefined when no chatbot adapter covers it (the generic hook may still apply). */
export function adapterFor(location: { hostname: string; pathname: string }): SiteAdapter | undefined {
  return ADAPTERS.find((a) =>
    a.sites.some((site) => {
      const { host, path } = splitSite(site);
      return location.hostname === host && location.pathname.startsWith(path);
    }),
  );
}

/** The content script's static match patterns: every adapter's hosts, over https. */
export function adapterMatchPatterns(): string[] {
  return [...new Set(ADAPTERS.flatMap((a) => a.sites.map((s) => `https://${splitSite(s).host}/*`)))];
}
