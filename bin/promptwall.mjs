#!/usr/bin/env node
// The `promptwall` command: loads the bundle that `npm install` (prepare) or `npm run build:cli` builds.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/promptwall.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('promptwall: the CLI is not built yet; run `npm run build:cli` (npm install does it too)\n');
  process.exit(2);
}
await import(bundle);
