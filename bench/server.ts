/**
 * Organisation server benchmarks (`npx tsx bench/server.ts`, or `benchServer()` from `npm run bench`):
 *
 *   1. ingestion, batches of 50, real HTTP to the real server in a child process (`dist/server-main.mjs`, what
 *      `npm run server` runs): the most events/s (clients posting back to back) and the latency under a steady
 *      5,000 events/s; one instance on SQLite, one on PostgreSQL, and two instances on one PostgreSQL
 *      (PostgreSQL with its default, durable settings). The load generator shares the machine's two cores;
 *   2. dashboard first render with 1 million stored events, in headless Chromium: from navigation to the chart
 *      drawn (and the tiles filled).
 *
 * Everything runs on this machine (loopback only) in temporary directories. Environment: BENCH_QUICK=1 for
 * fewer events (the targets are then reported but not judged), BENCH_DASHBOARD_EVENTS to change the 1 million.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CATEGORIES, type Category } from '../src/engine/types.ts';
import { CHANNELS, type PromptwallEvent } from '../src/events/event.ts';
import { openDatabase } from '../server/db/db.ts';
import { migrate } from '../server/db/migrations.ts';
import { storeEvents } from '../server/store/events.ts';
import { freePort } from '../test/server/helpers/net.ts';
import { startPostgres } from '../test/server/helpers/postgres.ts';
import { table } from './table.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.env.BENCH_QUICK === '1';
const INGEST_EVENTS = QUICK ? 10_000 : 60_000;
const DASHBOARD_EVENTS = Number(process.env.BENCH_DASHBOARD_EVENTS ?? (QUICK ? 100_000 : 1_000_000));
const BATCH = 50;
const CONCURRENCY = 4;
const TARGET_RATE = 5000;
const LATENCY_EVENTS = QUICK ? 10_000 : 50_000;
const INGEST_TOKEN = 'bench-ingest-token-0123456789';
const ADMIN_TOKEN = 'bench-admin-token-0123456789';
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);

export interface Target {
  name: string;
  measured: string;
  pass: boolean | undefined;
}

const progress = (s: string) => void process.stderr.write(`[bench server] ${s}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------------------------------ synthetic data

/** A small deterministic generator, so runs are comparable. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES = [
  'chatgpt.com', 'claude.ai', 'gemini.google.com', 'copilot.microsoft.com', 'chat.deepseek.com', 'perplexity.ai',
  'chat.mistral.ai', 'poe.com', 'huggingface.co', 'you.com', ...Array.from({ length: 30 }, (_, i) => `ai-tool-${i}.example`),
];
const ACTIONS = ['allowed', 'warned', 'redacted', 'blocked', 'overridden'] as const;
const KINDS: Record<Category, string> = {
  secret: 'aws_access_key', pii: 'email', financial: 'iban', source_code: 'source_code', confidential: 'confidential', health: 'health',
};

/**
 * Realistic spread: 500 users in 12 departments, each mostly on one or two favourite AI sites of the ten popular
 * ones, sometimes trying one of 40 (shadow AI); times over the last `days`.
 */
function makeEvents(n: number, seed: number, days: number, nowMs = Date.now()): PromptwallEvent[] {
  const rand = prng(seed);
  const pick = <T>(a: readonly T[], skew = 1) => a[Math.floor(rand() ** skew * a.length)];
  return Array.from({ length: n }, () => {
    const categories = CATEGORIES.filter(() => rand() < 0.25);
    const user = Math.floor(rand() ** 1.5 * 500);
    return {
      id: randomUUID(),
      time: new Date(nowMs - Math.floor(rand() * days * 86_400_000)).toISOString(),
      site: rand() < 0.9 ? SITES[rand() < 0.7 ? user % 4 : (user >> 2) % 10] : pick(SITES),
      channel: pick(CHANNELS),
      categories,
      kinds: Object.fromEntries(categories.map((c) => [KINDS[c], 1 + Math.floor(rand() * 3)])),
      action: categories.length ? pick(ACTIONS.slice(1)) : 'allowed',
      user: `u${user.toString(16).padStart(8, '0')}`,
      department: `dept-${user % 12}`,
      device: `device-${user}`,
      extensionVersion: pick(['1.2.0', '1.2.1', '1.3.0']),
      policyVersion: '2026-11',
      ...(rand() < 0.05 ? { justification: 'Customer asked for it; data is already public.' } : {}),
    } as PromptwallEvent;
  });
}

// ------------------------------------------------------------------------------------------ servers

interface Child {
  url: string;
  process: ChildProcess;
}

async function startChild(databaseUrl: string): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist/server-main.mjs')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PROMPTWALL_INGEST_TOKEN: INGEST_TOKEN,
      PROMPTWALL_ADMIN_TOKEN: ADMIN_TOKEN,
      PROMPTWALL_RATE_LIMIT_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 400; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return { url, process: child };
    if (child.exitCode !== null) break;
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`server on ${databaseUrl} did not start`);
}

async function stopChild(c: Child): Promise<void> {
  if (c.process.exitCode !== null) return;
  const exited = new Promise((r) => c.process.once('exit', r));
  c.process.kill('SIGTERM');
  await exited;
}

// ------------------------------------------------------------------------------------------ 1. ingestion

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

/** One POST of a pre-serialised batch; resolves to its latency in ms. */
async function post(url: string, body: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${url}/api/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${INGEST_TOKEN}`, 'content-type': 'application/json' },
    body,
  });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`ingest answered ${res.status}`);
  return performance.now() - t;
}

const batches = (events: PromptwallEvent[]) =>
  Array.from({ length: Math.ceil(events.length / BATCH) }, (_, i) => JSON.stringify({ events: events.slice(i * BATCH, (i + 1) * BATCH) }));

/** Warm-up (JIT, connections, statement caches), not counted. */
async function warmUp(urls: string[]): Promise<void> {
  for (let i = 0; i < 40; i++) await post(urls[i % urls.length], JSON.stringify({ events: makeEvents(BATCH, 1000 + i, 1 / 1440) }));
}

/** Throughput at saturation: CONCURRENCY clients post back to back, round-robin over `urls`. */
async function maxThroughput(urls: string[], events: PromptwallEvent[]): Promise<number> {
  const bodies = batches(events);
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, w) => {
      for (let i = next++; i < bodies.length; i = next++) await post(urls[(i + w) % urls.length], bodies[i]);
    }),
  );
  return events.length / ((performance.now() - start) / 1000);
}

/** Latency under a steady load of `eventsPerSecond` (open loop: a batch leaves on schedule, whatever the answers). */
async function latencyAt(urls: string[], events: PromptwallEvent[], eventsPerSecond: number): Promise<{ p50: number; p99: number }> {
  const bodies = batches(events);
  const interval = (1000 * BATCH) / eventsPerSecond;
  const start = performance.now();
  const latencies = await Promise.all(
    bodies.map(async (body, i) => {
      await sleep(start + i * interval - performance.now());
      return post(urls[i % urls.length], body);
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

// ------------------------------------------------------------------------------------------ 2. dashboard

/** Fills a SQLite file with `n` events through the same storage code as ingestion (in-process, no HTTP). */
async function fillSqlite(path: string, n: number): Promise<void> {
  const db = await openDatabase(`sqlite:${path}`);
  await migrate(db);
  const chunk = 500;
  const started = performance.now();
  for (let done = 0; done < n; done += chunk) {
    await storeEvents(db, makeEvents(Math.min(chunk, n - done), done + 1, 30), []);
    if (done % 100_000 === 0 && done) progress(`stored ${done} events (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await db.close();
}

/** Median over `runs` fresh page loads of the time from navigation to the chart drawn with the tiles filled. */
async function dashboardFirstRender(url: string, runs: number): Promise<{ median: number; all: number[] }> {
  if (!CHROMIUM) throw new Error('Chromium not found (apt-get install chromium)');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const login = await context.request.post(`${url}/api/v1/session`, { data: { password: ADMIN_TOKEN } });
    if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
    const all: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await context.newPage();
      const t = performance.now();
      await page.goto(`${url}/`);
      await page.waitForSelector('.chart[data-chart-ready] canvas');
      await page.waitForFunction(() => Number(document.querySelector('[data-tile="Prompts reported"]')?.textContent?.replace(/,/g, '')) > 0);
      if (i > 0) all.push(performance.now() - t); // the first load warms the server's caches and is not counted
      await page.close();
    }
    all.sort((a, b) => a - b);
    return { median: all[Math.floor(all.length / 2)], all };
  } finally {
    await browser.close();
  }
}

// ------------------------------------------------------------------------------------------ main

export async function benchServer(): Promise<Target[]> {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-server.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const targets: Target[] = [];
  const judged = (ok: boolean) => (QUICK ? undefined : ok);
  const rows: string[][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'promptwall-bench-'));
  const postgres = await startPostgres({ durable: true });
  try {
    const runs: [string, () => Promise<string[]>][] = [
      ['SQLite, 1 instance', async () => [`sqlite:${join(dir, 'ingest.sqlite')}`]],
      ['PostgreSQL, 1 instance', async () => [await postgres.createDatabase()]],
      ['PostgreSQL, 2 instances', async () => { const u = await postgres.createDatabase(); return [u, u]; }],
    ];
    for (const [name, databases] of runs) {
      progress(`ingestion: ${name}`);
      const children: Child[] = [];
      try {
        for (const u of await databases()) children.push(await startChild(u));
        const urls = children.map((c) => c.url);
        await warmUp(urls);
        // Events reach the server within a minute of happening (the extension sends at once).
        const max = await maxThroughput(urls, makeEvents(INGEST_EVENTS, 7, 1 / 1440));
        await sleep(1000); // let the saturated server settle (checkpoint) before the steady run
        const at = await latencyAt(urls, makeEvents(LATENCY_EVENTS, 8, 1 / 1440), TARGET_RATE);
        rows.push([name, max.toFixed(0), at.p50.toFixed(1), at.p99.toFixed(1)]);
        const measured = `max ${max.toFixed(0)} events/s; p99 ${at.p99.toFixed(1)} ms at ${TARGET_RATE}/s`;
        if (name.startsWith('SQLite')) {
          targets.push({
            name: `server ingestion, SQLite, batches of 50: ≥ ${TARGET_RATE} events/s, p99 < 50 ms`,
            measured,
            pass: judged(max >= TARGET_RATE && at.p99 < 50),
          });
        } else {
          targets.push({ name: `server ingestion, ${name} (reported beside SQLite)`, measured, pass: undefined });
        }
      } finally {
        for (const c of children) await stopChild(c);
      }
    }
    table(
      `Ingestion, batches of ${BATCH}, loopback HTTP: most events/s (${INGEST_EVENTS} events, ${CONCURRENCY} clients back to back); latency at a steady ${TARGET_RATE} events/s (${LATENCY_EVENTS} events)`,
      ['setup', 'max events/s', `p50 ms at ${TARGET_RATE}/s`, `p99 ms at ${TARGET_RATE}/s`],
      rows,
    );

    progress(`dashboard: storing ${DASHBOARD_EVENTS} events`);
    const path = join(dir, 'dashboard.sqlite');
    const fillStart = performance.now();
    await fillSqlite(path, DASHBOARD_EVENTS);
    const fillSeconds = (performance.now() - fillStart) / 1000;
    const child = await startChild(`sqlite:${path}`);
    try {
      const render = await dashboardFirstRender(child.url, 5);
      table(
        `Dashboard first render, ${DASHBOARD_EVENTS.toLocaleString('en')} events (SQLite), headless Chromium, navigation → chart drawn`,
        ['median ms', 'runs ms', 'store time s'],
        [[render.median.toFixed(0), render.all.map((t) => t.toFixed(0)).join(' '), fillSeconds.toFixed(0)]],
      );
      targets.push({
        name: `dashboard first render with ${DASHBOARD_EVENTS.toLocaleString('en')} events: < 1 s`,
        measured: `${render.median.toFixed(0)} ms (median of 5)`,
        pass: DASHBOARD_EVENTS >= 1_000_000 ? render.median < 1000 : undefined,
      });
    } finally {
      await stopChild(child);
    }
  } finally {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return targets;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const targets = await benchServer();
  // `--targets FILE`: bench/run.ts runs this file in a process of its own and reads the verdicts from FILE.
  const file = process.argv[process.argv.indexOf('--targets') + 1];
  if (process.argv.includes('--targets') && file) writeFileSync(file, JSON.stringify(targets));
  else table('Targets', ['target', 'measured', 'verdict'], targets.map((t) => [t.name, t.measured, t.pass === undefined ? 'n/a' : t.pass ? 'PASS' : 'SHORT']));
}
