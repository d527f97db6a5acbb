/**
 * Events: every check is recorded on this device (the popup's "last detections", masked previews only) and, when
 * the policy names an organisation endpoint, queued durably and delivered in batches (src/events/outbox.ts).
 * Service workers are stopped when idle, so retries are woken by browser alarms, not timers.
 */
import browser from 'webextension-polyfill';
import { Outbox, type OutboxStore } from '../../events/outbox.ts';
import type { PromptwallEvent } from '../../events/event.ts';
import type { Policy } from '../../policy/schema.ts';
import { CONFIG_KEY, type AdapterState, type CheckReport, type ContentConfig, type DeliveryStatus, type RecentDetection } from '../messages.ts';
import { deviceId, userIdentity } from './identity.ts';

const RECENT_KEY = 'recentDetections';
const OUTBOX_KEY = 'outbox';
const RECENT_LIMIT = 50;
const FLUSH_ALARM = 'promptwall-flush';
const HEARTBEAT_ALARM = 'promptwall-heartbeat';
const HEARTBEAT_MINUTES = 60;

const store: OutboxStore = {
  load: async () => (await browser.storage.local.get(OUTBOX_KEY))[OUTBOX_KEY],
  save: async (state) => browser.storage.local.set({ [OUTBOX_KEY]: state }),
};

export class Reporter {
  private outbox?: { endpoint: string; token: string; box: Outbox };

  constructor(private readonly policy: () => Promise<Policy>) {}

  /** One outbox per endpoint and token; a policy change starts a new one over the same stored queue. */
  private async current(): Promise<Outbox | undefined> {
    const { endpoint, token } = (await this.policy()).reporting;
    if (!endpoint) return undefined;
    if (this.outbox?.endpoint !== endpoint || this.outbox.token !== token) {
      this.outbox = { endpoint, token, box: new Outbox({ store, endpoint, token, fetch: (input, init) => fetch(input, init) }) };
    }
    return this.outbox.box;
  }

  async record(report: CheckReport): Promise<void> {
    const policy = await this.policy();
    const time = new Date().toISOString();
    const { previews, text, ...fields } = report;
    const recent: RecentDetection = { time, site: report.site, channel: report.channel, action: report.action, categories: report.categories, kinds: report.kinds, previews, ...optional('justification', report.justification) };
    await browser.storage.local.set({ [RECENT_KEY]: [recent, ...(await this.recent())].slice(0, RECENT_LIMIT) });

    const outbox = await this.current();
    if (!outbox) return;
    const event: PromptwallEvent = {
      ...stripUndefined(fields),
      id: crypto.randomUUID(),
      time,
      ...(await sender(policy)),
      mode: policy.mode,
      ...optional('text', policy.reporting.includeRawText ? text : undefined),
    };
    await outbox.enqueue(event);
    await this.flush();
  }

  async recent(): Promise<RecentDetection[]> {
    return ((await browser.storage.local.get(RECENT_KEY))[RECENT_KEY] as RecentDetection[] | undefined) ?? [];
  }

  async delivery(): Promise<DeliveryStatus> {
    const outbox = await this.current();
    const endpoint = (await this.policy()).reporting.endpoint;
    if (!outbox) return { endpoint, pending: 0, rejected: [], dropped: 0 };
    const s = await outbox.status();
    return {
      endpoint,
      pending: s.pending,
      rejected: s.rejected.map((r) => ({ id: r.event.id, message: r.message })),
      lastError: s.lastError,
      nextAttemptAt: s.nextAttemptAt === undefined ? undefined : new Date(s.nextAttemptAt).toISOString(),
      dropped: s.dropped,
    };
  }

  /** Sends what waits; `force` (the popup's "Retry now") ignores the backoff after failures. */
  async flush(force = false): Promise<DeliveryStatus> {
    const outbox = await this.current();
    if (outbox) {
      await outbox.flush({ force });
      await this.schedule();
    }
    return this.delivery();
  }

  /** Wakes the service worker when the outbox's next attempt is due. */
  async schedule(): Promise<void> {
    const outbox = await this.current();
    const next = outbox ? await outbox.nextAttemptAt() : undefined;
    if (next === undefined) await browser.alarms.clear(FLUSH_ALARM);
    else browser.alarms.create(FLUSH_ALARM, { when: Math.max(next, Date.now() + 1000) });
  }

  /** Alarms: retries, and an hourly heartbeat with this device's coverage for the dashboard. */
  listen(coverage: () => Promise<Record<string, AdapterState>>): void {
    browser.alarms.create(HEARTBEAT_ALARM, { periodInMinutes: HEARTBEAT_MINUTES, delayInMinutes: 1 });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === FLUSH_ALARM) void this.flush();
      if (alarm.name === HEARTBEAT_ALARM) void this.heartbeat(coverage);
    });
  }

  private async heartbeat(coverage: () => Promise<Record<string, AdapterState>>): Promise<void> {
    const outbox = await this.current();
    if (!outbox) return;
    const policy = await this.policy();
    const config = (await browser.storage.local.get(CONFIG_KEY))[CONFIG_KEY] as ContentConfig | undefined;
    await outbox
      .heartbeat({
        ...(await sender(policy)),
        time: new Date().toISOString(),
        classifier: config?.classifier === 'loaded' ? 'loaded' : policy.classifier.enabled ? 'unavailable' : 'disabled',
        adapters: await coverage(),
      })
      .catch((err: unknown) => console.warn('[Promptwall] heartbeat not delivered:', err));
  }
}

/** Who reports, as events and heartbeats both name it: this device, the user as policy says, the versions. */
async function sender(policy: Policy) {
  const device = await deviceId();
  return {
    device,
    ...optional('user', await userIdentity(policy, device)),
    ...optional('department', policy.reporting.department || undefined),
    extensionVersion: browser.runtime.getManifest().version,
    ...optional('policyVersion', policy.version || undefined),
  };
}

/** The event schema is strict: absent optional fields are left out rather than sent as undefined. */
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
const stripUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
