/** Claude: a TipTap (ProseMirror) contenteditable inside a fieldset. */
import type { SiteAdapter } from './types.ts';

export const claude: SiteAdapter = {
  id: 'claude',
  name: 'Claude',
  sites: ['claude.ai'],
  editors: [
    'div[contenteditable="true"][data-testid="chat-input"]',
    'div.ProseMirror[contenteditable="true"][role="textbox"]',
    'fieldset [contenteditable="true"]',
  ],
  sendButtons: ['button[aria-label="Send message"]', 'button[aria-label="Send Message"]'],
  composer: ['fieldset'],
};
