// Page-world shim for file pickers opened on inputs that are not in the document (Gemini creates one on click and
// never attaches it), whose `change` therefore never reaches the content script's window listener. The input is
// put in a hidden holder while its picker is open, so the file is checked like any other upload.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterMatchPatterns } from '../src/sites/index.ts';
import { attachDetachedFilePickers } from '../src/extension/page/file-picker.ts';

export default defineContentScript({
  matches: adapterMatchPatterns(),
  world: 'MAIN',
  runAt: 'document_start',
  // Firefox MV2 cannot run content scripts in the page's world; there this gap stays open.
  include: ['chrome'],
  main: attachDetachedFilePickers,
});
