// The Firefox build (`wxt build -b firefox`), checked without a browser: its manifest is Manifest V2 with what
// Firefox needs in place of Chrome's service worker and offscreen document, and it ships the classifier's files.
// Built into a temporary directory (WXT's CLI has no output option; its JS API takes `outDir`) so it never touches
// the .output/ that the other suites load.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const BUILD = "import { build } from 'wxt'; await build({ browser: 'firefox', outDir: process.argv[1], logLevel: 'warn' });";

let outDir: string;
let extension: string;
let manifest: Record<string, any>;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'promptwall-firefox-'));
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', BUILD, outDir]);
  extension = join(outDir, 'firefox-mv2');
  manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

it('is a Manifest V2 extension with a background page and the gecko id that Firefox policies name', () => {
  expect(manifest.manifest_version).toBe(2);
  expect(manifest.background).toEqual({ scripts: ['background.js'] });
  expect(manifest.browser_specific_settings.gecko.id).toBe('promptwall@promptwall.dev');
});

it('declares the managed-storage schema and ships it', () => {
  expect(manifest.storage.managed_schema).toBe('managed_schema.json');
  expect(existsSync(join(extension, 'managed_schema.json'))).toBe(true);
});

it('lets its pages compile WebAssembly, and asks for no offscreen document (Chrome only)', () => {
  expect(manifest.content_security_policy).toContain("'wasm-unsafe-eval'");
  expect(manifest.permissions).not.toContain('offscreen');
  expect(existsSync(join(extension, 'offscreen.html'))).toBe(false);
});

it('hooks the chatbots and ships the classifier with its runtime', () => {
  expect(manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches)).toContain('https://chatgpt.com/*');
  for (const file of ['ort/ort-wasm-simd-threaded.wasm', 'ort/ort-wasm-simd-threaded.mjs', 'classifier.onnx']) {
    expect(existsSync(join(extension, file)), file).toBe(true);
  }
});
