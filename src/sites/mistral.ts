/** Mistral Le Chat: a ProseMirror/TipTap contenteditable; a textarea before. */
import type { SiteAdapter } from './types.ts';

export const mistral: SiteAdapter = {
  id: 'mistral',
  name: 'Mistral Le Chat',
  sites: ['chat.mistral.ai'],
  editors: ['div.ProseMirror[contenteditable="true"]', 'textarea[name="message.text"]', 'textarea[placeholder="Ask Le Chat anything"]'],
  sendButtons: ['form button[type="submit"]'],
  composer: ['form'],
};
