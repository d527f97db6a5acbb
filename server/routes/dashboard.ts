/**
 * The dashboard page: a static HTML shell and the esbuild bundle of server/dashboard/ (preact + uPlot) from
 * dist/dashboard, built by scripts/build-server.mjs. Everything it shows comes from the admin API.
 */
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** dist/dashboard/ of the project, from this file (server/routes/*.ts) or from the server bundle (dist/*.mjs). */
const DIST = fileURLToPath(new URL(import.meta.url.endsWith('.mjs') ? './dashboard/' : '../../dist/dashboard/', import.meta.url));

const ASSETS = { 'app.js': 'text/javascript; charset=utf-8', 'app.css': 'text/css; charset=utf-8' } as const;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Promptwall</title>
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body><div id="app"></div></body>
</html>
`;

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export async function dashboardRoutes(app: FastifyInstance, dist = DIST): Promise<void> {
  // Read once at start: the bundle is small and changes only with a rebuild (and a restart).
  const files = new Map<string, Buffer>();
  for (const name of Object.keys(ASSETS)) {
    try {
      files.set(name, readFileSync(`${dist}${name}`));
    } catch {
      // reported by the page route below
    }
  }
  app.get('/', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (files.size < Object.keys(ASSETS).length) {
      return reply.code(503).type('text/plain').send('The dashboard is not built: run `node scripts/build-server.mjs`.');
    }
    return reply.type('text/html; charset=utf-8').send(PAGE);
  });
  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const type = ASSETS[request.params.name as keyof typeof ASSETS];
    const body = type && files.get(request.params.name);
    if (!body) return reply.code(404).send({ error: 'not_found', message: 'no such asset' });
    return reply.headers(SECURITY_HEADERS).header('cache-control', 'no-cache').type(type).send(body);
  });
}
