/**
 * The extension's outbox with a fake store, fetch and clock: ordering, batching, backoff, Retry-After, dead
 * letters, splitting, bounds, serialised flushes and persistence across service-worker restarts.
 */
import { describe, expect, it } from 'vitest';
import type { PromptwallEvent } from '../../src/events/event.ts';
import { Outbox, type OutboxOptions, type OutboxState, type OutboxStore } from '../../src/events/outbox.ts';
import { makeEvent } from './helpers/server.ts';

/** Saves a JSON copy, as browser.storage.local does. */
class MemoryStore implements OutboxStore {
  saved: unknown = undefined;
  saves = 0;
  async load() {
    return this.saved === undefined ? undefined : JSON.parse(JSON.stringify(this.saved));
  }
  async save(state: OutboxState) {
    this.saves++;
    this.saved = JSON.parse(JSON.stringify(state));
  }
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error;

/** A server script: `answer` decides each request's reply from its events; requests are recorded. */
class FakeServer {
  requests: { url: string; auth: string; events: PromptwallEvent[] }[] = [];
  constructor(public answer: (events: PromptwallEvent[], n: number) => Reply = () => ({ status: 200 })) {}
  fetch: OutboxOptions['fetch'] = async (url, init) => {
    const events = (JSON.parse(init.body as string) as { events: PromptwallEvent[] }).events;
    this.requests.push({ url, auth: new Headers(init.headers).get('authorization')!, events });
    const reply = this.answer(events, this.requests.length);
    if (reply instanceof Error) throw reply;
    return new Response(JSON.stringify(reply.body ?? {}), { status: reply.status, headers: reply.headers });
  };
  get sent() {
    return this.requests.flatMap((r) => r.events.map((e) => e.id));
  }
}

function setup(server = new FakeServer(), store = new MemoryStore(), extra: Partial<OutboxOptions> = {}) {
  const clock = { now: 1_000_000 };
  const make = () =>
    new Outbox({ store, endpoint: 'https://pw.example/', token: 'tok', fetch: server.fetch, now: () => clock.now, random: () => 0.5, ...extra });
  return { server, store, clock, outbox: make(), make };
}

const events = (n: number) => Array.from({ length: n }, (_, i) => makeEvent({ site: `s${i}.example` }));

describe('outbox', () => {
  it('saves before enqueue resolves and sends in order in batches of at most 50', async () => {
    const { server, store, outbox } = setup();
    const all = events(120);
    for (const e of all) await outbox.enqueue(e);
    expect((store.saved as OutboxState).queue).toHaveLength(120);
    const result = await outbox.flush();
    expect(result).toMatchObject({ sent: 120, pending: 0 });
    expect(server.requests.map((r) => r.events.length)).toEqual([50, 50, 20]);
    expect(server.sent).toEqual(all.map((e) => e.id));
    expect(server.requests[0].url).toBe('https://pw.example/api/v1/events');
    expect(server.requests[0].auth).toBe('Bearer tok');
    expect(await outbox.nextAttemptAt()).toBeUndefined();
  });

  it('backs off exponentially with jitter on network errors and 5xx, capped', async () => {
    const server = new FakeServer((_, n) => (n % 2 ? new TypeError('fetch failed') : { status: 503 }));
    const { clock, outbox } = setup(server, undefined, { baseDelayMs: 1000, maxDelayMs: 60_000 });
    await outbox.enqueue(makeEvent());
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      const result = await outbox.flush();
      expect(result.sent).toBe(0);
      expect(result.error).toMatch(i % 2 ? /503/ : /unreachable/);
      const next = (await outbox.nextAttemptAt())!;
      delays.push(next - clock.now);
      // Not due yet: a flush now sends nothing.
      const before = server.requests.length;
      await outbox.flush();
      expect(server.requests.length).toBe(before);
      clock.now = next;
    }
    // random() = 0.5 → three quarters of base·2^k.
    expect(delays).toEqual([750, 1500, 3000, 6000, 12000, 24000, 45000, 45000, 45000]);
    expect((await outbox.status()).pending).toBe(1);
  });

  it('honours Retry-After on 429', async () => {
    let limited = true;
    const server = new FakeServer(() => (limited ? { status: 429, headers: { 'retry-after': '120' }, body: { message: 'slow down' } } : { status: 200 }));
    const { clock, outbox } = setup(server);
    await outbox.enqueue(makeEvent());
    const result = await outbox.flush();
    expect(result.error).toBe('server answered 429: slow down');
    expect(await outbox.nextAttemptAt()).toBe(clock.now + 120_000);
    limited = false;
    // A user's "Retry now" does not wait for the backoff.
    expect(await outbox.flush({ force: true })).toMatchObject({ sent: 1, pending: 0 });
    expect((await outbox.status()).lastError).toBeUndefined();
  });

  it('isolates the events a 400 refuses, keeps them with the message, and sends the rest', async () => {
    const all = events(50);
    const bad = new Set([all[7].id, all[31].id]);
    const server = new FakeServer((batch) => {
      const i = batch.findIndex((e) => bad.has(e.id));
      return i < 0 ? { status: 200 } : { status: 400, body: { message: `events[${i}].kinds: bad` } };
    });
    const { outbox } = setup(server);
    for (const e of all) await outbox.enqueue(e);
    const result = await outbox.flush();
    expect(result).toMatchObject({ sent: 48, rejected: 2, pending: 0 });
    const status = await outbox.status();
    expect(status.rejected.map((r) => r.event.id)).toEqual([all[7].id, all[31].id]);
    expect(status.rejected[0].message).toBe('events[0].kinds: bad');
    // Every good event acknowledged exactly once, in order.
    const acked = server.requests.filter((r) => !r.events.some((e) => bad.has(e.id))).flatMap((r) => r.events.map((e) => e.id));
    expect(acked).toEqual(all.filter((e) => !bad.has(e.id)).map((e) => e.id));
  });

  it('splits a batch the server finds too large (413)', async () => {
    const server = new FakeServer((batch) => (batch.length > 10 ? { status: 413, body: { message: 'too big' } } : { status: 200 }));
    const { outbox } = setup(server);
    for (const e of events(50)) await outbox.enqueue(e);
    expect(await outbox.flush()).toMatchObject({ sent: 50, rejected: 0, pending: 0 });
    expect(Math.max(...server.requests.filter((r) => r.events.length <= 10).map((r) => r.events.length))).toBeLessThanOrEqual(10);
    // A single event that is still too large is kept aside, not dropped.
    const huge = new FakeServer(() => ({ status: 413, body: { message: 'too big' } }));
    const second = setup(huge);
    await second.outbox.enqueue(makeEvent());
    expect(await second.outbox.flush()).toMatchObject({ rejected: 1, pending: 0 });
    expect((await second.outbox.status()).rejected[0].message).toMatch(/too large/);
  });

  it('keeps everything on 401 and shows the error', async () => {
    const server = new FakeServer(() => ({ status: 401, body: { message: 'wrong ingest token' } }));
    const { outbox } = setup(server);
    for (const e of events(3)) await outbox.enqueue(e);
    const result = await outbox.flush();
    expect(result).toMatchObject({ sent: 0, pending: 3 });
    const status = await outbox.status();
    expect(status.lastError).toMatch(/refused the ingest token \(401\): wrong ingest token/);
    expect(status.nextAttemptAt).toBeGreaterThan(1_000_000);
    expect(status.rejected).toEqual([]);
  });

  it('is bounded: keeps the newest and counts what it dropped', async () => {
    const { outbox, store } = setup(undefined, undefined, { maxQueue: 5 });
    const all = events(8);
    for (const e of all) await outbox.enqueue(e);
    const status = await outbox.status();
    expect(status).toMatchObject({ pending: 5, dropped: 3 });
    expect((store.saved as OutboxState).queue.map((e) => e.id)).toEqual(all.slice(3).map((e) => e.id));
  });

  it('serialises concurrent flushes: every event sent once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const server = new FakeServer(() => ({ status: 200 }));
    const slowFetch: OutboxOptions['fetch'] = async (url, init) => {
      await gate;
      return server.fetch(url, init);
    };
    const { outbox } = setup(server, undefined, { fetch: slowFetch });
    const all = events(30);
    for (const e of all) await outbox.enqueue(e);
    const flushes = [outbox.flush(), outbox.flush(), outbox.flush()];
    await outbox.enqueue(makeEvent());
    release();
    const results = await Promise.all(flushes);
    expect(results.reduce((a, r) => a + r.sent, 0)).toBe(31);
    expect(new Set(server.sent).size).toBe(server.sent.length);
    expect(server.sent).toHaveLength(31);
  });

  it('survives a restart: a new outbox on the same store resumes the queue, backoff and rejections', async () => {
    const store = new MemoryStore();
    const down = new FakeServer(() => ({ status: 503 }));
    const first = setup(down, store);
    const all = events(4);
    for (const e of all) await first.outbox.enqueue(e);
    await first.outbox.flush();
    const retryAt = await first.outbox.nextAttemptAt();

    const up = new FakeServer();
    const second = setup(up, store);
    second.clock.now = first.clock.now;
    expect(await second.outbox.nextAttemptAt()).toBe(retryAt);
    expect(await second.outbox.flush()).toMatchObject({ sent: 0, pending: 4 });
    second.clock.now = retryAt!;
    expect(await second.outbox.flush()).toMatchObject({ sent: 4, pending: 0 });
    expect(up.sent).toEqual(all.map((e) => e.id));
    expect(await second.make().status()).toMatchObject({ pending: 0, dropped: 0 });
  });

  it('starts empty on an unreadable store and says so', async () => {
    const store = new MemoryStore();
    store.saved = { queue: 'garbage' };
    const { outbox } = setup(undefined, store);
    expect(await outbox.status()).toMatchObject({ pending: 0, lastError: 'the stored report queue was unreadable and was reset' });
  });

  it('does not resolve enqueue when the store cannot save', async () => {
    const store = new MemoryStore();
    store.save = async () => {
      throw new Error('quota exceeded');
    };
    const { outbox } = setup(undefined, store);
    await expect(outbox.enqueue(makeEvent())).rejects.toThrow('quota exceeded');
    expect((await outbox.status()).pending).toBe(0);
  });

  it('sends heartbeats with the queue counts', async () => {
    const bodies: unknown[] = [];
    const fetch: OutboxOptions['fetch'] = async (url, init) => {
      bodies.push({ url, body: JSON.parse(init.body as string) });
      return new Response('{}', { status: 200 });
    };
    const { outbox } = setup(undefined, undefined, { fetch, maxQueue: 1 });
    await outbox.enqueue(makeEvent());
    await outbox.enqueue(makeEvent());
    await outbox.heartbeat({ device: 'd', time: new Date().toISOString(), extensionVersion: '1.0.0', classifier: 'loaded', adapters: {} });
    expect(bodies[0]).toMatchObject({ url: 'https://pw.example/api/v1/heartbeats', body: { device: 'd', outbox: { queued: 1, dropped: 1, deadLettered: 0 } } });
  });
});
