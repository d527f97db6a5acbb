/** Perplexity: a Lexical contenteditable (#ask-input) since 2025; a React textarea before. */
import type { SiteAdapter } from './types.ts';

export const perplexity: SiteAdapter = {
  id: 'perplexity',
  name: 'Perplexity',
  sites: ['www.perplexity.ai', 'perplexity.ai'],
  editors: ['div#ask-input[contenteditable="true"]', 'div[contenteditable="true"][data-lexical-editor="true"]', 'textarea[placeholder*="Ask"]'],
  sendButtons: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]', 'button[data-testid="confirm-edit-query-button"]'],
};
