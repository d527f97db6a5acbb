/** Microsoft Copilot (consumer): a React-controlled textarea; M365 Copilot: a Lexical span. */
import type { SiteAdapter } from './types.ts';

export const copilot: SiteAdapter = {
  id: 'copilot',
  name: 'Microsoft Copilot',
  sites: ['copilot.microsoft.com', 'm365.cloud.microsoft'],
  editors: [
    'textarea#userInput',
    'textarea[data-testid="composer-input"]',
    'textarea[placeholder*="Message Copilot"]',
    'span#m365-chat-editor-target-element',
    'span[data-lexical-editor="true"][contenteditable="true"]',
  ],
  sendButtons: ['button[data-testid="submit-button"]', 'button[aria-label="Submit message"]', 'button[title="Submit message"]', 'button.rounded-submitButton'],
};
