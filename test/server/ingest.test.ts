/**
 * The ingestion and admin API over real HTTP, the same suite on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_EVENTS } from '../../src/events/event.ts';
import { postgresPerFile } from './helpers/postgres-per-file.ts';
import { ADMIN_TOKEN, DIALECTS, INGEST_TOKEN, databaseUrl, makeEvent, startTestServer, type TestServer } from './helpers/server.ts';

const postgres = postgresPerFile();

describe.each(DIALECTS)('ingestion API on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await databaseUrl(dialect, postgres()), { rateLimitPerMinute: 1000 });
  });
  afterAll(async () => {
    await server?.close();
  });

  const count = async (query = '') => {
    const body = await (await server.admin(`/api/v1/admin/events?limit=500&${query}`)).json();
    return body.events.length as number;
  };

  it('answers /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: dialect });
  });

  it('accepts a batch and stores a replay once', async () => {
    const site = `replay-${dialect}.example`;
    const events = Array.from({ length: 20 }, () => makeEvent({ site }));
    const first = await server.ingest({ events });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ accepted: 20, duplicates: 0 });
    const again = await server.ingest({ events: [...events.slice(0, 10), makeEvent({ site })] });
    expect(await again.json()).toEqual({ accepted: 1, duplicates: 10 });
    expect(await count(`site=${site}`)).toBe(21);
    const summary = await (await server.admin(`/api/v1/admin/summary?site=${site}`)).json();
    expect(summary.totals.events).toBe(21);
  });

  it('counts the same id twice in one batch once', async () => {
    const site = `twice-${dialect}.example`;
    const e = makeEvent({ site });
    expect(await (await server.ingest({ events: [e, e] })).json()).toEqual({ accepted: 1, duplicates: 1 });
    expect(await count(`site=${site}`)).toBe(1);
  });

  it('refuses a wrong or missing token with 401', async () => {
    const wrong = await server.ingest({ events: [makeEvent()] }, 'not-the-token');
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).message).toMatch(/wrong ingest token/);
    const none = await fetch(`${server.url}/api/v1/events`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(none.status).toBe(401);
  });

  it('names an unknown field and stores nothing of the batch', async () => {
    const site = `unknown-${dialect}.example`;
    const events = [makeEvent({ site }), { ...makeEvent({ site }), colour: 'red' }, makeEvent({ site })];
    const res = await server.ingest({ events });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.message).toContain('events[1].colour: unknown field');
    expect(body.issues).toContainEqual({ path: 'events[1].colour', message: 'unknown field' });
    expect(await count(`site=${site}`)).toBe(0);
  });

  it('names a bad field', async () => {
    const res = await server.ingest({ events: [makeEvent(), makeEvent(), makeEvent({ kinds: { 'Bad Kind': 1 } })] });
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(/^events\[2\]\.kinds/);
    const action = await server.ingest({ events: [{ ...makeEvent(), action: 'exploded' }] });
    expect((await action.json()).message).toMatch(/^events\[0\]\.action: /);
  });

  it('rejects malformed JSON, a body without events and too many events with 400', async () => {
    const broken = await server.ingest('{"events": [');
    expect(broken.status).toBe(400);
    expect((await broken.json()).message).toMatch(/JSON/);
    const empty = await server.ingest({ events: [] });
    expect(empty.status).toBe(400);
    expect((await empty.json()).message).toMatch(/^events: /);
    const many = await server.ingest({ events: Array.from({ length: MAX_BATCH_EVENTS + 1 }, () => makeEvent()) });
    expect(many.status).toBe(400);
  });

  it('answers an oversized body with 413 and stores nothing', async () => {
    const site = `big-${dialect}.example`;
    const res = await server.ingest({ events: [makeEvent({ site, text: 'x'.repeat(9 * 1024 * 1024) })] });
    expect(res.status).toBe(413);
    expect((await res.json()).message).toMatch(/larger than \d+ bytes/);
    expect(await count(`site=${site}`)).toBe(0);
  });

  it('stores raw text only when sent, and shows it only in the event view', async () => {
    const withText = makeEvent({ text: 'my AWS key is AKIA…' });
    const without = makeEvent();
    await server.ingest({ events: [withText, without] });
    const one = await (await server.admin(`/api/v1/admin/events/${withText.id}`)).json();
    expect(one.text).toBe('my AWS key is AKIA…');
    expect((await (await server.admin(`/api/v1/admin/events/${without.id}`)).json()).text).toBeUndefined();
    const list = await (await server.admin('/api/v1/admin/events?limit=500')).json();
    const listed = list.events.find((e: { id: string }) => e.id === withText.id);
    expect(listed.hasText).toBe(true);
    expect(listed.text).toBeUndefined();
  });

  it('answers the CORS preflight of the extension', async () => {
    for (const path of ['/api/v1/events', '/api/v1/heartbeats']) {
      const res = await fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: { origin: 'chrome-extension://abcdefghijklmnop', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
      expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    }
    const post = await server.ingest({ events: [makeEvent()] });
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('keeps the ingest token out of the dashboard and exports; the admin token reads them', async () => {
    const paths = ['/api/v1/admin/summary', '/api/v1/admin/events', '/api/v1/admin/health', '/api/v1/admin/export/events.csv', '/api/v1/admin/export/ocsf'];
    for (const path of paths) {
      const asIngest = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${INGEST_TOKEN}` } });
      expect(asIngest.status, path).toBe(401);
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(401);
      expect((await server.admin(path)).status, path).toBe(200);
    }
    // And the admin token does not post events: each token does one job.
    expect((await server.ingest({ events: [makeEvent()] }, ADMIN_TOKEN)).status).toBe(401);
  });

  it('logs in with the admin token as password and out again', async () => {
    const wrong = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: INGEST_TOKEN }) });
    expect(wrong.status).toBe(401);
    const res = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: ADMIN_TOKEN }) });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect((await fetch(`${server.url}/api/v1/admin/summary`, { headers: { cookie } })).status).toBe(200);
    await fetch(`${server.url}/api/v1/session`, { method: 'DELETE', headers: { cookie } });
    expect((await fetch(`${server.url}/api/v1/admin/summary`, { headers: { cookie } })).status).toBe(401);
  });

  it('filters the summary and the event list by date, site and category', async () => {
    const site = `filters-${dialect}.example`;
    const day = (d: number, h = 12) => new Date(Date.UTC(2025, 0, d, h)).toISOString();
    await server.ingest({
      events: [
        makeEvent({ site, time: day(5), categories: ['secret'], action: 'blocked' }),
        makeEvent({ site, time: day(5, 3), categories: ['pii', 'financial'], action: 'redacted', user: 'u2' }),
        makeEvent({ site, time: day(6), categories: [], kinds: {}, action: 'allowed' }),
        makeEvent({ site, time: day(9), categories: ['pii'], action: 'overridden', justification: 'customer asked =1+1' }),
      ],
    });
    const summary = async (q: string) => (await server.admin(`/api/v1/admin/summary?site=${site}&${q}`)).json();
    const all = await summary('from=2025-01-01&to=2025-01-31');
    expect(all.totals).toMatchObject({ events: 4, flagged: 3, sites: 1 });
    expect(all.actions).toMatchObject({ blocked: 1, redacted: 1, allowed: 1, overridden: 1 });
    expect(all.series.unit).toBe('day');
    expect(all.series.counts.pii.reduce((a: number, b: number) => a + b, 0)).toBe(2);
    expect(all.justifications.map((j: { justification: string }) => j.justification)).toEqual(['customer asked =1+1']);
    const pii = await summary('from=2025-01-01&to=2025-01-31&category=pii');
    expect(pii.totals.events).toBe(2);
    expect(Object.keys(pii.series.counts)).toEqual(['pii']);
    const firstWeek = await summary('from=2025-01-05&to=2025-01-06');
    expect(firstWeek.totals.events).toBe(3);
    expect(firstWeek.series.unit).toBe('hour');
    expect(firstWeek.series.times).toHaveLength(48);
    expect(await count(`site=${site}&from=2025-01-01&to=2025-01-31&category=pii`)).toBe(2);
    expect(await count(`site=${site}&from=2025-01-01&to=2025-01-31&action=blocked`)).toBe(1);
    expect(await count(`site=${site}&from=2025-01-06&to=2025-01-31`)).toBe(2);
    const bad = await server.admin('/api/v1/admin/summary?from=yesterday');
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/^from: /);
  });

  it('pages through the event list without gaps or repeats', async () => {
    const site = `pages-${dialect}.example`;
    const base = Date.UTC(2025, 1, 1);
    // Two events per millisecond, so pages split inside equal timestamps.
    const events = Array.from({ length: 25 }, (_, i) => makeEvent({ site, time: new Date(base + Math.floor(i / 2)).toISOString() }));
    await server.ingest({ events });
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page: { events: { id: string }[]; next: string | null } = await (
        await server.admin(`/api/v1/admin/events?site=${site}&from=2025-02-01&to=2025-02-01&limit=7${next ? `&before=${next}` : ''}`)
      ).json();
      seen.push(...page.events.map((e) => e.id));
      next = page.next;
    } while (next);
    expect(seen).toHaveLength(25);
    expect(new Set(seen)).toEqual(new Set(events.map((e) => e.id)));
  });

  it('exports CSV rows for the filter, with formula cells defused', async () => {
    const site = `csv-${dialect}.example`;
    const events = [makeEvent({ site, action: 'overridden', justification: '=HYPERLINK("x"), really' }), makeEvent({ site })];
    await server.ingest({ events });
    const res = await server.admin(`/api/v1/admin/export/events.csv?site=${site}`);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="promptwall-events-/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,time,site,channel,categories,kinds,action,justification,/);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.startsWith(events[0].id))).toContain(`"'=HYPERLINK(""x""), really"`);
  });

  it('records heartbeats for coverage health', async () => {
    const post = (body: unknown) =>
      fetch(`${server.url}/api/v1/heartbeats`, {
        method: 'POST',
        headers: { authorization: `Bearer ${INGEST_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const beat = { device: `hb-${dialect}`, time: new Date().toISOString(), extensionVersion: '9.9.9', classifier: 'loaded', adapters: { chatgpt: 'ok', claude: 'fallback' }, outbox: { queued: 3, dropped: 2, deadLettered: 1 } };
    expect((await post(beat)).status).toBe(200);
    expect((await post({ ...beat, adapters: { chatgpt: 'ok', claude: 'fallback', gemini: 'ok' } })).status).toBe(200);
    const bad = await post({ ...beat, battery: 50 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toBe('battery: unknown field');
    expect((await post(beat).then(() => fetch(`${server.url}/api/v1/heartbeats`, { method: 'POST', body: '{}', headers: { authorization: 'Bearer x', 'content-type': 'application/json' } }))).status).toBe(401);
    const health = await (await server.admin('/api/v1/admin/health')).json();
    expect(health.versions).toContainEqual(expect.objectContaining({ extensionVersion: '9.9.9', devices: 1, silent: 0 }));
    expect(health.adapters).toContainEqual(expect.objectContaining({ adapter: 'claude', fallback: 1, failingVersions: ['9.9.9'] }));
    expect(health.outbox).toMatchObject({ dropped: 2, deadLettered: 1 });
  });
});

describe.each(DIALECTS)('rate limit on %s', (dialect) => {
  it('limits requests per token and says when to retry', async () => {
    const server = await startTestServer(await databaseUrl(dialect, postgres()), { rateLimitPerMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await server.ingest({ events: [makeEvent()] })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await server.ingest({ events: [makeEvent()] });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await limited.json()).message).toMatch(/rate limit/);
      // Another token has its own budget (it is wrong, so 401, but not 429).
      expect((await server.ingest({ events: [makeEvent()] }, 'another-token')).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});

describe.each(DIALECTS)('generated tokens on %s', (dialect) => {
  it('are generated and shown on the first start only, and keep working after a restart', async () => {
    const url = await databaseUrl(dialect, postgres());
    const first = await startTestServer(url, { ingestToken: undefined, adminToken: undefined });
    const { ingestToken, adminToken } = first;
    await first.close();
    expect(ingestToken).toMatch(/^[\w-]{43}$/);
    expect(adminToken).toMatch(/^[\w-]{43}$/);
    const second = await startTestServer(url, { ingestToken: undefined, adminToken: undefined });
    try {
      expect(second.ingestToken).toBeUndefined();
      expect(second.adminToken).toBeUndefined();
      expect((await second.ingest({ events: [makeEvent()] }, ingestToken)).status).toBe(200);
      const summary = await fetch(`${second.url}/api/v1/admin/summary`, { headers: { authorization: `Bearer ${adminToken}` } });
      expect(summary.status).toBe(200);
      expect((await fetch(`${second.url}/api/v1/admin/summary`, { headers: { authorization: `Bearer ${ingestToken}` } })).status).toBe(401);
    } finally {
      await second.close();
    }
  });
});
