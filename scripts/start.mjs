// `npm start`: the product on this machine. The organisation server on an embedded SQLite file (./data/), the
// extension built and ready to load, and what to type where so the extension reports to this server.
// For a demo the tokens are kept in data/local-tokens.json (mode 0600) and printed at every start; in production
// run `npm run server` with PROMPTWALL_INGEST_TOKEN / PROMPTWALL_ADMIN_TOKEN from your secret store (docs/api.md).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../dist/server.mjs';

const TOKENS = resolve('data/local-tokens.json');
const EXTENSION = resolve('.output/chrome-mv3');

function localTokens() {
  if (existsSync(TOKENS)) return JSON.parse(readFileSync(TOKENS, 'utf8'));
  const tokens = { ingest: randomBytes(24).toString('base64url'), admin: randomBytes(24).toString('base64url') };
  mkdirSync(resolve('data'), { recursive: true });
  writeFileSync(TOKENS, JSON.stringify(tokens, null, 2), { mode: 0o600 });
  return tokens;
}

const tokens = localTokens();
const env = {
  ...process.env,
  PROMPTWALL_INGEST_TOKEN: process.env.PROMPTWALL_INGEST_TOKEN || tokens.ingest,
  PROMPTWALL_ADMIN_TOKEN: process.env.PROMPTWALL_ADMIN_TOKEN || tokens.admin,
};
let server;
try {
  server = await startServer({ env, log: () => undefined });
} catch (err) {
  console.error(`Promptwall server did not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

const userPolicy = { reporting: { endpoint: server.url, token: env.PROMPTWALL_INGEST_TOKEN } };
console.log(`
Promptwall is running.

  Organisation server   ${server.url}   (database: ${env.DATABASE_URL || 'sqlite:data/promptwall.sqlite'})
  Dashboard             ${server.dashboardUrl}
                        password: ${env.PROMPTWALL_ADMIN_TOKEN}
  Ingest token          ${env.PROMPTWALL_INGEST_TOKEN}

  Extension (built)     ${EXTENSION}
    1. Open chrome://extensions, turn on Developer mode, "Load unpacked", choose the folder above.
    2. In its options (Advanced: edit as JSON), paste this so it reports here:
       ${JSON.stringify(userPolicy)}
       (IT deploys the same through managed policy: docs/deploy.md, \`npx promptwall policy templates OUT\`.)
    3. Open ChatGPT, Claude, Gemini or Copilot and paste an API key: the policy tip stops it,
       and the event shows on the dashboard.

  CLI                   npx promptwall scan FILE | npx promptwall redact < FILE | npx promptwall policy --help

Tokens for this demo are in data/local-tokens.json. Stop with Ctrl+C.`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close().then(() => process.exit(0), () => process.exit(1)));
}
