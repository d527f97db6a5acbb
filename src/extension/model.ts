/**
 * Loads the shipped classifier with onnxruntime-web inside an extension document: the offscreen document in
 * Chrome, the background page in Firefox. Never in a content script (the wasm needs 'wasm-unsafe-eval', which
 * only the extension's own pages have). One thread: extension pages are not cross-origin isolated.
 */
import * as ort from 'onnxruntime-web/wasm';
import browser from 'webextension-polyfill';
import { Classifier, type OnnxRuntime } from '../classifier/classifier.ts';
import type { Finding } from '../engine/types.ts';
import type { OffscreenAnswer } from './messages.ts';

export const MODEL_PATH = '/classifier.onnx';

let loading: Promise<Classifier> | undefined;

function load(): Promise<Classifier> {
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  ort.env.wasm.wasmPaths = {
    mjs: browser.runtime.getURL('/ort/ort-wasm-simd-threaded.mjs'),
    wasm: browser.runtime.getURL('/ort/ort-wasm-simd-threaded.wasm'),
  };
  return fetch(browser.runtime.getURL(MODEL_PATH))
    .then((r) => {
      if (!r.ok) throw new Error(`model file missing (${r.status})`);
      return r.arrayBuffer();
    })
    .then((bytes) => Classifier.load(ort as unknown as OnnxRuntime, new Uint8Array(bytes)));
}

/** The model, loaded once; a failed load is retried on the next request rather than remembered forever. */
function classifier(): Promise<Classifier> {
  loading ??= load().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

const failure = (err: unknown): OffscreenAnswer => ({ ok: false, state: 'unavailable', error: err instanceof Error ? err.message : String(err) });

export async function loadModel(): Promise<OffscreenAnswer> {
  return classifier().then(() => ({ ok: true, state: 'loaded' }) as const, failure);
}

export async function classifyText(text: string, findings: Finding[]): Promise<OffscreenAnswer> {
  try {
    return { ok: true, classification: await (await classifier()).classify(text, findings) };
  } catch (err) {
    return failure(err);
  }
}
