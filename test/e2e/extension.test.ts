// The built extension in real headless Chromium, on local pages served at the chatbots' real hostnames that use the
// same editor technology as each site. Every assertion about safety is on what the page would have SENT
// (window.__fixture.sent, recorded by the editor framework's own submit path), not only on what the UI shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension, modelText, poll, sent, tip, type } from './extension-helpers.ts';
import { FIXTURE_SITES, pastePlainText, type SiteName } from './harness.ts';

const SECRET = 'AKIAEPJ66UHZPF5G6TED';
const EMAIL = 'marta.kowalski@northwind-traders.de';
const CLEAN = 'Summarise the history of the printing press in three sentences.';
const SITES: SiteName[] = ['chatgpt', 'claude', 'gemini', 'copilot', 'generic'];

let extension: ExtensionBrowser;

beforeAll(async () => {
  extension = await launchExtension();
  await extension.setPolicy({ monitoredSites: ['chat.example.org'], overridable: ['secret', 'pii'] });
}, 90_000);

afterAll(() => extension?.close());

describe.each(SITES)('%s', (site) => {
  it('sends a clean prompt untouched', async () => {
    const page = await extension.open(site);
    await type(page, site, CLEAN);
    await page.keyboard.press('Enter');
    await poll(() => sent(page)).toEqual([CLEAN]);
    expect(await tip(page).count()).toBe(0);
    await page.close();
  });

  it('stops a secret typed and sent with Enter', async () => {
    const page = await extension.open(site);
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
    const page = await extension.open(site);
    await type(page, site, `deploy with ${SECRET}`);
    await page.locator(FIXTURE_SITES[site].send).click();
    await poll(() => tip(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('catches a pasted secret before the editor shows it', async () => {
    const page = await extension.open(site);
    await pastePlainText(page, `export AWS_ACCESS_KEY_ID=${SECRET}`);
    await poll(() => tip(page).count()).toBe(1);
    expect(await modelText(page)).not.toContain(SECRET);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await modelText(page)).not.toContain(SECRET);
    await page.close();
  });

  it('redacts: the site receives only placeholders', async () => {
    const page = await extension.open(site);
    await type(page, site, `Please write to ${EMAIL} about the delivery`);
    await page.keyboard.press('Enter');
    await poll(() => tip(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Redact and send' }).click();
    await poll(() => sent(page)).toEqual(['Please write to [EMAIL_1] about the delivery']);
    await page.close();
  });

  it('sends anyway with a written justification, and records it', async () => {
    const page = await extension.open(site);
    await type(page, site, `rotate ${SECRET} please`);
    await page.keyboard.press('Enter');
    await poll(() => tip(page).count()).toBe(1);
    await page.getByRole('button', { name: /anyway/ }).click();
    const reason = `test key for ${site}, revoked already`;
    await page.locator('promptwall-tip textarea').fill(reason);
    await page.getByRole('button', { name: /with this reason/ }).click();
    await poll(() => sent(page)).toEqual([`rotate ${SECRET} please`]);
    await poll(() => extension.lastDetection()).toMatchObject({ action: 'overridden', justification: reason });
    await page.close();
  });
});
