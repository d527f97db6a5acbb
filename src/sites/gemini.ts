/** Gemini: a Quill editor inside Angular's rich-textarea; the page enforces Trusted Types, so no innerHTML. */
import type { SiteAdapter } from './types.ts';

export const gemini: SiteAdapter = {
  id: 'gemini',
  name: 'Gemini',
  sites: ['gemini.google.com', 'bard.google.com'],
  editors: ['rich-textarea div.ql-editor[contenteditable="true"]', 'div.ql-editor.textarea[contenteditable="true"]', 'div.ql-editor[contenteditable="true"]'],
  sendButtons: ['button.send-button', 'button[aria-label="Send message"]', 'button:has(mat-icon[fonticon="send"])'],
  composer: ['input-area-v2', '.input-area-container', 'input-container'],
};
