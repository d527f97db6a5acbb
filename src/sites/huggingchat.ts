/** HuggingChat: a Svelte textarea (bind:value); Enter calls submit directly, no form submit. */
import type { SiteAdapter } from './types.ts';

export const huggingchat: SiteAdapter = {
  id: 'huggingchat',
  name: 'HuggingChat',
  sites: ['huggingface.co/chat'],
  editors: ['form textarea', 'textarea[placeholder*="Ask anything"]'],
  sendButtons: ['form button[type="submit"]', 'button[aria-label="Send message"]'],
  composer: ['form'],
};
