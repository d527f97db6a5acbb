/**
 * The generic hook: any prompt box on a site the policy lists in `monitoredSites`, and the fallback on a known
 * chatbot whose own selectors no longer match (its UI was redesigned).
 */
import type { SiteAdapter } from './types.ts';

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Other sites (generic)',
  sites: [],
  editors: ['textarea', '[contenteditable="true"]', '[contenteditable=""]', '[contenteditable="plaintext-only"]'],
  sendButtons: [
    'button[type="submit"]',
    'input[type="submit"]',
    'button[aria-label*="send" i]',
    'button[title*="send" i]',
    'button[aria-label*="submit" i]',
    '[role="button"][aria-label*="send" i]',
  ],
  composer: ['form'],
};
