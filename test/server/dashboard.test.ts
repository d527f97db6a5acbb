/**
 * The dashboard in real headless Chromium: log in, the chart draws the data (checked on the canvas' pixels),
 * filters change what is shown, drill-down lists events and opens one, CSV export downloads the rows.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETUP_TIMEOUT_MS } from './helpers/postgres.ts';
import { ADMIN_TOKEN, INGEST_TOKEN, makeEvent, sqliteUrl, startTestServer, type TestServer } from './helpers/server.ts';

const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);

let server: TestServer;
let browser: Browser;
let page: Page;

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium not found at /usr/lib/chromium/chromium or /usr/bin/chromium (apt-get install chromium)');
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
  server = await startTestServer(sqliteUrl(), { sanctionedSites: ['chatgpt.com', '*.openai.com'] });
  const events = [
    ...Array.from({ length: 30 }, (_, i) => makeEvent({ time: hoursAgo(i * 20), categories: ['secret'], action: 'blocked', user: `user-${i % 4}` })),
    ...Array.from({ length: 20 }, (_, i) => makeEvent({ time: hoursAgo(i * 30), site: 'claude.ai', categories: ['pii'], kinds: { email: 1 }, action: 'redacted', department: 'Sales' })),
    ...Array.from({ length: 5 }, (_, i) =>
      makeEvent({ time: hoursAgo(i * 7), site: 'chat.deepseek.com', categories: ['financial'], kinds: { iban: 1 }, action: 'overridden', justification: `<img src=x onerror=alert(1)> invoice ${i}` }),
    ),
  ];
  const res = await server.ingest({ events });
  expect(res.status).toBe(200);
  await fetch(`${server.url}/api/v1/heartbeats`, {
    method: 'POST',
    headers: { authorization: `Bearer ${INGEST_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ device: 'dev-1', time: new Date().toISOString(), extensionVersion: '1.2.0', classifier: 'loaded', adapters: { chatgpt: 'ok', gemini: 'fallback' } }),
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on('dialog', () => {
    throw new Error('a dialog opened: injected markup ran');
  });
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pixels of the chart canvas that are neither transparent nor white, and those in a category's colour. */
function chartPixels(p: Page, colour: [number, number, number]) {
  return p.locator('.chart canvas').evaluate((canvas: HTMLCanvasElement, [r, g, b]) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    let series = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) ink++;
      if (Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8) series++;
    }
    return { ink, series };
  }, colour);
}

const SECRET_RED: [number, number, number] = [0xd7, 0x26, 0x3d];
const PII_GREEN: [number, number, number] = [0x1b, 0x99, 0x8b];
const tile = (label: string) => page.locator(`[data-tile="${label}"]`).innerText();

describe('dashboard in Chromium', () => {
  it('asks for the password, then draws the charts with the data', async () => {
    await page.goto(server.dashboardUrl);
    await page.fill('input[name=password]', 'wrong');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('.login .error').innerText()).toBe('Wrong password.');
    await page.fill('input[name=password]', ADMIN_TOKEN);
    await page.click('button[type=submit]');
    await page.waitForSelector('.chart[data-chart-ready] canvas');
    expect(await tile('Prompts reported')).toBe('55');
    expect(await tile('Blocked')).toBe('30');
    const pixels = await chartPixels(page, SECRET_RED);
    expect(pixels.ink).toBeGreaterThan(2000);
    expect(pixels.series).toBeGreaterThan(100);
  });

  it('shows shadow AI, justifications as text, and coverage health', async () => {
    const sites = page.locator('table.sites tbody tr');
    await expect.poll(() => sites.count()).toBe(3);
    const unsanctioned = await page.locator('table.sites tr.unsanctioned td:first-child').allInnerTexts();
    expect(unsanctioned.map((t) => t.split('\n')[0].replace(/new$/, '').trim()).sort()).toEqual(['chat.deepseek.com', 'claude.ai']);
    expect(await page.locator('table.sites tr.sanctioned').innerText()).toMatch(/chatgpt\.com/);
    // Justifications are user text: shown literally, never as markup.
    expect(await page.locator('.justifications').innerText()).toContain('<img src=x onerror=alert(1)> invoice 0');
    expect(await page.locator('.justifications img').count()).toBe(0);
    expect(await page.locator('table.adapters tr.failing').innerText()).toContain('gemini');
  });

  it('filters by category and site', async () => {
    await page.selectOption('select[name=category]', 'pii');
    await expect.poll(() => tile('Prompts reported')).toBe('20');
    await page.waitForSelector('.chart[data-chart-ready]');
    expect((await chartPixels(page, PII_GREEN)).series).toBeGreaterThan(100);
    expect((await chartPixels(page, SECRET_RED)).series).toBe(0);
    expect(page.url()).toContain('category=pii');
    await page.selectOption('select[name=category]', '');
    await page.selectOption('select[name=site]', 'chat.deepseek.com');
    await expect.poll(() => tile('Prompts reported')).toBe('5');
    await page.selectOption('select[name=site]', '');
    await expect.poll(() => tile('Prompts reported')).toBe('55');
    // A narrower date range: the last day only (UTC), charted by the hour.
    const today = new Date().toISOString().slice(0, 10);
    await page.fill('input[name=from]', today);
    await page.locator('input[name=from]').dispatchEvent('change');
    await expect.poll(async () => Number(await tile('Prompts reported'))).toBeLessThan(55);
    await page.goto(server.dashboardUrl);
    await page.waitForSelector('.chart[data-chart-ready]');
  });

  it('drills down from a site to its events and opens one', async () => {
    await page.click('table.sites button:text("claude.ai")');
    await expect.poll(() => page.locator('tr.event-row').count()).toBe(20);
    expect(new Set(await page.locator('tr.event-row td:nth-child(2)').allInnerTexts())).toEqual(new Set(['claude.ai']));
    await page.locator('tr.event-row').first().click();
    await page.waitForSelector('.detail dl');
    const detail = await page.locator('.detail').innerText();
    expect(detail).toContain('redacted');
    expect(detail).toContain('{"email":1}');
    await page.click('.detail .close');
  });

  it('exports the filtered events as CSV', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.export')]);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
    expect(csv[0]).toMatch(/^id,time,site,/);
    expect(csv).toHaveLength(21);
    expect(csv.slice(1).every((l) => l.includes(',claude.ai,'))).toBe(true);
  });
});
