/**
 * The dashboard's API, all under /api/v1/admin and all behind the admin token or a session: the summary the
 * charts draw, the event drill-down, coverage health, and the CSV and OCSF exports. Logging in and out is
 * /api/v1/session.
 */
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { requireAdmin, SESSION_COOKIE, cookieValue } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { toOcsf } from '../siem/ocsf.ts';
import { createSession, endSession, hashToken, sameHash, SESSION_HOURS } from '../store/credentials.ts';
import { readHealth } from '../store/devices.ts';
import { eventsAfter, findEvent, listEvents } from '../store/event-list.ts';
import { rowToEvent } from '../store/events.ts';
import { dayString, filterQuerySchema, toFilters } from '../store/filters.ts';
import { summarise } from '../store/summary.ts';
import { csvHeader, csvRow } from './csv.ts';
import { invalidRequest } from './ingest.ts';

const listQuery = filterQuerySchema.extend({
  before: z.string().regex(/^\d+\.\d+$/, 'expected the "next" value of the previous page').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const ocsfQuery = filterQuerySchema.extend({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});
const loginBody = z.strictObject({ password: z.string().min(1).max(1000) });

const CSV_PAGE = 2000;

export async function sessionRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // A guessed password costs a minute per 10 tries from one address.
  const rateLimit = { max: 10, timeWindow: 60_000 };
  app.post('/api/v1/session', { config: { rateLimit } }, async (request, reply) => {
    const parsed = loginBody.safeParse(request.body);
    if (!parsed.success) return invalidRequest(reply, parsed.error);
    if (!sameHash(hashToken(parsed.data.password), ctx.credentials.adminHash)) {
      return reply.code(401).send({ error: 'unauthorized', message: 'wrong password' });
    }
    const token = await createSession(ctx.db);
    // Secure when the request came over HTTPS (directly or, per X-Forwarded-Proto, through a proxy).
    const secure = request.protocol === 'https' ? '; Secure' : '';
    reply.header(
      'set-cookie',
      `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_HOURS * 3600}${secure}`,
    );
    return { ok: true };
  });
  app.delete('/api/v1/session', async (request, reply) => {
    const token = cookieValue(request, SESSION_COOKIE);
    if (token) await endSession(ctx.db, token);
    reply.header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    return { ok: true };
  });
}

export async function adminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.addHook('onRequest', requireAdmin(ctx.credentials, ctx.db));

  app.get('/api/v1/admin/summary', async (request, reply) => {
    const parsed = filterQuerySchema.pick({ from: true, to: true, site: true, category: true }).safeParse(request.query);
    if (!parsed.success) return invalidRequest(reply, parsed.error);
    return summarise(ctx.db, toFilters(parsed.data), ctx.config.sanctionedSites);
  });

  app.get('/api/v1/admin/health', async () => readHealth(ctx.db, ctx.config.silentAfterHours));

  app.get('/api/v1/admin/events', async (request, reply) => {
    const parsed = listQuery.safeParse(request.query);
    if (!parsed.success) return invalidRequest(reply, parsed.error);
    const { before, limit, ...filters } = parsed.data;
    return listEvents(ctx.db, toFilters(filters), { before, limit });
  });

  app.get<{ Params: { id: string } }>('/api/v1/admin/events/:id', async (request, reply) => {
    const event = await findEvent(ctx.db, request.params.id);
    return event ?? reply.code(404).send({ error: 'not_found', message: `no event ${request.params.id}` });
  });

  app.get('/api/v1/admin/export/events.csv', async (request, reply) => {
    const parsed = filterQuerySchema.safeParse(request.query);
    if (!parsed.success) return invalidRequest(reply, parsed.error);
    const f = toFilters(parsed.data);
    async function* lines() {
      yield csvHeader();
      for (let after = 0; ; ) {
        const rows = await eventsAfter(ctx.db, f, after, CSV_PAGE);
        for (const r of rows) yield csvRow(rowToEvent(r));
        if (rows.length < CSV_PAGE) return;
        after = rows[rows.length - 1].seq;
      }
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="promptwall-events-${dayString(f.fromDay)}-${dayString(f.toDay)}.csv"`)
      .send(Readable.from(lines()));
  });

  app.get('/api/v1/admin/export/ocsf', async (request, reply) => {
    const parsed = ocsfQuery.safeParse(request.query);
    if (!parsed.success) return invalidRequest(reply, parsed.error);
    const { after, limit, ...filters } = parsed.data;
    const rows = await eventsAfter(ctx.db, toFilters(filters), after, limit);
    return {
      events: rows.map((r) => toOcsf(rowToEvent(r), ctx.version)),
      next: rows.length === limit ? String(rows[rows.length - 1].seq) : null,
    };
  });
}
