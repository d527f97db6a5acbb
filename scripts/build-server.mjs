// Bundles the organisation server (dist/server.mjs exports startServer; dist/server-main.mjs is `npm run server`)
// and the dashboard (dist/dashboard/app.js + app.css: preact, uPlot and server/dashboard/). Files are written
// atomically, so a server or test reading them while another build runs never sees half a file.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function writeAtomically(files) {
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
}

const server = build({
  entryPoints: { server: 'server/start.ts', 'server-main': 'server/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // fastify, pg, better-sqlite3 (native), zod … load from node_modules.
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});

const dashboard = build({
  entryPoints: { app: 'server/dashboard/main.tsx' },
  outdir: 'dist/dashboard',
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  target: 'chrome110',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  write: false,
  logLevel: 'warning',
});

for (const result of await Promise.all([server, dashboard])) writeAtomically(result.outputFiles);
