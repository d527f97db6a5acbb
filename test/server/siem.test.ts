/**
 * SIEM forwarding against local fakes: a Splunk HEC that is down at first (retries, also across a server
 * restart), syslog listeners over UDP and TCP receiving CEF lines, and the OCSF export checked against the shape
 * docs/api.md documents. Same suite on SQLite and PostgreSQL.
 */
import dgram from 'node:dgram';
import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { PromptwallEvent } from '../../src/events/event.ts';
import type { SiemConfig } from '../../server/config.ts';
import { freePort } from './helpers/net.ts';
import { postgresPerFile } from './helpers/postgres-per-file.ts';
import { DIALECTS, databaseUrl, makeEvent, startTestServer } from './helpers/server.ts';

const postgres = postgresPerFile();

async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A fake HEC: records each request's token and events. */
function fakeHec(port: number) {
  const received: { auth: string; events: { event: PromptwallEvent; sourcetype: string; time: number }[] }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      // Concatenated JSON objects, one per line.
      received.push({ auth: req.headers.authorization ?? '', events: body.split('\n').map((l) => JSON.parse(l)) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"text":"Success","code":0}');
    });
  });
  return {
    received,
    ids: () => received.flatMap((r) => r.events.map((e) => e.event.id)),
    start: () => new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r())),
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Splits a CEF line into its 7 header fields and extension map, undoing the escapes. */
function parseCef(line: string): { header: string[]; ext: Record<string, string> } {
  const m = /^(<\d+>1 \S+ \S+ promptwall - - - )(CEF:0\|.*)$/.exec(line);
  if (!m) throw new Error(`not RFC 5424 + CEF: ${line}`);
  const header: string[] = [];
  let field = '';
  let i = 0;
  const body = m[2];
  for (; header.length < 7; i++) {
    const ch = body[i];
    if (ch === '\\') field += body[++i];
    else if (ch === '|') {
      header.push(field);
      field = '';
    } else if (ch === undefined) throw new Error(`CEF header has fewer than 8 fields: ${line}`);
    else field += ch;
  }
  const ext: Record<string, string> = {};
  // key=value pairs; a value runs to the next unescaped " key=".
  const rest = body.slice(i);
  const pairs = rest.split(/ (?=[A-Za-z0-9]+=)/);
  for (const pair of pairs) {
    const eq = pair.search(/(?<!\\)=/);
    const key = pair.slice(0, eq);
    ext[key] = pair.slice(eq + 1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
  }
  return { header, ext };
}

describe.each(DIALECTS)('SIEM forwarding on %s', (dialect) => {
  it('delivers to Splunk HEC after it was down (also across a restart) and as CEF over UDP and TCP syslog', async () => {
    const hecPort = await freePort();
    const hec = fakeHec(hecPort);
    const udpLines: string[] = [];
    const udp = dgram.createSocket('udp4');
    udp.on('message', (m) => udpLines.push(m.toString()));
    await new Promise<void>((r) => udp.bind(0, '127.0.0.1', () => r()));
    const tcpLines: string[] = [];
    const tcp = net.createServer((s) => {
      let buf = '';
      s.on('data', (d) => {
        buf += d;
        const lines = buf.split('\n');
        buf = lines.pop()!;
        tcpLines.push(...lines);
      });
    });
    await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', () => r()));

    const siem: SiemConfig = {
      splunk: { url: `http://127.0.0.1:${hecPort}/services/collector/event`, token: 'hec-token', sourcetype: 'promptwall:event', index: 'security' },
      syslog: [
        { protocol: 'udp', host: '127.0.0.1', port: (udp.address() as net.AddressInfo).port },
        { protocol: 'tcp', host: '127.0.0.1', port: (tcp.address() as net.AddressInfo).port },
      ],
      batchSize: 50,
      maxBackoffMs: 500,
      pollMs: 100,
    };
    const url = await databaseUrl(dialect, postgres());
    const tricky = makeEvent({
      user: 'ann|lee\\ops=1',
      department: 'R&D\nLab',
      action: 'overridden',
      categories: ['pii', 'secret'],
      kinds: { email: 2, aws_access_key: 1 },
      justification: 'ticket=42 | approved\\by boss',
      text: 'the raw prompt must never reach a SIEM',
    });
    const events = [tricky, ...Array.from({ length: 119 }, () => makeEvent())];

    let server = await startTestServer(url, { siem });
    try {
      expect((await server.ingest({ events: events.slice(0, 60) })).status).toBe(200);
      // HEC is down: delivery fails and is retried; the failure shows in coverage health.
      await until(() => udpLines.length >= 60 && tcpLines.length >= 60, 'syslog lines');
      await new Promise((r) => setTimeout(r, 300));
      const health = await (await server.admin('/api/v1/admin/health')).json();
      const splunk = health.siem.find((s: { sink: string }) => s.sink === 'splunk');
      expect(splunk.queued).toBe(60);
      expect(splunk.lastError).toMatch(/fetch failed|ECONNREFUSED/);
      await server.close();

      // Restarted on the same database, still down, more events; then HEC comes up.
      server = await startTestServer(url, { siem });
      expect((await server.ingest({ events: events.slice(60) })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 500));
      await hec.start();
      await until(() => new Set(hec.ids()).size === 120, 'all events at HEC');
      await until(() => tcpLines.length >= 120 && udpLines.length >= 120, 'all syslog lines');
      const after = await (await server.admin('/api/v1/admin/health')).json();
      expect(after.siem.map((s: { queued: number }) => s.queued)).toEqual([0, 0, 0]);
    } finally {
      await server.close();
      await hec.stop().catch(() => undefined);
      udp.close();
      tcp.close();
    }

    expect(new Set(hec.ids())).toEqual(new Set(events.map((e) => e.id)));
    expect(hec.received.every((r) => r.auth === 'Splunk hec-token')).toBe(true);
    const hecTricky = hec.received.flatMap((r) => r.events).find((e) => e.event.id === tricky.id)!;
    expect(hecTricky).toMatchObject({ sourcetype: 'promptwall:event', index: 'security', source: 'promptwall', host: 'dev-1' });
    expect(hecTricky.time).toBe(Date.parse(tricky.time) / 1000);
    expect(hecTricky.event.justification).toBe(tricky.justification);
    expect(hecTricky.event.text).toBeUndefined();

    for (const lines of [udpLines, tcpLines]) {
      const parsed = lines.map(parseCef);
      expect(new Set(parsed.map((p) => p.ext.externalId))).toEqual(new Set(events.map((e) => e.id)));
      const t = parsed.find((p) => p.ext.externalId === tricky.id)!;
      expect(t.header).toEqual(['CEF:0', 'Promptwall', 'Promptwall', expect.stringMatching(/^\d+\.\d+\.\d+/), 'prompt-overridden', 'Prompt overridden: secret,pii', '8']);
      expect(t.ext).toMatchObject({
        act: 'overridden',
        cat: 'secret,pii',
        suser: 'ann|lee\\ops=1',
        cs2: 'R&D\nLab',
        cs5: 'ticket=42 | approved\\by boss',
        cs5Label: 'justification',
        cs3: 'email:2,aws_access_key:1',
        dhost: 'chatgpt.com',
        rt: String(Date.parse(tricky.time)),
      });
      expect(lines.join('\n')).not.toContain('the raw prompt');
    }
    // On the wire: escaped as CEF requires.
    const raw = udpLines.find((l) => l.includes(tricky.id))!;
    expect(raw).toContain('suser=ann|lee\\\\ops\\=1');
    expect(raw).toContain('cs2=R&D\\nLab');
    expect(raw).not.toContain('\n');
  });
});

/** The OCSF Data Security Finding shape as docs/api.md documents it. */
const ocsfFinding = z.looseObject({
  class_uid: z.literal(2006),
  category_uid: z.literal(2),
  activity_id: z.literal(1),
  type_uid: z.literal(200601),
  time: z.int().positive(),
  severity_id: z.int().min(1).max(5),
  status_id: z.literal(1),
  action_id: z.union([z.literal(1), z.literal(2)]),
  disposition_id: z.int(),
  is_alert: z.boolean(),
  message: z.string(),
  metadata: z.looseObject({
    version: z.string().regex(/^1\.\d+\.\d+$/),
    uid: z.uuid(),
    product: z.looseObject({ name: z.literal('Promptwall'), vendor_name: z.literal('Promptwall'), version: z.string() }),
  }),
  finding_info: z.looseObject({ uid: z.uuid(), title: z.string(), types: z.array(z.string()), created_time: z.int() }),
  actor: z.looseObject({ user: z.looseObject({}) }).optional(),
  device: z.looseObject({ uid: z.string(), type_id: z.int() }).optional(),
  dst_endpoint: z.looseObject({ hostname: z.string() }),
  data_security: z.looseObject({ detection_system_id: z.literal(1), data_lifecycle_state_id: z.literal(3), detection_pattern: z.string() }),
  unmapped: z.looseObject({ channel: z.string(), kinds: z.record(z.string(), z.int()) }),
});

describe.each(DIALECTS)('OCSF export on %s', (dialect) => {
  it('pages findings of the documented shape, without raw text', async () => {
    const server = await startTestServer(await databaseUrl(dialect, postgres()));
    try {
      const events = [
        makeEvent({ action: 'blocked', text: 'secret stuff' }),
        makeEvent({ action: 'redacted', categories: ['pii'], user: 'ann@example.com' }),
        makeEvent({ action: 'overridden', justification: 'needed' }),
      ];
      await server.ingest({ events });
      const page1 = await (await server.admin('/api/v1/admin/export/ocsf?limit=2')).json();
      expect(page1.events).toHaveLength(2);
      expect(page1.next).not.toBeNull();
      const page2 = await (await server.admin(`/api/v1/admin/export/ocsf?limit=2&after=${page1.next}`)).json();
      expect(page2.next).toBeNull();
      const all = [...page1.events, ...page2.events];
      for (const f of all) ocsfFinding.parse(f);
      expect(all.map((f) => f.metadata.uid).sort()).toEqual(events.map((e) => e.id).sort());
      const byId = Object.fromEntries(all.map((f) => [f.metadata.uid, f]));
      expect(byId[events[0].id]).toMatchObject({ action_id: 2, disposition_id: 2 });
      expect(byId[events[1].id]).toMatchObject({ action_id: 1, disposition_id: 11, actor: { user: { email_addr: 'ann@example.com' } } });
      expect(byId[events[2].id].unmapped.justification).toBe('needed');
      expect(JSON.stringify(all)).not.toContain('secret stuff');
    } finally {
      await server.close();
    }
  });
});
