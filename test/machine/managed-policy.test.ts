// IT's managed policy, end to end: a policy file in Chromium's machine-wide managed policy directory configures the
// extension (the `3rdparty` section for its fixed id), and the extension enforces it. This changes machine-wide
// state, so it runs in its own vitest project after the others (see vitest.config.ts) and removes the file after.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../../src/policy/extension-id.ts';
import { poll, sent, tip } from '../e2e/extension-helpers.ts';
import { FIXTURE_SITES, type FixtureServer, launchChromium, openSite, serviceWorker, type SiteName, startFixtureServer } from '../e2e/harness.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/promptwall-e2e.json`;
const EXTENSION = resolve('.output/chrome-mv3');
const SECRET = 'AKIAEPJ66UHZPF5G6TED';
const TOKEN = 'e2e-ingest-token';

declare const chrome: {
  storage: { managed: { get(): Promise<Record<string, unknown>> }; local: { get(key: string): Promise<Record<string, any>>; set(items: object): Promise<void> } };
};

let server: FixtureServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let worker: Worker;
const received: { authorization?: string; body: { events: { site: string; action: string; kinds: Record<string, number>; text?: string }[] } }[] = [];


async function submit(site: SiteName, text: string): Promise<Page> {
  const page = await openSite(browser.context, site);
  await page.waitForTimeout(300);
  await page.locator(FIXTURE_SITES[site].editor).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  return page;
}

beforeAll(async () => {
  if (process.getuid?.() !== 0) throw new Error(`writing ${POLICY_FILE} needs root (CI runs as root)`);
  server = await startFixtureServer();
  // The organisation server, as far as the extension can tell: it records what arrives.
  server.route('/api/v1/events', (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      if (req.method === 'POST') received.push({ authorization: req.headers.authorization, body: JSON.parse(body) });
      res.writeHead(req.method === 'OPTIONS' ? 204 : 200, {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'authorization, content-type',
        'content-type': 'application/json',
      });
      res.end(JSON.stringify({ accepted: 1, duplicates: 0 }));
    });
  }, 'chat.example.org');
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [CHROME_EXTENSION_ID]: {
            version: 'e2e-1',
            blockedSites: ['claude.ai'],
            sites: { 'gemini.google.com': { actions: { secret: 'allow' } } },
            reporting: { endpoint: `https://chat.example.org:${server.port}`, token: TOKEN, includeRawText: false },
          },
        },
      },
    }),
  );
  browser = await launchChromium({ port: server.port, extensionDir: EXTENSION });
  worker = await serviceWorker(browser.context);
}, 90_000);

afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await browser?.close();
  await server?.close();
});

describe('managed policy from /etc/chromium/policies/managed', () => {
  it('reaches the extension through storage.managed', async () => {
    await poll(() => worker.evaluate(() => chrome.storage.managed.get())).toMatchObject({ version: 'e2e-1', blockedSites: ['claude.ai'] });
    await poll(() => worker.evaluate(async () => (await chrome.storage.local.get('contentConfig')).contentConfig?.policy?.version)).toBe('e2e-1');
  });

  it('blocks every prompt on the blocked site', async () => {
    const page = await submit('claude', 'Summarise the history of the printing press in three sentences.');
    await poll(() => tip(page).innerText()).toContain('claude.ai is blocked by policy');
    expect(await page.getByRole('button', { name: /anyway/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('allows a secret where the site override says so, still blocks it elsewhere, and reports to the managed endpoint', async () => {
    const gemini = await submit('gemini', `key ${SECRET}`);
    await poll(() => sent(gemini)).toEqual([`key ${SECRET}`]);
    await gemini.close();
    const chatgpt = await submit('chatgpt', `key ${SECRET}`);
    await poll(() => tip(chatgpt).count()).toBe(1);
    expect(await sent(chatgpt)).toEqual([]);
    await chatgpt.close();

    await poll(async () => received.flatMap((r) => r.body.events).map((e) => `${e.site}:${e.action}`)).toEqual(
      expect.arrayContaining(['claude.ai:blocked', 'gemini.google.com:allowed']),
    );
    expect(received.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    const events = received.flatMap((r) => r.body.events);
    expect(events.find((e) => e.site === 'gemini.google.com')?.kinds).toEqual({ aws_access_key_id: 1 });
    expect(JSON.stringify(events)).not.toContain(SECRET); // metadata only: includeRawText is off
  });

  it('shows managed settings read-only on the options page, and a user value cannot override them', async () => {
    const id = new URL(worker.url()).host;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await poll(() => options.locator('#blockedSites').isDisabled()).toBe(true);
    expect(await options.getByText('Set by your organisation').count()).toBeGreaterThan(0);
    await options.close();

    await worker.evaluate(() => chrome.storage.local.set({ userPolicy: { blockedSites: [] } }));
    await poll(() => worker.evaluate(async () => (await chrome.storage.local.get('contentConfig')).contentConfig?.policy?.blockedSites)).toEqual(['claude.ai']);
  });
});
