// The built extension on the channels and situations extension.test.ts does not cover: large pastes that the site
// turns into attachments, drops, file uploads, a single-page-app composer swap, a redesigned site (generic fallback),
// and the policy's warn, audit and blocked-site paths. As there, safety is asserted on what the page would have SENT
// or attached (window.__fixture), not only on what the UI shows.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { attachments, type ExtensionBrowser, launchExtension, modelText, poll, sent, tip, type } from './extension-helpers.ts';
import { dropFile, dropText, extensionId, FIXTURE_SITES, pastePlainText, type SiteName } from './harness.ts';

const SECRET = 'AKIAEPJ66UHZPF5G6TED';
const EMAIL = 'marta.kowalski@northwind-traders.de';
const CLEAN = 'Summarise the history of the printing press in three sentences.';
const BASE_POLICY = { monitoredSites: ['chat.example.org'] };
/** ChatGPT's hidden file input in its composer. */
const CHATGPT_FILE_INPUT = 'form input[type="file"]';

/** 20,000 characters of prose the classifier finds harmless, `middle` in the middle: twice the sites' large-paste limit. */
function large(middle = ''): string {
  const half = 'The printing press spread across Europe in the fifteenth century and changed how books were made. '.repeat(110).slice(0, Math.floor((20_000 - middle.length) / 2));
  return `${half}${middle}${half}`.padEnd(20_000, '.');
}

let extension: ExtensionBrowser;

beforeAll(async () => {
  extension = await launchExtension();
  await extension.setPolicy(BASE_POLICY);
}, 90_000);

afterAll(() => extension?.close());

describe('large paste on ChatGPT', () => {
  it('lets a clean one through, and the site makes it an attachment', async () => {
    const page = await extension.open('chatgpt');
    const text = large();
    await pastePlainText(page, text);
    await poll(() => attachments(page)).toEqual([text]);
    expect(await modelText(page)).toBe('');
    expect(await tip(page).count()).toBe(0);
    await page.close();
  });

  it('stops one that contains a secret: no attachment, nothing in the editor, nothing secret sent', async () => {
    const page = await extension.open('chatgpt');
    await pastePlainText(page, large(` export AWS_ACCESS_KEY_ID=${SECRET} `));
    await poll(() => tip(page).count()).toBe(1);
    const shown = await tip(page).innerText();
    expect(shown).toContain('****6TED');
    expect(shown).not.toContain(SECRET);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await attachments(page)).toEqual([]);
    expect(await modelText(page)).toBe('');
    await type(page, 'chatgpt', CLEAN);
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => window.__fixture.sent)).toEqual([{ text: CLEAN, attachments: [] }]);
    await page.close();
  });
});

// Every fixture inserts a synthetic text drop the way the browser inserts a real one (see fixtures.test.ts).
it.each(['chatgpt', 'claude', 'gemini', 'copilot', 'generic'] as SiteName[])('%s: dropped text with a secret is stopped before the editor shows it; clean text arrives', async (site) => {
  const page = await extension.open(site);
  const { editor } = FIXTURE_SITES[site];
  await dropText(page, editor, `token ${SECRET}`);
  await poll(() => tip(page).count()).toBe(1);
  expect(await modelText(page)).toBe('');
  await page.getByRole('button', { name: 'Close' }).click();
  expect(await modelText(page)).toBe('');
  await dropText(page, editor, CLEAN);
  await poll(() => modelText(page)).toBe(CLEAN);
  expect(await tip(page).count()).toBe(0);
  await page.close();
});

describe('file upload', () => {
  it('ChatGPT: a file with a secret chosen in the file input is stopped, named, and the input cleared', async () => {
    const page = await extension.open('chatgpt');
    await page.locator(CHATGPT_FILE_INPUT).setInputFiles({ name: 'deploy.env', mimeType: 'text/plain', buffer: Buffer.from(`AWS_ACCESS_KEY_ID=${SECRET}\n`) });
    await poll(() => tip(page).count()).toBe(1);
    const shown = await tip(page).innerText();
    expect(shown).toContain('deploy.env');
    expect(shown).toContain('****6TED');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator(CHATGPT_FILE_INPUT).evaluate((input: HTMLInputElement) => input.files?.length)).toBe(0);
    expect(await attachments(page)).toEqual([]);
    await page.close();
  });

  it('ChatGPT: a clean file goes through as an attachment', async () => {
    const page = await extension.open('chatgpt');
    await page.locator(CHATGPT_FILE_INPUT).setInputFiles({ name: 'agenda.txt', mimeType: 'text/plain', buffer: Buffer.from(CLEAN) });
    await poll(() => attachments(page)).toEqual([`agenda.txt\n${CLEAN}`]);
    expect(await tip(page).count()).toBe(0);
    await page.close();
  });

  it('Copilot: a clean file chosen in its file input reaches React after the check', async () => {
    const page = await extension.open('copilot');
    await page.locator('input[type="file"]').setInputFiles({ name: 'agenda.txt', mimeType: 'text/plain', buffer: Buffer.from(CLEAN) });
    await poll(() => attachments(page)).toEqual([`agenda.txt\n${CLEAN}`]);
    await page.close();
  });

  it('ChatGPT: a file with a secret dropped on the composer is stopped', async () => {
    const page = await extension.open('chatgpt');
    await dropFile(page, FIXTURE_SITES.chatgpt.editor, 'deploy.env', `AWS_ACCESS_KEY_ID=${SECRET}\n`);
    await poll(() => tip(page).count()).toBe(1);
    expect(await tip(page).innerText()).toContain('deploy.env');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await attachments(page)).toEqual([]);
    await page.close();
  });

  // Gemini's input is never in the document, so its `change` would never reach window; the page-world shim
  // (entrypoints/file-picker.content.ts) holds it in the document while its picker is open.
  it('Gemini: a file chosen in its detached file input is checked; a clean one is attached', async () => {
    const page = await extension.open('gemini');
    const choose = async (name: string, content: string) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('button[aria-label="Add files"]').click()]);
      await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });
    };
    await choose('deploy.env', `AWS_ACCESS_KEY_ID=${SECRET}`);
    await poll(() => tip(page).count()).toBe(1);
    expect(await tip(page).innerText()).toContain('deploy.env');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await attachments(page)).toEqual([]);
    await choose('notes.txt', CLEAN);
    await poll(() => attachments(page)).toEqual([`notes.txt\n${CLEAN}`]);
    await page.close();
  });
});

describe('ChatGPT composer changes', () => {
  it('after "New chat" replaces the composer, a secret is still stopped and a clean prompt still sent', async () => {
    const page = await extension.open('chatgpt');
    await page.evaluate(() => window.__fixture.newChat!());
    await type(page, 'chatgpt', `key ${SECRET}`);
    await page.keyboard.press('Enter');
    await poll(() => tip(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await sent(page)).toEqual([]);
    await page.evaluate(() => window.__fixture.newChat!());
    await type(page, 'chatgpt', CLEAN);
    await page.keyboard.press('Enter');
    await poll(() => sent(page)).toEqual([CLEAN]);
    await page.close();
  });

  it('after a redesign the adapter no longer matches: the generic hook stops secrets and the popup says so', async () => {
    const page = await extension.open('chatgpt');
    // What the adapter's selectors look for: the editor's id and class, and the composer form's data-type.
    await page.evaluate(() => {
      const editor = document.querySelector('#prompt-textarea')!;
      editor.removeAttribute('id');
      editor.classList.remove('ProseMirror');
      document.querySelector('form')!.removeAttribute('data-type');
    });
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.type(`key ${SECRET}`);
    await poll(() => modelText(page)).toBe(`key ${SECRET}`);
    await page.keyboard.press('Enter');
    await poll(() => tip(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('form button[type="submit"]').click();
    await poll(() => tip(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await sent(page)).toEqual([]);
    expect(await page.locator('#prompt-textarea, .ProseMirror, form[data-type]').count()).toBe(0); // ProseMirror did not restore them

    await poll(async () => (await extension.stored('coverage'))?.chatgpt).toBe('fallback');
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${await extensionId(extension.context)}/popup.html`);
    await poll(() => popup.locator('.sites li', { hasText: 'ChatGPT' }).innerText()).toContain('UI changed — generic protection active');
    await popup.close();
    await page.close();
  });
});

describe('policy', () => {
  afterEach(() => extension.setPolicy(BASE_POLICY));

  it('warn: "Send anyway" needs no justification, sends, and records "warned"', async () => {
    await extension.setPolicy({ ...BASE_POLICY, actions: { pii: 'warn' } });
    const page = await extension.open('copilot');
    const prompt = `Please write to ${EMAIL} about the delivery`;
    await type(page, 'copilot', prompt);
    await page.keyboard.press('Enter');
    await poll(() => tip(page).count()).toBe(1);
    // "Send anyway" without the "…" that leads to the justification box: one click sends.
    await page.getByRole('button', { name: 'Send anyway', exact: true }).click();
    await poll(() => sent(page)).toEqual([prompt]);
    await poll(() => extension.lastDetection()).toMatchObject({ action: 'warned', kinds: { email: 1 } });
    await page.close();
  });

  it('audit: a secret is sent with no tip and recorded as "allowed"', async () => {
    await extension.setPolicy({ ...BASE_POLICY, mode: 'audit' });
    const page = await extension.open('claude');
    await type(page, 'claude', `key ${SECRET}`);
    await page.keyboard.press('Enter');
    await poll(() => sent(page)).toEqual([`key ${SECRET}`]);
    expect(await tip(page).count()).toBe(0);
    await poll(() => extension.lastDetection()).toMatchObject({ action: 'allowed', kinds: { aws_access_key_id: 1 } });
    await page.close();
  });

  it('blocked site: a clean prompt is stopped, the tip names the site, and there is no way round', async () => {
    await extension.setPolicy({ ...BASE_POLICY, blockedSites: ['claude.ai'] });
    const page = await extension.open('claude');
    await type(page, 'claude', CLEAN);
    await page.keyboard.press('Enter');
    await poll(() => tip(page).count()).toBe(1);
    expect(await tip(page).innerText()).toMatch(/claude\.ai is blocked/i);
    expect(await page.getByRole('button', { name: /anyway/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await sent(page)).toEqual([]);
    await page.close();
  });
});
