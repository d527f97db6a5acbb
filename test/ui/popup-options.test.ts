// The popup and the options page, rendered in headless Chromium without the extension: the components are
// bundled with esbuild and mounted with fake data sources in place of the background.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryStatus, ExtensionStatus } from '../../src/extension/messages.ts';
import type { PolicyProblem } from '../../src/policy/resolve.ts';
import { DEFAULT_POLICY, POLICY_KEYS, policySchema, type PolicyKey } from '../../src/policy/schema.ts';

const UI_DIR = fileURLToPath(new URL('../../src/extension/ui/', import.meta.url));
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));

/** What the bundle and the fakes put on the page's window. */
interface PageWindow {
  ui: {
    h: (type: unknown, props: Record<string, unknown>) => unknown;
    render: (vnode: unknown, parent: Element) => void;
    Popup: unknown;
    Options: unknown;
  };
  calls: unknown[];
}

const sources = (managed: PolicyKey[] = [], user: PolicyKey[] = []) =>
  Object.fromEntries(POLICY_KEYS.map((k) => [k, managed.includes(k) ? 'managed' : user.includes(k) ? 'user' : 'default'])) as ExtensionStatus['sources'];

const FULL_VALUE = 'AKIAIOSFODNN7EXAMPLE';

const STATUS: ExtensionStatus = {
  version: '0.1.0',
  policy: { ...DEFAULT_POLICY, mode: 'audit', justificationMinLength: 20, reporting: { ...DEFAULT_POLICY.reporting, endpoint: 'https://pw.example.com' } },
  sources: sources(['mode', 'reporting'], ['justificationMinLength']),
  problems: [
    { source: 'managed', path: 'actions.secret', message: 'Invalid option: expected one of "allow"|"warn"|"redact"|"block"' },
    { source: 'managed', path: 'blockedSites[0]', message: 'expected a lowercase hostname' },
  ],
  classifier: { state: 'unavailable', error: 'model file missing' },
  sites: [
    { id: 'chatgpt', name: 'ChatGPT', hosts: ['chatgpt.com'], state: 'ok' },
    { id: 'claude', name: 'Claude', hosts: ['claude.ai'], state: 'fallback' },
    { id: 'gemini', name: 'Gemini', hosts: ['gemini.google.com'], state: 'unused' },
  ],
  recent: [
    {
      time: '2026-05-01T10:00:00Z', site: 'chatgpt.com', channel: 'paste', action: 'blocked',
      categories: ['secret'], kinds: { aws_access_key: 2 }, previews: ['AKIA••••••••••••MPLE', FULL_VALUE],
    },
  ],
  delivery: { endpoint: 'https://pw.example.com', pending: 3, rejected: [{ id: 'ev-1', message: 'unknown department' }], lastError: 'HTTP 503', dropped: 0 },
};

let browser: Browser;
// One page for all tests: each mount replaces the last (parsing the bundle again per test costs more than the tests).
let page: Page;

beforeAll(async () => {
  const [built, launched] = await Promise.all([
    build({
      stdin: { contents: "export { h, render } from 'preact'; export { Popup } from './Popup.tsx'; export { Options } from './Options.tsx';", resolveDir: UI_DIR, loader: 'ts' },
      bundle: true, minify: true, write: false, format: 'iife', globalName: 'ui', platform: 'browser', jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent',
    }),
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] }),
  ]);
  browser = launched;
  page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><body><div id="app"></div></body></html>');
  await page.addScriptTag({ content: built.outputFiles[0]!.text });
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The popup or the options page, with a background that answers `status` (or fails with the given message), and
 * records `flush` and the layers `saveUserPolicy` is given, answering `refused`.
 */
async function mount(
  component: 'Popup' | 'Options',
  status: ExtensionStatus | string,
  { refused = [] as PolicyProblem[], flushed = { ...STATUS.delivery, pending: 0 } as DeliveryStatus } = {},
): Promise<Page> {
  await page.evaluate(
    ([component, status, refused, flushed]) => {
      const w = window as unknown as PageWindow;
      const app = document.getElementById('app')!;
      w.ui.render(null, app);
      w.calls = [];
      const load = () => (typeof status === 'string' ? Promise.reject(new Error(status)) : Promise.resolve(status));
      const flush = async () => (w.calls.push('flush'), flushed);
      const save = async (layer: unknown) => (w.calls.push(layer), { problems: refused });
      w.ui.render(w.ui.h(w.ui[component], { load, flush, save }), app);
    },
    [component, status, refused, flushed] as const,
  );
  return page;
}

async function options(status: ExtensionStatus, refused: PolicyProblem[] = []): Promise<Page> {
  const p = await mount('Options', status, { refused });
  await p.waitForSelector('form');
  return p;
}

const calls = (p: Page) => p.evaluate(() => (window as unknown as PageWindow).calls);

/** The page's text, once `selector` shows. */
async function textWhen(p: Page, selector: string): Promise<string> {
  await p.waitForSelector(selector);
  return p.innerText('main');
}

describe('popup', () => {
  it('shows mode, managed source, problems, classifier, sites, masked previews and delivery', async () => {
    const p = await mount('Popup', STATUS);
    const text = await textWhen(p, '.detections');
    for (const line of [
      'Audit mode',
      'Policy managed by your organisation',
      '2 managed settings were invalid and ignored:',
      'actions.secret: Invalid option',
      'Claude UI changed — generic protection active',
      'aws_access_key ×2',
      'Reporting to https://pw.example.com',
      '3 events waiting to be sent',
      'Last error: HTTP 503',
      '1 event refused by the server',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/classifier unavailable: rules only \(model file missing\)/i);
    expect(await p.getAttribute('.problems', 'role')).toBe('alert');
    // Previews arrive masked; the popup shows them as given, whatever they hold.
    expect(await p.locator('.previews code').allInnerTexts()).toEqual(['AKIA••••••••••••MPLE', FULL_VALUE]);
  });

  it('retries delivery on "Retry now" and shows the answer', async () => {
    const p = await mount('Popup', STATUS);
    await p.getByRole('button', { name: 'Retry now' }).click();
    await p.getByText('Nothing waiting to be sent.').waitFor();
    expect(await calls(p)).toEqual(['flush']);
  });

  it('says when reports stay on the device and the classifier is off', async () => {
    const local: ExtensionStatus = {
      ...STATUS, policy: DEFAULT_POLICY, sources: sources(), problems: [], classifier: { state: 'disabled' }, recent: [],
      delivery: { endpoint: '', pending: 0, rejected: [], dropped: 0 },
    };
    const p = await mount('Popup', local);
    const text = await textWhen(p, '.summary');
    for (const line of ['Enforcing', 'Default policy', 'Classifier disabled by policy', 'Reports stay on this device.', 'Nothing detected on this device yet.']) {
      expect(text).toContain(line);
    }
    expect(await p.locator('button').count()).toBe(0);
  });

  it('says when the background does not answer', async () => {
    const p = await mount('Popup', 'no receiver');
    expect(await textWhen(p, '[role=alert]')).toContain('did not answer: no receiver');
  });
});

describe('options', () => {
  it('has a field for every policy key, with its description, and locks the managed ones', async () => {
    const p = await options(STATUS);
    expect(await p.locator('section[data-key]').evaluateAll((s) => s.map((e) => e.getAttribute('data-key')))).toEqual(POLICY_KEYS);
    expect(await p.innerText('form')).toContain(policySchema.shape.failMode.description!);
    for (const key of ['mode', 'reporting']) {
      const section = p.locator(`section[data-key="${key}"]`);
      expect(await section.innerText()).toContain('Set by your organisation');
      const controls = section.locator('input, select, textarea');
      expect(await controls.count()).toBeGreaterThan(0);
      expect(await controls.evaluateAll((c) => c.every((e) => (e as HTMLInputElement).disabled))).toBe(true);
    }
    expect(await p.locator('section[data-key="actions"] select').count()).toBe(Object.keys(DEFAULT_POLICY.actions).length);
    expect(await p.inputValue('[id="justificationMinLength"]')).toBe('20');
  });

  it('names every invalid value by path and does not save', async () => {
    const p = await options(STATUS);
    await p.fill('[id="justificationMinLength"]', '-5');
    await p.fill('[id="sanctionedSites"]', 'chatgpt.com\nNot A Host');
    await p.fill('[id="sites"]', '{"chatgpt.com": ');
    await p.fill('[id="classifier.timeoutMs"]', '');
    await p.getByRole('button', { name: 'Save' }).click();
    await p.getByText('These settings are not valid:').waitFor();
    const list = await p.innerText('.problems[role=alert]:has-text("not valid")');
    for (const path of ['justificationMinLength', 'sanctionedSites[1]', 'sites', 'classifier.timeoutMs']) expect(list).toContain(path);
    expect(await p.innerText('[id="sites-error"]')).toContain('invalid JSON');
    expect(await p.getAttribute('[id="justificationMinLength"]', 'aria-invalid')).toBe('true');
    expect(await calls(p)).toEqual([]);
  });

  it('refuses invalid JSON in the advanced editor, including managed keys', async () => {
    const p = await options(STATUS);
    await p.getByRole('button', { name: 'Advanced: edit as JSON' }).click();
    expect(JSON.parse(await p.inputValue('#policy-json'))).toEqual({ justificationMinLength: 20 });
    await p.fill('#policy-json', '{"failMode": "sometimes", "bogus": 1, "mode": "enforce"}');
    await p.getByRole('button', { name: 'Save' }).click();
    await p.getByText('These settings are not valid:').waitFor();
    const list = await p.innerText('.problems[role=alert]:has-text("not valid")');
    expect(list).toContain('failMode: Invalid option');
    expect(list).toContain('bogus: unknown setting');
    expect(list).toContain('mode: set by your organisation');
    await p.fill('#policy-json', '{"failMode": ');
    await p.getByRole('button', { name: 'Save' }).click();
    await p.getByText('(policy): invalid JSON').waitFor();
    expect(await calls(p)).toEqual([]);
  });

  it('saves only the user keys that differ from the default, and shows what the background refused', async () => {
    const refused: PolicyProblem[] = [{ source: 'user', path: 'monitoredSites', message: 'storage quota exceeded' }];
    const p = await options(STATUS, refused);
    await p.selectOption('[id="actions.pii"]', 'block');
    await p.fill('[id="sanctionedSites"]', ' chatgpt.com \n\nclaude.ai');
    await p.getByRole('checkbox', { name: 'secret' }).check();
    await p.getByRole('button', { name: 'Save' }).click();
    await p.getByText('Saved, except:').waitFor();
    expect(await calls(p)).toEqual([
      {
        actions: { ...DEFAULT_POLICY.actions, pii: 'block' },
        overridable: ['secret', ...DEFAULT_POLICY.overridable],
        justificationMinLength: 20,
        sanctionedSites: ['chatgpt.com', 'claude.ai'],
      },
    ]);
    expect(await p.innerText('main')).toContain('monitoredSites: storage quota exceeded');
  });

  it('resets the form to the defaults, keeping the managed keys', async () => {
    const p = await options(STATUS);
    await p.getByRole('button', { name: 'Reset to defaults' }).click();
    expect(await p.inputValue('[id="justificationMinLength"]')).toBe(String(DEFAULT_POLICY.justificationMinLength));
    expect(await p.inputValue('[id="mode"]')).toBe('audit');
    await p.getByRole('button', { name: 'Save' }).click();
    await p.getByText('Saved.').waitFor();
    expect(await calls(p)).toEqual([{}]);
  });
});
