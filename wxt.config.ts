import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { managedSchema } from './src/policy/artefacts/managed-schema.ts';
import { DEFAULT_POLICY } from './src/policy/schema.ts';
import { GECKO_EXTENSION_ID } from './src/policy/extension-id.ts';
import { DETECTOR_SOURCES, stripExamples } from './scripts/build/strip-examples.ts';

const ORT = 'node_modules/onnxruntime-web/dist';
/** onnxruntime-web's wasm and its loader, shipped as plain files; only extension pages load them. */
const ORT_FILES = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];

// The extension: entrypoints/ are thin; the engine, policy and site adapters live in src/.
export default defineConfig({
  srcDir: '.',
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Promptwall',
    description: 'Stops confidential data from leaking into public AI chatbots.',
    permissions: ['storage', 'alarms', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Hosts IT adds to `monitoredSites` get the generic hook at run time, and reports go to the organisation server.
    host_permissions: ['<all_urls>'],
    storage: { managed_schema: 'managed_schema.json' },
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_EXTENSION_ID, strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } } }
      : { key: readFileSync('keys/extension-public-key.b64', 'utf8').trim() }),
  }),
  vite: () => ({
    // The content script's safe defaults, computed from the schema here so the page bundle does not carry zod.
    define: { __PROMPTWALL_DEFAULT_POLICY__: JSON.stringify(DEFAULT_POLICY) },
    resolve: { alias: { 'onnxruntime-web/wasm': resolve(ORT, 'ort.wasm.min.mjs') } },
    plugins: [
      {
        name: 'promptwall:strip-detector-examples',
        transform: (code: string, id: string) => (DETECTOR_SOURCES.test(id) ? { code: stripExamples(code, id), map: null } : undefined),
      },
    ],
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const f of ORT_FILES) files.push({ absoluteSrc: resolve(ORT, f), relativeDest: `ort/${f}` });
      files.push({ absoluteSrc: resolve('models/classifier.onnx'), relativeDest: 'classifier.onnx' });
      files.push({ contents: JSON.stringify(managedSchema(), null, 2), relativeDest: 'managed_schema.json' });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      for (const f of ORT_FILES) paths.push(`/ort/${f}`);
      paths.push('/classifier.onnx');
    },
  },
});
