// From a chatbot page to the security team's dashboard: the extension stops a secret on the ChatGPT fixture,
// reports the event (metadata only) to a real organisation server on a real SQLite file, and the event shows as a
// row on the dashboard, drilled down in the same browser.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN_TOKEN, INGEST_TOKEN, sqliteUrl, startTestServer, type TestServer } from '../server/helpers/server.ts';
import { type ExtensionBrowser, launchExtension, poll, tip, type } from './extension-helpers.ts';

const SECRET = 'AKIAEPJ66UHZPF5G6TED';
let server: TestServer;
let extension: ExtensionBrowser;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
  server = await startTestServer(sqliteUrl());
  extension = await launchExtension();
  await extension.setPolicy({ reporting: { endpoint: server.url, token: INGEST_TOKEN } });
}, 90_000);

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

it('a secret stopped on chatgpt.com becomes a row on the dashboard, without the secret', async () => {
  const page = await extension.open('chatgpt');
  await type(page, 'chatgpt', `deploy with ${SECRET} please`);
  await page.keyboard.press('Enter');
  await poll(() => tip(page).count()).toBe(1);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.close();

  // the extension's outbox empties once the server acknowledged the event
  await poll(async () => (await extension.stored('outbox'))?.queue?.length).toBe(0);

  const dashboard = await extension.context.newPage();
  await dashboard.goto(server.dashboardUrl);
  await dashboard.fill('input[name=password]', ADMIN_TOKEN);
  await dashboard.click('button[type=submit]');
  await dashboard.click('table.sites button:text("chatgpt.com")');
  await poll(() => dashboard.locator('tr.event-row').count()).toBe(1);
  const row = await dashboard.locator('tr.event-row').innerText();
  expect(row).toContain('chatgpt.com');
  expect(row).toContain('blocked');
  await dashboard.locator('tr.event-row').click();
  await dashboard.waitForSelector('.detail dl');
  const detail = await dashboard.locator('.detail').innerText();
  expect(detail).toContain('aws_access_key_id');
  expect(detail).not.toContain(SECRET);
  await dashboard.close();
});
