/** Poe: a React textarea with CSS-module classes, matched by prefix because the hashes change. */
import type { SiteAdapter } from './types.ts';

export const poe: SiteAdapter = {
  id: 'poe',
  name: 'Poe',
  sites: ['poe.com'],
  editors: ['textarea[class^="GrowingTextArea_textArea__"]', 'textarea[class*="GrowingTextArea_textArea__"]'],
  sendButtons: ['button[class*="ChatMessageSendButton_sendButton__"]', 'button[aria-label="Send message"]'],
};
