/**
 * The extension's durable report queue: events are saved before `enqueue` resolves and leave the queue only when
 * the server acknowledged them, so a dead service worker, a closed browser or a server that is down or restarting
 * loses nothing; a resent batch is harmless because the server stores each event id once.
 *
 * Pure logic: storage, fetch and the clock are injected (the extension backs the store with storage.local and
 * wakes `flush` with an alarm at `nextAttemptAt()`; timers do not survive a service worker).
 *
 * What the server answers decides what happens to a batch:
 * - 2xx: the batch is removed.
 * - 400 (an event the server will never take) and 413 (too large): the batch is split in halves until the
 *   refused event stands alone; it moves to the rejected list with the server's message, the rest is sent.
 * - 401/403: everything is kept; the error shows in `status()` and retries back off until IT fixes the token.
 * - network error, 429, 5xx, anything else: everything is kept, retry after exponential backoff with jitter
 *   (Retry-After honoured), capped.
 */
import type { Heartbeat, PromptwallEvent } from './event.ts';

export interface OutboxState {
  readonly v: 1;
  readonly queue: readonly PromptwallEvent[];
  readonly rejected: readonly RejectedEvent[];
  /** Events dropped because the queue (or the rejected list) was full; the oldest go first. */
  readonly dropped: number;
  /** Failed attempts in a row; sets the backoff. */
  readonly failures: number;
  /** No attempt before this time (epoch ms), after a failure. */
  readonly retryAt: number | null;
  readonly lastError: string | null;
}

export interface RejectedEvent {
  readonly event: PromptwallEvent;
  /** The server's reason (e.g. `events[0].kinds: …`). */
  readonly message: string;
  readonly at: number;
}

export interface OutboxStore {
  /** The last saved state, or undefined/null when nothing was saved yet. */
  load(): Promise<unknown>;
  save(state: OutboxState): Promise<void>;
}

type ResponseLike = Pick<Response, 'ok' | 'status' | 'headers' | 'text'>;

export interface OutboxOptions {
  store: OutboxStore;
  /** Server base URL (the policy's reporting.endpoint). */
  endpoint: string;
  /** Ingest token (the policy's reporting.token). */
  token: string;
  fetch: (url: string, init: RequestInit) => Promise<ResponseLike>;
  now?: () => number;
  /** 0 ≤ x < 1, for the jitter. */
  random?: () => number;
  maxQueue?: number;
  maxRejected?: number;
  batchSize?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  requestTimeoutMs?: number;
}

export interface OutboxStatus {
  pending: number;
  rejected: RejectedEvent[];
  dropped: number;
  lastError?: string;
  /** When the next attempt is due, while retries are backing off. */
  nextAttemptAt?: number;
}

export interface FlushResult {
  /** Events the server acknowledged in this flush. */
  sent: number;
  /** Events it refused in this flush (now in the rejected list). */
  rejected: number;
  pending: number;
  /** Set when the flush stopped on a failure; the queue waits until `nextAttemptAt`. */
  error?: string;
}

const EMPTY: OutboxState = { v: 1, queue: [], rejected: [], dropped: 0, failures: 0, retryAt: null, lastError: null };

/** What one POST came to. */
type Outcome =
  | { kind: 'ok' }
  | { kind: 'refused'; message: string }
  | { kind: 'retry'; message: string; retryAfterMs?: number };

/** The saved state, checked: a store holding something else starts empty, and says so in `lastError`. */
function readState(raw: unknown): OutboxState {
  if (raw === undefined || raw === null) return EMPTY;
  const s = raw as Partial<OutboxState>;
  const valid =
    typeof raw === 'object' &&
    s.v === 1 &&
    Array.isArray(s.queue) &&
    s.queue.every((e) => typeof e?.id === 'string') &&
    Array.isArray(s.rejected) &&
    typeof s.dropped === 'number' &&
    typeof s.failures === 'number';
  return valid ? ({ ...EMPTY, ...s } as OutboxState) : { ...EMPTY, lastError: 'the stored report queue was unreadable and was reset' };
}

/** Retry-After as seconds or an HTTP date → milliseconds from now. */
function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function serverMessage(res: ResponseLike): Promise<string> {
  const body = await res.text().catch(() => '');
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON: the text itself
  }
  return body.slice(0, 300) || `HTTP ${res.status}`;
}

export class Outbox {
  private readonly o: Required<Omit<OutboxOptions, 'store' | 'fetch' | 'endpoint' | 'token'>>;
  private state: OutboxState = EMPTY;
  private loaded?: Promise<void>;
  /** Saves run one after the other, each writing the state its change produced. */
  private saving: Promise<unknown> = Promise.resolve();
  private flushing: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: OutboxOptions) {
    this.o = {
      now: Date.now,
      random: Math.random,
      maxQueue: 10_000,
      maxRejected: 1000,
      batchSize: 50,
      baseDelayMs: 2000,
      maxDelayMs: 10 * 60_000,
      requestTimeoutMs: 30_000,
      ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
    } as typeof this.o;
  }

  private ready(): Promise<void> {
    this.loaded ??= this.opts.store.load().then((raw) => {
      this.state = readState(raw);
    });
    return this.loaded;
  }

  /** Applies `change` and saves the result; the change is kept in memory only once it is saved. */
  private update(change: (s: OutboxState) => OutboxState): Promise<void> {
    const run = this.saving.then(async () => {
      const next = change(this.state);
      await this.opts.store.save(next);
      this.state = next;
    });
    this.saving = run.catch(() => undefined);
    return run;
  }

  /** Resolves once the event is saved; when the queue is full the oldest event is dropped (and counted). */
  async enqueue(event: PromptwallEvent): Promise<void> {
    await this.ready();
    await this.update((s) => {
      const queue = [...s.queue, event];
      const over = Math.max(0, queue.length - this.o.maxQueue);
      return { ...s, queue: queue.slice(over), dropped: s.dropped + over };
    });
  }

  /**
   * Sends what is queued, oldest first, unless a retry is not yet due (`force`: now all the same, for a user's
   * "Retry now"). One flush runs at a time; a second waits for the first.
   */
  flush(options: { force?: boolean } = {}): Promise<FlushResult> {
    const run = this.flushing.then(() => this.flushQueued(options.force ?? false));
    this.flushing = run.catch(() => undefined);
    return run;
  }

  private async flushQueued(force: boolean): Promise<FlushResult> {
    await this.ready();
    const result: FlushResult = { sent: 0, rejected: 0, pending: 0 };
    const due = force || this.state.retryAt === null || this.state.retryAt <= this.o.now();
    while (due && this.state.queue.length && !result.error) {
      await this.deliver(this.state.queue.slice(0, this.o.batchSize), result);
    }
    result.pending = this.state.queue.length;
    result.error ??= due ? undefined : (this.state.lastError ?? undefined);
    return result;
  }

  /** Sends one batch; a refused batch is halved until the refused events stand alone. */
  private async deliver(batch: readonly PromptwallEvent[], result: FlushResult): Promise<void> {
    const outcome = await this.post(batch);
    if (outcome.kind === 'ok') {
      const ids = new Set(batch.map((e) => e.id));
      await this.update((s) => ({ ...s, queue: s.queue.filter((e) => !ids.has(e.id)), failures: 0, retryAt: null, lastError: null }));
      result.sent += batch.length;
    } else if (outcome.kind === 'refused' && batch.length === 1) {
      await this.reject(batch[0], outcome.message);
      result.rejected++;
    } else if (outcome.kind === 'refused') {
      const half = Math.ceil(batch.length / 2);
      await this.deliver(batch.slice(0, half), result);
      if (!result.error) await this.deliver(batch.slice(half), result);
    } else {
      await this.backOff(outcome.message, outcome.retryAfterMs);
      result.error = outcome.message;
    }
  }

  private reject(event: PromptwallEvent, message: string): Promise<void> {
    return this.update((s) => {
      const rejected = [...s.rejected, { event, message, at: this.o.now() }];
      const over = Math.max(0, rejected.length - this.o.maxRejected);
      return {
        ...s,
        queue: s.queue.filter((e) => e.id !== event.id),
        rejected: rejected.slice(over),
        dropped: s.dropped + over,
      };
    });
  }

  /** Exponential backoff with equal jitter (half fixed, half random), or the server's Retry-After; capped. */
  private backOff(message: string, retryAfter?: number): Promise<void> {
    return this.update((s) => {
      const failures = s.failures + 1;
      const exp = Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (failures - 1));
      const delay = Math.min(this.o.maxDelayMs, retryAfter ?? exp / 2 + this.o.random() * (exp / 2));
      return { ...s, failures, retryAt: this.o.now() + delay, lastError: message };
    });
  }

  private async post(batch: readonly PromptwallEvent[]): Promise<Outcome> {
    let res: ResponseLike;
    try {
      res = await this.request('/api/v1/events', { events: batch });
    } catch (err) {
      return { kind: 'retry', message: `server unreachable: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (res.ok) return { kind: 'ok' };
    const message = await serverMessage(res);
    if (res.status === 400) return { kind: 'refused', message };
    if (res.status === 413) return { kind: 'refused', message: `too large for the server: ${message}` };
    if (res.status === 401 || res.status === 403) {
      return { kind: 'retry', message: `the server refused the ingest token (${res.status}): ${message}` };
    }
    return {
      kind: 'retry',
      message: `server answered ${res.status}: ${message}`,
      retryAfterMs: retryAfterMs(res.headers.get('retry-after'), this.o.now()),
    };
  }

  private request(path: string, body: unknown): Promise<ResponseLike> {
    return this.opts.fetch(`${this.opts.endpoint.replace(/\/+$/, '')}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.opts.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(this.o.requestTimeoutMs),
    });
  }

  /** When `flush` should next run: now if events wait and no backoff is in force; undefined when nothing waits. */
  async nextAttemptAt(): Promise<number | undefined> {
    await this.ready();
    if (!this.state.queue.length) return undefined;
    return Math.max(this.state.retryAt ?? 0, this.o.now());
  }

  async status(): Promise<OutboxStatus> {
    await this.ready();
    const s = this.state;
    return {
      pending: s.queue.length,
      rejected: [...s.rejected],
      dropped: s.dropped,
      ...(s.lastError ? { lastError: s.lastError } : {}),
      ...(s.retryAt !== null && s.queue.length ? { nextAttemptAt: s.retryAt } : {}),
    };
  }

  /** Posts a heartbeat with this queue's counts (for the dashboard's coverage health); throws when not accepted. */
  async heartbeat(h: Omit<Heartbeat, 'outbox'>): Promise<void> {
    await this.ready();
    const outbox = { queued: this.state.queue.length, dropped: this.state.dropped, deadLettered: this.state.rejected.length };
    const res = await this.request('/api/v1/heartbeats', { ...h, outbox });
    if (!res.ok) throw new Error(`heartbeat refused (${res.status}): ${await serverMessage(res)}`);
  }
}
