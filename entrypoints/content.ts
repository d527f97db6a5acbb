import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/extension/content/main.ts';
import { adapterMatchPatterns } from '../src/sites/index.ts';

export default defineContentScript({
  matches: adapterMatchPatterns(),
  // Before the page's own scripts, so our capture listeners on window run ahead of any the page adds there.
  runAt: 'document_start',
  main: (ctx) => startContentScript(ctx.signal),
});
