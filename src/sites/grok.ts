/** Grok: TipTap on grok.com since late 2025; a React Native Web textarea under x.com/i/grok. */
import type { SiteAdapter } from './types.ts';

export const grok: SiteAdapter = {
  id: 'grok',
  name: 'Grok',
  sites: ['grok.com', 'x.com/i/grok'],
  editors: ['div.tiptap.ProseMirror[contenteditable="true"]', 'textarea[aria-label="Ask Grok anything"]', 'textarea[placeholder="Ask anything"]'],
  sendButtons: ['button[type="submit"][aria-label="Submit"]', 'form button[type="submit"]'],
  composer: ['form'],
};
