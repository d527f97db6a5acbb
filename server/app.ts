/**
 * The HTTP server: fastify with the ingestion, session, admin and dashboard routes, /healthz, and one error shape
 * for every failure, `{"error": code, "message": what to fix}`.
 */
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';
import { adminRoutes, sessionRoutes } from './routes/admin.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { ingestRoutes } from './routes/ingest.ts';

export async function buildServer(ctx: AppContext, log: (line: string) => void = console.error): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: ctx.config.bodyLimitBytes, logger: false, trustProxy: true });

  app.setErrorHandler((err: FastifyError, _request, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({
        error: 'payload_too_large',
        message: `request body is larger than ${ctx.config.bodyLimitBytes} bytes: send fewer events per batch`,
      });
    }
    const status = err.statusCode ?? 500;
    if (status < 500) {
      const error = status === 429 ? 'rate_limited' : status === 415 ? 'unsupported_media_type' : 'bad_request';
      return reply.code(status).send({ error, message: err.message });
    }
    log(`error: ${err.stack ?? err.message}`);
    return reply.code(500).send({ error: 'internal', message: 'internal error; the server log has the details' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );

  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `rate limit of ${context.max} requests per minute exceeded; retry in ${context.after}`,
    }),
  });

  app.get('/healthz', async (_request, reply) =>
    (await ctx.db.ping())
      ? { status: 'ok', database: ctx.db.dialect }
      : reply.code(503).send({ status: 'unavailable', message: 'the database cannot be reached' }),
  );
  await app.register(async (scope) => ingestRoutes(scope, ctx));
  await app.register(async (scope) => sessionRoutes(scope, ctx));
  await app.register(async (scope) => adminRoutes(scope, ctx));
  await app.register(async (scope) => dashboardRoutes(scope));
  return app;
}
