import { defineConfig } from 'wxt';

// The extension is built from entrypoints/ around the pure engine in src/ (see the extension issue).
export default defineConfig({
  srcDir: '.',
  manifest: {
    name: 'Promptwall',
    description: 'Stops confidential data from leaking into public AI chatbots.',
  },
});
