/** DeepSeek: a React-controlled textarea; the send control is a div[role=button]. */
import type { SiteAdapter } from './types.ts';

export const deepseek: SiteAdapter = {
  id: 'deepseek',
  name: 'DeepSeek',
  sites: ['chat.deepseek.com'],
  editors: ['textarea#chat-input', 'textarea[placeholder="Message DeepSeek"]', 'textarea.ds-scroll-area'],
  sendButtons: ['div[role="button"].ds-icon-button:not([aria-disabled="true"])', 'div[role="button"]:has(svg path[d^="M8.3125"])'],
};
