/**
 * Coverage health from the devices' heartbeats: one row per device (its latest report) and one per device and
 * site adapter, so the dashboard can say which extension versions report in, which devices went silent, and
 * which adapters fall back to the generic hook (their selectors no longer find the prompt box).
 */
import type { Heartbeat } from '../../src/events/event.ts';
import type { Db } from '../db/db.ts';
import { insertRows } from './rows.ts';

export async function storeHeartbeat(db: Db, h: Heartbeat, receivedMs = Date.now()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO devices (device, user_name, department, extension_version, policy_version, classifier, reported_ms,
         first_seen_ms, last_seen_ms, queued, dropped, dead_lettered)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (device) DO UPDATE SET user_name = excluded.user_name, department = excluded.department,
         extension_version = excluded.extension_version, policy_version = excluded.policy_version,
         classifier = excluded.classifier, reported_ms = excluded.reported_ms, last_seen_ms = excluded.last_seen_ms,
         queued = excluded.queued, dropped = excluded.dropped, dead_lettered = excluded.dead_lettered`,
      [
        h.device, h.user ?? null, h.department ?? null, h.extensionVersion, h.policyVersion ?? null, h.classifier,
        Date.parse(h.time), receivedMs, receivedMs, h.outbox?.queued ?? null, h.outbox?.dropped ?? null,
        h.outbox?.deadLettered ?? null,
      ],
    );
    await tx.run('DELETE FROM device_adapters WHERE device = ?', [h.device]);
    const adapters = Object.entries(h.adapters).sort(([a], [b]) => (a < b ? -1 : 1));
    await insertRows(tx, 'device_adapters', ['device', 'adapter', 'state'], adapters.map(([a, s]) => [h.device, a, s]), '');
  });
}

export interface Health {
  devices: { total: number; silent: number; silentAfterHours: number };
  versions: { extensionVersion: string; devices: number; silent: number; lastSeen: string }[];
  classifier: Record<string, number>;
  adapters: { adapter: string; ok: number; fallback: number; unused: number; failingVersions: string[] }[];
  silentDevices: { device: string; user: string | null; department: string | null; extensionVersion: string; lastSeen: string }[];
  outbox: { devicesDropping: number; dropped: number; devicesDeadLettering: number; deadLettered: number; queued: number };
  siem: { sink: string; queued: number; sent: number; lastSuccess: string | null; lastError: string | null; lastErrorAt: string | null }[];
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export async function readHealth(db: Db, silentAfterHours: number, nowMs = Date.now()): Promise<Health> {
  const silentBefore = nowMs - silentAfterHours * 3_600_000;
  const versions = await db.all<{ v: string; devices: number; silent: number; last: number }>(
    `SELECT extension_version AS v, COUNT(*) AS devices, SUM(CASE WHEN last_seen_ms < ? THEN 1 ELSE 0 END) AS silent,
       MAX(last_seen_ms) AS last
     FROM devices GROUP BY extension_version ORDER BY COUNT(*) DESC, extension_version`,
    [silentBefore],
  );
  const classifier = await db.all<{ classifier: string; n: number }>(
    'SELECT classifier, COUNT(*) AS n FROM devices WHERE last_seen_ms >= ? GROUP BY classifier',
    [silentBefore],
  );
  // Adapters as reported by the devices still reporting; a device silent for long says nothing about today's sites.
  const adapterRows = await db.all<{ adapter: string; state: 'ok' | 'fallback' | 'unused'; v: string; n: number }>(
    `SELECT a.adapter, a.state, d.extension_version AS v, COUNT(*) AS n FROM device_adapters a
     JOIN devices d ON d.device = a.device WHERE d.last_seen_ms >= ?
     GROUP BY a.adapter, a.state, d.extension_version`,
    [silentBefore],
  );
  const adapters = new Map<string, Health['adapters'][number]>();
  for (const r of adapterRows) {
    const a = adapters.get(r.adapter) ?? { adapter: r.adapter, ok: 0, fallback: 0, unused: 0, failingVersions: [] };
    adapters.set(r.adapter, a);
    a[r.state] += r.n;
    if (r.state === 'fallback' && !a.failingVersions.includes(r.v)) a.failingVersions.push(r.v);
  }
  const silentDevices = await db.all<{ device: string; user_name: string | null; department: string | null; v: string; last: number }>(
    `SELECT device, user_name, department, extension_version AS v, last_seen_ms AS last FROM devices
     WHERE last_seen_ms < ? ORDER BY last_seen_ms DESC LIMIT 20`,
    [silentBefore],
  );
  const [outbox] = await db.all<{ dd: number | null; d: number | null; xd: number | null; x: number | null; q: number | null }>(
    `SELECT SUM(CASE WHEN dropped > 0 THEN 1 ELSE 0 END) AS dd, SUM(dropped) AS d,
       SUM(CASE WHEN dead_lettered > 0 THEN 1 ELSE 0 END) AS xd, SUM(dead_lettered) AS x, SUM(queued) AS q FROM devices`,
  );
  const queued = new Map(
    (await db.all<{ sink: string; n: number }>('SELECT sink, COUNT(*) AS n FROM siem_queue GROUP BY sink')).map((r) => [r.sink, r.n]),
  );
  const status = await db.all<{ sink: string; sent: number; last_success_ms: number | null; last_error: string | null; last_error_ms: number | null }>(
    'SELECT sink, sent, last_success_ms, last_error, last_error_ms FROM siem_status ORDER BY sink',
  );
  const sinks = new Set([...status.map((s) => s.sink), ...queued.keys()]);
  return {
    devices: {
      total: versions.reduce((a, v) => a + v.devices, 0),
      silent: versions.reduce((a, v) => a + v.silent, 0),
      silentAfterHours,
    },
    versions: versions.map((v) => ({ extensionVersion: v.v, devices: v.devices, silent: v.silent, lastSeen: new Date(v.last).toISOString() })),
    classifier: Object.fromEntries(classifier.map((c) => [c.classifier, c.n])),
    adapters: [...adapters.values()].sort((a, b) => b.fallback - a.fallback || (a.adapter < b.adapter ? -1 : 1)),
    silentDevices: silentDevices.map((d) => ({
      device: d.device,
      user: d.user_name,
      department: d.department,
      extensionVersion: d.v,
      lastSeen: new Date(d.last).toISOString(),
    })),
    outbox: {
      devicesDropping: outbox.dd ?? 0,
      dropped: outbox.d ?? 0,
      devicesDeadLettering: outbox.xd ?? 0,
      deadLettered: outbox.x ?? 0,
      queued: outbox.q ?? 0,
    },
    siem: [...sinks].sort().map((sink) => {
      const s = status.find((x) => x.sink === sink);
      return {
        sink,
        queued: queued.get(sink) ?? 0,
        sent: s?.sent ?? 0,
        lastSuccess: iso(s?.last_success_ms ?? null),
        lastError: s?.last_error ?? null,
        lastErrorAt: iso(s?.last_error_ms ?? null),
      };
    }),
  };
}
