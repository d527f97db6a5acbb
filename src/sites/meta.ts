/** Meta AI: evidence is thin; a contenteditable textbox (probably Lexical) with a div[role=button] send control. */
import type { SiteAdapter } from './types.ts';

export const meta: SiteAdapter = {
  id: 'meta',
  name: 'Meta AI',
  sites: ['www.meta.ai', 'meta.ai'],
  editors: ['div[contenteditable="true"][role="textbox"]', '[data-lexical-editor="true"]', 'textarea[placeholder*="Ask Meta AI"]'],
  sendButtons: ['div[role="button"][aria-label="Send"]:not([aria-disabled="true"])', 'button[aria-label="Send"]'],
};
