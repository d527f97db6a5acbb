/** ChatGPT: a ProseMirror contenteditable (#prompt-textarea) in the unified composer form. */
import type { SiteAdapter } from './types.ts';

export const chatgpt: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  sites: ['chatgpt.com', 'chat.openai.com'],
  editors: [
    'div#prompt-textarea[contenteditable="true"]',
    'div.ProseMirror[contenteditable="true"]',
    // editing an old message, and the pre-2024 composer
    'form textarea:not([class*="_fallbackTextarea_"])',
  ],
  sendButtons: ['#composer-submit-button', 'button[data-testid="send-button"]', 'button[aria-label="Send prompt"]', 'button[data-testid="fruitjuice-send-button"]'],
  composer: ['form[data-type="unified-composer"]', 'form'],
};
