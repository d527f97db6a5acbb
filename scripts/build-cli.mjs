// Bundles the CLI (src/cli/main.ts and the engine it imports) into one file that `bin/promptwall.mjs` loads.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/promptwall.mjs',
  bundle: true,
  // Loaded from node_modules at run time: it finds its .wasm next to its own files.
  external: ['onnxruntime-web'],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
