/**
 * The extension's endpoints: POST /api/v1/events and POST /api/v1/heartbeats, with the ingest token, CORS for
 * extension origins (the token travels in a header, not a cookie, so any origin may call), and a rate limit per
 * token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { describeIssues, eventBatchSchema, heartbeatSchema } from '../../src/events/event.ts';
import { bearerToken, requireIngest } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { hashToken } from '../store/credentials.ts';
import { storeHeartbeat } from '../store/devices.ts';
import { storeEvents } from '../store/events.ts';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type',
  'access-control-max-age': '86400',
};

/** 400 with every problem named by path; the message carries the first few for logs and the extension's popup. */
export function invalidRequest(reply: FastifyReply, error: z.ZodError) {
  const issues = describeIssues(error);
  const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return reply.code(400).send({ error: 'invalid_request', message: shown.join('; ') + more, issues });
}

export async function ingestRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const rateLimit = {
    max: ctx.config.rateLimitPerMinute,
    timeWindow: 60_000,
    // Per token (hashed, so no token sits in the limiter's memory); requests without one are limited per address.
    keyGenerator: (request: FastifyRequest) => {
      const token = bearerToken(request);
      return token ? hashToken(token) : `ip:${request.ip}`;
    },
  };
  const options = { onRequest: requireIngest(ctx.credentials), config: { rateLimit } };

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(CORS);
  });
  for (const path of ['/api/v1/events', '/api/v1/heartbeats']) {
    app.options(path, async (_request, reply) => reply.code(204).send());
  }

  app.post('/api/v1/events', options, async (request, reply) => {
    const parsed = eventBatchSchema.safeParse(request.body);
    if (!parsed.success) return invalidRequest(reply, parsed.error);
    const result = await storeEvents(ctx.db, parsed.data.events, ctx.sinks);
    if (result.accepted) ctx.onStored?.();
    return result;
  });

  app.post('/api/v1/heartbeats', options, async (request, reply) => {
    const parsed = heartbeatSchema.safeParse(request.body);
    if (!parsed.success) return invalidRequest(reply, parsed.error);
    await storeHeartbeat(ctx.db, parsed.data);
    return { ok: true };
  });
}
