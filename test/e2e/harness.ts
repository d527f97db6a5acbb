// End-to-end harness: serves the fixture pages (test/e2e/fixtures) over HTTPS at the real chatbots' hostnames and
// launches Debian's Chromium, optionally with the built extension, resolving those hostnames to the local server.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export interface FixtureSite {
  host: string;
  /** Where the page is opened; any path on the host serves the same page (an SPA). */
  path: string;
  /** The site's prompt editor and send button, as the real site's selectors find them. */
  editor: string;
  send: string;
  /** Extra response headers for the page. */
  headers?: Record<string, string>;
}

/** One page per chatbot editor technology; each key is also the name of its script in fixtures/. */
export const FIXTURE_SITES = {
  chatgpt: { host: 'chatgpt.com', path: '/', editor: '#prompt-textarea', send: '#composer-submit-button' },
  claude: { host: 'claude.ai', path: '/new', editor: '[data-testid="chat-input"]', send: 'fieldset button[aria-label="Send message"]' },
  gemini: {
    host: 'gemini.google.com', path: '/app', editor: 'rich-textarea > .ql-editor', send: 'button.send-button',
    headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
  },
  copilot: { host: 'copilot.microsoft.com', path: '/', editor: '#userInput', send: '[data-testid="submit-button"]' },
  generic: { host: 'chat.example.org', path: '/', editor: 'textarea[name="prompt"]', send: 'form button[type="submit"]' },
} as const satisfies Record<string, FixtureSite>;

export type SiteName = keyof typeof FIXTURE_SITES;

const SITE_NAMES = Object.keys(FIXTURE_SITES) as SiteName[];
const FIXTURE_HOSTS = SITE_NAMES.map((name) => FIXTURE_SITES[name].host);

export function siteUrl(name: SiteName): string {
  return `https://${FIXTURE_SITES[name].host}${FIXTURE_SITES[name].path}`;
}

function siteAtHost(host: string): SiteName | undefined {
  return SITE_NAMES.find((name) => FIXTURE_SITES[name].host === host);
}

// ---- Server ----

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface FixtureServer {
  port: number;
  /** Serves `path` (exact pathname) on `host`, or on every host, ahead of the fixture pages. */
  route(path: string, handler: RouteHandler, host?: string): void;
  close(): Promise<void>;
}

let certificate: { key: string; cert: string } | undefined;
let bundles: Promise<Map<string, string>> | undefined;

/** A self-signed certificate for every fixture host, made once per process. */
function fixtureCertificate(): { key: string; cert: string } {
  if (!certificate) {
    const dir = mkdtempSync(join(tmpdir(), 'promptwall-cert-'));
    try {
      const san = [...FIXTURE_HOSTS.map((host) => `DNS:${host}`), 'IP:127.0.0.1'].join(',');
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
        '-subj', '/CN=promptwall-fixtures', '-addext', `subjectAltName=${san}`], { stdio: 'ignore' });
      certificate = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return certificate;
}

/** The browser bundle of every fixture script, by site name; built once per process. */
function fixtureBundles(): Promise<Map<string, string>> {
  bundles ??= build({
    entryPoints: Object.fromEntries(SITE_NAMES.map((name) => [name, fileURLToPath(new URL(`fixtures/${name}.ts`, import.meta.url))])),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: 'fixture-bundles', // not written: write is false
    write: false,
    logLevel: 'silent',
  }).then((result) => new Map(result.outputFiles.map((file) => [basename(file.path, '.js'), file.text])));
  return bundles;
}

// ProseMirror and Quill need `white-space: pre-wrap` (their own stylesheets set it) to keep typed spaces.
const PAGE_CSS = '.ProseMirror, .ql-editor { white-space: pre-wrap; overflow-wrap: break-word; min-height: 3em; border: 1px solid #999; }'
  + ' .ql-editor p { margin: 0; } textarea { width: 40em; }';

function pageHtml(name: SiteName): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} fixture</title>`
    + `<style>${PAGE_CSS}</style></head><body><script src="/__fixture/${name}.js"></script></body></html>`;
}

/** Starts the HTTPS fixture server on 127.0.0.1 at a free port; the Host header picks the page. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const scripts = await fixtureBundles();
  const routes = new Map<string, RouteHandler>();
  const server = createServer(fixtureCertificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const { pathname } = new URL(request.url ?? '/', 'https://fixture');
    const route = routes.get(`${host} ${pathname}`) ?? routes.get(`* ${pathname}`);
    if (route) return route(request, response);
    const name = siteAtHost(host);
    if (!name) {
      response.writeHead(404).end();
    } else if (pathname === `/__fixture/${name}.js`) {
      response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(scripts.get(name));
    } else {
      const site: FixtureSite = FIXTURE_SITES[name];
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...site.headers })
        .end(pageHtml(name));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    route: (path, handler, host = '*') => void routes.set(`${host} ${path}`, handler),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

// ---- Browser ----

/** Debian's Chromium; the real binary avoids the /usr/bin/chromium wrapper's noise. CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
}

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath());
}

export interface LaunchOptions {
  /** The fixture server's port. */
  port: number;
  /** An unpacked extension (e.g. .output/chrome-mv3) to load. */
  extensionDir?: string;
  /** A profile to use; by default a fresh temporary one, removed on close. */
  userDataDir?: string;
  /** More hostnames to resolve to the fixture server (serve them with `route`). */
  hosts?: string[];
  extraArgs?: string[];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

/**
 * Launches headless Chromium. The fixture hosts resolve to the fixture server; 127.0.0.1 and localhost work as usual;
 * every other hostname fails at once with ERR_NAME_NOT_RESOLVED, so nothing reaches the internet.
 */
export async function launchChromium(options: LaunchOptions): Promise<LaunchedBrowser> {
  const temporaryProfile = options.userDataDir ? undefined : mkdtempSync(join(tmpdir(), 'promptwall-chromium-'));
  const hostRules = [
    ...[...FIXTURE_HOSTS, ...(options.hosts ?? [])].map((host) => `MAP ${host} 127.0.0.1:${options.port}`),
    'EXCLUDE 127.0.0.1', 'EXCLUDE localhost', 'MAP * ~NOTFOUND',
  ];
  const extensionArgs = options.extensionDir
    ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`]
    : [];
  const context = await chromium.launchPersistentContext(options.userDataDir ?? temporaryProfile!, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--ignore-certificate-errors', `--host-resolver-rules=${hostRules.join(', ')}`,
      ...extensionArgs, ...(options.extraArgs ?? []),
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      if (temporaryProfile) rmSync(temporaryProfile, { recursive: true, force: true });
    },
  };
}

/** The loaded extension's background service worker. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
}

export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorker(context)).url()).host;
}

/** Opens a fixture site in a new page, once its `window.__fixture` is ready. */
export async function openSite(context: BrowserContext, name: SiteName): Promise<Page> {
  const page = await context.newPage();
  await page.goto(siteUrl(name));
  await page.waitForFunction(() => window.__fixture !== undefined);
  return page;
}

// ---- Input ----

/**
 * A trusted paste: writes `text` to the clipboard and presses Ctrl+V in `selector` (default: the site's editor),
 * focusing it first unless the focus is already inside it (so a caret placed by the test stays where it is).
 */
export async function pastePlainText(page: Page, text: string, selector?: string): Promise<void> {
  const url = new URL(page.url());
  const site = siteAtHost(url.hostname);
  const target = page.locator(selector ?? (site ? FIXTURE_SITES[site].editor : ':focus'));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.origin });
  await page.evaluate((clipboardText) => navigator.clipboard.writeText(clipboardText), text);
  if (!await target.evaluate((element) => element.contains(document.activeElement))) await target.focus();
  await page.keyboard.press('ControlOrMeta+V');
}

/** Drops plain text on `selector` with synthetic dragenter/dragover/drop events (there is no trusted way). */
export async function dropText(page: Page, selector: string, text: string): Promise<void> {
  await dispatchDrop(page, selector, { text });
}

/** Drops one file on `selector` with synthetic dragenter/dragover/drop events. */
export async function dropFile(page: Page, selector: string, name: string, content: string, type = 'text/plain'): Promise<void> {
  await dispatchDrop(page, selector, { file: { name, content, type } });
}

interface DropData {
  text?: string;
  file?: { name: string; content: string; type: string };
}

async function dispatchDrop(page: Page, selector: string, data: DropData): Promise<void> {
  await page.locator(selector).evaluate((target, { text, file }: DropData) => {
    const dataTransfer = new DataTransfer();
    if (text !== undefined) dataTransfer.setData('text/plain', text);
    if (file) dataTransfer.items.add(new File([file.content], file.name, { type: file.type }));
    // Aim at the middle of the target: editors place the drop at these coordinates.
    const box = target.getBoundingClientRect();
    const init = { bubbles: true, cancelable: true, composed: true, dataTransfer, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, init));
  }, data);
}
