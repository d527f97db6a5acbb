// Proves the fixture pages behave like the real chatbots' editors, with no extension loaded: what a test types,
// pastes or drops reaches the editor framework's own state, and `window.__fixture.sent` records what a send sends.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable, dropFile, dropText, FIXTURE_SITES, type FixtureServer, launchChromium, type LaunchedBrowser, openSite,
  pastePlainText, type SiteName, startFixtureServer,
} from './harness.ts';

const SITES = Object.keys(FIXTURE_SITES) as SiteName[];

const sent = (page: Page) => page.evaluate(() => window.__fixture.sent);
const modelText = (page: Page) => page.evaluate(() => window.__fixture.getModelText());
const attachments = (page: Page) => page.evaluate(() => window.__fixture.attachments);
/** Waits for a page value to match: framework updates (React commits, file reads) can land a little later. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });
/** Lets pending framework work (React commits, Quill's mutation sync) finish. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

describe.skipIf(!chromiumAvailable())('fixture pages in headless Chromium', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromium({ port: server.port });
    browser.context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') pageErrors.push(`${page.url()}: console: ${message.text()}`);
      });
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    for (const page of browser.context.pages()) await page.close();
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function openFocused(name: SiteName): Promise<Page> {
    const page = await openSite(browser.context, name);
    await page.locator(FIXTURE_SITES[name].editor).click();
    return page;
  }

  describe.each(SITES)('%s', (name) => {
    const { editor, send } = FIXTURE_SITES[name];

    it('sends typed text on Enter or a send-button click; Shift+Enter breaks the line', async () => {
      const page = await openFocused(name);
      await page.keyboard.press('Enter');
      await page.keyboard.type('line one');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('line two');
      await eventually(() => modelText(page)).toBe('line one\nline two');
      await page.keyboard.press('Enter');
      // The first Enter, in the empty editor, sent nothing.
      await eventually(() => sent(page)).toEqual([{ text: 'line one\nline two', attachments: [] }]);
      expect(await modelText(page)).toBe('');

      await page.keyboard.type('via the button');
      await eventually(() => modelText(page)).toBe('via the button');
      await page.locator(send).click();
      await eventually(() => sent(page)).toHaveLength(2);
      expect((await sent(page))[1]).toEqual({ text: 'via the button', attachments: [] });
      expect(await modelText(page)).toBe('');
    });

    it('takes a trusted paste into the editor state and sends a dropped file as an attachment', async () => {
      const page = await openFocused(name);
      const pasteWasTrusted = page.evaluate(() => new Promise<boolean>((resolve) => {
        addEventListener('paste', (event) => resolve(event.isTrusted), { capture: true, once: true });
      }));
      await pastePlainText(page, 'pasted text');
      expect(await pasteWasTrusted).toBe(true);
      await eventually(() => modelText(page)).toBe('pasted text');
      await dropFile(page, editor, 'notes.txt', 'file body');
      await eventually(() => attachments(page)).toEqual(['notes.txt\nfile body']);
      await page.keyboard.press('Enter');
      await eventually(() => sent(page)).toEqual([{ text: 'pasted text', attachments: ['notes.txt\nfile body'] }]);
      expect(await attachments(page)).toEqual([]);
    });

    it('takes dropped text into the editor state', async () => {
      const page = await openSite(browser.context, name);
      await dropText(page, editor, 'dropped text');
      await eventually(() => modelText(page)).toBe('dropped text');
    });
  });

  it.each(['chatgpt', 'claude'] as const)('%s turns a paste over 10,000 characters into an attachment', async (name) => {
    const page = await openFocused(name);
    const large = 'confidential '.repeat(800);
    await pastePlainText(page, large);
    await eventually(() => attachments(page)).toEqual([large]);
    expect(await modelText(page)).toBe('');
    await page.keyboard.press('Enter');
    await eventually(() => sent(page)).toEqual([{ text: '', attachments: [large] }]);
  });

  it('chatgpt shows the send button only while there is something to send', async () => {
    const page = await openFocused('chatgpt');
    expect(await page.locator('#composer-submit-button').count()).toBe(0);
    await page.keyboard.type('x');
    await page.locator('form[data-type="unified-composer"] button[data-testid="send-button"]').waitFor();
    await page.keyboard.press('Backspace');
    await page.locator('#composer-submit-button').waitFor({ state: 'detached' });
  });

  it('chatgpt takes files chosen in its hidden file input as attachments', async () => {
    const page = await openSite(browser.context, 'chatgpt');
    await page.locator('form[data-type="unified-composer"] input[type="file"][multiple]').setInputFiles([
      { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('alpha') },
      { name: 'b.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) },
    ]);
    await eventually(() => attachments(page)).toEqual(['a.txt\nalpha', 'b.png']);
  });

  it('chatgpt "New chat" replaces the composer with a new, working editor', async () => {
    const page = await openFocused('chatgpt');
    await page.keyboard.type('draft');
    const oldEditor = await page.locator('#prompt-textarea').elementHandle();
    await page.locator('a[data-testid="new-chat"]').click();
    expect(await oldEditor!.evaluate((element) => element.isConnected)).toBe(false);
    expect(new URL(page.url()).pathname).toMatch(/^\/c\//);
    expect(await modelText(page)).toBe('');
    await page.locator('#prompt-textarea').click();
    await page.keyboard.type('after the swap');
    await page.keyboard.press('Enter');
    await eventually(() => sent(page)).toEqual([{ text: 'after the swap', attachments: [] }]);
  });

  it('copilot ignores a direct value assignment but takes the native setter', async () => {
    const page = await openFocused('copilot');
    const setValue = (mode: 'assign' | 'native setter', value: string) => page.evaluate(([mode, value]) => {
      const textarea = document.querySelector<HTMLTextAreaElement>('#userInput')!;
      if (mode === 'assign') textarea.value = value;
      else Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, value);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }, [mode, value] as const);

    await setValue('assign', 'assigned');
    await settle(page);
    expect(await page.locator('#userInput').inputValue()).toBe('assigned');
    expect(await modelText(page)).toBe('');
    expect(await page.locator('[data-testid="submit-button"]').isDisabled()).toBe(true);
    await page.keyboard.press('Enter'); // sends the stale, empty state: nothing

    await setValue('native setter', 'via native setter');
    await eventually(() => modelText(page)).toBe('via native setter');
    await page.keyboard.press('Enter');
    await eventually(() => sent(page)).toEqual([{ text: 'via native setter', attachments: [] }]);
  });

  it('gemini rejects innerHTML strings (Trusted Types)', async () => {
    const page = await openSite(browser.context, 'gemini');
    const error = await page.evaluate(() => {
      try {
        document.querySelector('rich-textarea > .ql-editor')!.innerHTML = '<b>x</b>';
        return 'no error';
      } catch (thrown) {
        return String(thrown);
      }
    });
    expect(error).toMatch(/TrustedHTML/);
    // Chromium also logs the violation; that one is expected.
    await eventually(async () => pageErrors).toEqual([expect.stringContaining("requires 'TrustedHTML' assignment")]);
    pageErrors.length = 0;
  });

  it('gemini "Add files" uses a file input that is never attached to the document', async () => {
    const page = await openSite(browser.context, 'gemini');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('button[aria-label="Add files"]').click()]);
    expect(await chooser.element().evaluate((input) => input.isConnected)).toBe(false);
    await chooser.setFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from('quarterly numbers') });
    await eventually(() => attachments(page)).toEqual(['report.txt\nquarterly numbers']);
  });
});
