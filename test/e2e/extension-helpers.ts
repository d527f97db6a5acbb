// What the end-to-end suites of the built extension share: one headless Chromium with .output/chrome-mv3 loaded
// next to the fixture server, the policy set through the service worker, and reads of the fixture pages.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { resolvePolicy } from '../../src/policy/resolve.ts';
import { FIXTURE_SITES, launchChromium, openSite, serviceWorker, type SiteName, startFixtureServer } from './harness.ts';

const EXTENSION = resolve('.output/chrome-mv3');

/** The extension storage API as the service worker sees it (bare `chrome` is not typed in Node). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, any>>; set(items: object): Promise<void> } } };

export interface ExtensionBrowser {
  context: BrowserContext;
  /** Opens a fixture site in a new page. */
  open(site: SiteName): Promise<Page>;
  /**
   * Sets the user layer of the policy (as the options page does; it replaces the previous one) and waits until
   * content scripts can see it: the published policy must be the whole policy this layer resolves to, so a test
   * that follows one with another policy never runs under the old one.
   */
  setPolicy(policy: Record<string, unknown>): Promise<void>;
  /** A value the extension keeps in storage.local. */
  stored(key: string): Promise<any>;
  /** The newest event this device recorded (the popup's "last detections"). */
  lastDetection(): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

/** Starts the fixture server and a browser with the built extension. */
export async function launchExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION}: run \`npx wxt build\` first (npm test does)`);
  const server = await startFixtureServer();
  const browser = await launchChromium({ port: server.port, extensionDir: EXTENSION });
  const worker = await serviceWorker(browser.context);
  const stored = (key: string) => worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
  return {
    context: browser.context,
    async open(site) {
      const page = await openSite(browser.context, site);
      // the content script is in place once the page's prompt box is hooked (coverage reported)
      await page.waitForTimeout(300);
      return page;
    },
    async setPolicy(policy) {
      const expected = resolvePolicy({ user: policy }).policy;
      await worker.evaluate((p) => chrome.storage.local.set({ userPolicy: p }), policy);
      for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 100))) {
        if (isDeepStrictEqual((await stored('contentConfig'))?.policy, expected)) return;
      }
      throw new Error(`the background did not publish the policy ${JSON.stringify(policy)}`);
    },
    stored,
    lastDetection: async () => (await stored('recentDetections'))?.[0],
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Machine load from parallel jobs makes the default 1 s poll too short. */
export const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

export const sent = (page: Page) => page.evaluate(() => window.__fixture.sent.map((m) => m.text));
export const modelText = (page: Page) => page.evaluate(() => window.__fixture.getModelText());
export const attachments = (page: Page) => page.evaluate(() => window.__fixture.attachments);
export const tip = (page: Page) => page.locator('promptwall-tip .tip');

export async function type(page: Page, site: SiteName, text: string): Promise<void> {
  await page.locator(FIXTURE_SITES[site].editor).click();
  await page.keyboard.type(text);
  await poll(() => modelText(page)).toBe(text);
}
