/**
 * The extension measured in real headless Chromium, on the ChatGPT fixture page (ProseMirror):
 * - added latency at submit: from the Enter keydown to the page recording the send, with the extension (rules in
 *   the content script, classifier in the offscreen document) against the same page without it;
 * - a 1 MB paste: from the paste event to the site taking it (it becomes an attachment there), with and without;
 * - the content script's size, gzipped.
 * Needs the built extension (.output/chrome-mv3; `npm run bench` builds it). Run alone (`tsx bench/extension.ts [RUNS]`)
 * it prints the figures as JSON: bench/run.ts runs it so, in a process of its own, away from the peer libraries it
 * loaded (with them in the same process the fixture bundling never finished).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { FIXTURE_SITES, launchChromium, openSite, serviceWorker, startFixtureServer } from '../test/e2e/harness.ts';
/** A harmless 2 KB prompt (the rules and the classifier find nothing), so every run goes through the allow path. */
const TRIP =
  'I am planning a two-week trip through northern Italy in late September and would like help putting together an itinerary. We will fly into Milan and out of Venice, and we would rather take trains than rent a car. We enjoy long walks, small museums, local markets and simple restaurants more than famous sights with long queues. Could you suggest how many nights to spend in each town, which day trips are realistic by train, and what we should book in advance? We are thinking about Lake Como, Bergamo, Verona, Bologna and perhaps a few days in the Dolomites if the weather is still good. Please also explain how regional trains differ from the high-speed ones, whether seat reservations are needed, and how to validate paper tickets so we do not get fined. It would help to know which museums close on Mondays, what the typical opening hours of restaurants are, and whether we should expect crowds at that time of year. We like trying regional dishes, so a short list of specialities for each area would be great, along with any food markets worth visiting in the morning. Finally, give us a rough daily budget for mid-range hotels, meals and transport, and a packing list suitable for both warm afternoons by the lakes and cooler evenings in the mountains. If there are festivals, grape harvests or local holidays in late September that could change opening hours or make accommodation harder to find, mention them too, and suggest a rainy-day alternative for each stop so the plan still works if the weather turns.';
const PROMPT_2KB = `${TRIP} ${TRIP}`.slice(0, 2048);

const EXTENSION = resolve('.output/chrome-mv3');
const CONTENT_SCRIPT = resolve(EXTENSION, 'content-scripts/content.js');

export interface ExtensionFigures {
  submitMs: { with: number[]; without: number[] };
  pasteMs: { with: number[]; without: number[] };
  contentScriptGzip: number;
  contentScriptRaw: number;
}

/** In the page: put `text` in the editor, press Enter (a synthetic keydown, as the editor's keymap sees it), and time until the send is recorded. */
function timeSubmit(page: Page, text: string): Promise<number> {
  return page.evaluate(async ({ selector, text }) => {
    const editor = document.querySelector<HTMLElement>(selector)!;
    editor.focus();
    document.getSelection()!.selectAllChildren(editor);
    document.execCommand('insertText', false, text);
    await new Promise((r) => setTimeout(r, 0)); // let the editor's DOM observer take the insert
    const before = window.__fixture.sent.length;
    const start = performance.now();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    while (window.__fixture.sent.length === before) {
      if (performance.now() - start > 10_000) throw new Error(`the page sent nothing within 10 s (editor holds ${JSON.stringify(window.__fixture.getModelText().slice(0, 80))})`);
      await new Promise((r) => setTimeout(r, 0));
    }
    return performance.now() - start;
  }, { selector: FIXTURE_SITES.chatgpt.editor, text });
}

/** In the page: paste `size` characters of harmless text, and time until the site has taken it as an attachment. */
function timePaste(page: Page, size: number): Promise<number> {
  return page.evaluate(async ({ selector, size }) => {
    const editor = document.querySelector<HTMLElement>(selector)!;
    editor.focus();
    const line = 'The quarterly newsletter covers the office move, the new coffee machine and the summer party.\n';
    const data = new DataTransfer();
    data.setData('text/plain', line.repeat(Math.ceil(size / line.length)).slice(0, size));
    const before = window.__fixture.attachments.length;
    const start = performance.now();
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    while (window.__fixture.attachments.length === before) {
      if (performance.now() - start > 10_000) throw new Error('the page took no attachment within 10 s');
      await new Promise((r) => setTimeout(r, 0));
    }
    const took = performance.now() - start;
    window.__fixture.attachments.length = 0;
    return took;
  }, { selector: FIXTURE_SITES.chatgpt.editor, size });
}

async function measure(withExtension: boolean, runs: number): Promise<{ submit: number[]; paste: number[] }> {
  const server = await startFixtureServer();
  const browser = await launchChromium({ port: server.port, extensionDir: withExtension ? EXTENSION : undefined });
  try {
    if (withExtension) await serviceWorker(browser.context);
    const page = await openSite(browser.context, 'chatgpt');
    await page.waitForTimeout(500);
    // the first check pays for the offscreen document and the model load: warm up before timing
    for (let i = 0; i < 3; i++) await timeSubmit(page, PROMPT_2KB);
    const submit: number[] = [];
    for (let i = 0; i < runs; i++) submit.push(await timeSubmit(page, PROMPT_2KB));
    await timePaste(page, 1 << 20);
    const paste: number[] = [];
    for (let i = 0; i < Math.max(3, runs / 10); i++) paste.push(await timePaste(page, 1 << 20));
    return { submit, paste };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchExtension(runs = 60): Promise<ExtensionFigures> {
  if (!existsSync(CONTENT_SCRIPT)) throw new Error(`no built extension at ${EXTENSION}: run \`npx wxt build\``);
  const raw = readFileSync(CONTENT_SCRIPT);
  const without = await measure(false, runs);
  const withExt = await measure(true, runs);
  return {
    submitMs: { with: withExt.submit, without: without.submit },
    pasteMs: { with: withExt.paste, without: without.paste },
    contentScriptGzip: gzipSync(raw, { level: 9 }).length,
    contentScriptRaw: raw.length,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchExtension(Number(process.argv[2] ?? 60))));
}
