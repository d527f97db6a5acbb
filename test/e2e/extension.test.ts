// The built extension in real headless Chromium, on local pages served at the chatbots' real hostnames that use the
// same editor technology as each site. Every assertion about safety is on what the page would have SENT
// (window.__fixture.sent, recorded by the editor framework's own submit path), not only on what the UI shows.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITES, type FixtureServer, launchChromium, openSite, pastePlainText, serviceWorker, type SiteName, startFixtureServer } from './harness.ts';

const EXTENSION = resolve('.output/chrome-mv3');
const SECRET = 'AKIAEPJ66UHZPF5G6TED';
const EMAIL = 'marta.kowalski@northwind-traders.de';
const CLEAN = 'Summarise the history of the printing press in three sentences.';
const SITES: SiteName[] = ['chatgpt', 'claude', 'gemini', 'copilot', 'generic'];

let server: FixtureServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let worker: Worker;

/** The extension storage API as the service worker sees it (bare `chrome` is not typed in Node). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, any>>; set(items: object): Promise<void> } } };

/** Sets the user layer of the policy (as the options page does) and waits until content scripts can see it. */
async function setPolicy(policy: Record<string, unknown>): Promise<void> {
  await worker.evaluate((p) => chrome.storage.local.set({ userPolicy: p }), policy);
  const published = () => worker.evaluate(async () => (await chrome.storage.local.get('contentConfig')).contentConfig?.policy as Record<string, unknown> | undefined);
  for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 100))) {
    const current = await published();
    if (current && Object.keys(policy).every((k) => JSON.stringify(current[k]) === JSON.stringify(policy[k]))) return;
  }
  throw new Error(`the background did not publish the policy ${JSON.stringify(policy)}`);
}

/** Machine load from parallel jobs makes the default 1 s poll too short. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

const sent = (page: Page) => page.evaluate(() => window.__fixture.sent.map((m) => m.text));
const modelText = (page: Page) => page.evaluate(() => window.__fixture.getModelText());
const tip = (page: Page) => page.locator('promptwall-tip .tip');

async function type(page: Page, site: SiteName, text: string): Promise<void> {
  await page.locator(FIXTURE_SITES[site].editor).click();
  await page.keyboard.type(text);
  await poll(() => modelText(page)).toBe(text);
}

async function open(site: SiteName): Promise<Page> {
  const page = await openSite(browser.context, site);
  // the content script is in place once the page's prompt box is hooked (coverage reported)
  await page.waitForTimeout(300);
  return page;
}

beforeAll(async () => {
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION}: run \`npx wxt build\` first (npm test does)`);
  server = await startFixtureServer();
  browser = await launchChromium({ port: server.port, extensionDir: EXTENSION });
  worker = await serviceWorker(browser.context);
  await setPolicy({ monitoredSites: ['chat.example.org'], overridable: ['secret', 'pii'] });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(SITES)('%s', (site) => {
  it('sends a clean prompt untouched', async () => {
    const page = await open(site);
    await type(page, site, CLEAN);
    await page.keyboard.press('Enter');
    await poll(() => sent(page)).toEqual([CLEAN]);
    expect(await tip(page).count()).toBe(0);
    await page.close();
  });

  it('stops a secret typed and sent with Enter', async () => {
    const page = await open(site);
    await type(page, site, `my key is ${SECRET} thanks`);
    await page.keyboard.press('Enter');
    await poll(() => tip(page).count()).toBe(1);
    const shown = await tip(page).innerText();
    expect(shown).toContain('stopped');
    expect(shown).toContain('****6TED');
    expect(shown).not.toContain(SECRET);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await sent(page)).toEqual([]);
    expect(await modelText(page)).toContain(SECRET); // nothing lost: the prompt stays for editing
    await page.close();
  });

  it('stops a secret sent with the send button', async () => {
    const page = await open(site);
    await type(page, site, `deploy with ${SECRET}`);
    await page.locator(FIXTURE_SITES[site].send).click();
    await poll(() => tip(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('catches a pasted secret before the editor shows it', async () => {
    const page = await open(site);
    await pastePlainText(page, `export AWS_ACCESS_KEY_ID=${SECRET}`);
    await poll(() => tip(page).count()).toBe(1);
    expect(await modelText(page)).not.toContain(SECRET);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await modelText(page)).not.toContain(SECRET);
    await page.close();
  });

  it('redacts: the site receives only placeholders', async () => {
    const page = await open(site);
    await type(page, site, `Please write to ${EMAIL} about the delivery`);
    await page.keyboard.press('Enter');
    await poll(() => tip(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Redact and send' }).click();
    await poll(() => sent(page)).toEqual(['Please write to [EMAIL_1] about the delivery']);
    await page.close();
  });

  it('sends anyway with a written justification, and records it', async () => {
    const page = await open(site);
    await type(page, site, `rotate ${SECRET} please`);
    await page.keyboard.press('Enter');
    await poll(() => tip(page).count()).toBe(1);
    await page.getByRole('button', { name: /anyway/ }).click();
    const reason = `test key for ${site}, revoked already`;
    await page.locator('promptwall-tip textarea').fill(reason);
    await page.getByRole('button', { name: /with this reason/ }).click();
    await poll(() => sent(page)).toEqual([`rotate ${SECRET} please`]);
    await poll(() => worker.evaluate(async () => ((await chrome.storage.local.get('recentDetections')).recentDetections as { action: string; justification?: string }[])[0]))
      .toMatchObject({ action: 'overridden', justification: reason });
    await page.close();
  });
});
