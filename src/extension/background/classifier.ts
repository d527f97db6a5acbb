/**
 * The background's handle on the classifier. Chrome: an offscreen document hosts onnxruntime-web (created on
 * demand, re-checked on every request because Chrome may close it). Firefox: the background page itself does.
 */
import { browser as wxtBrowser } from 'wxt/browser';
import browser from 'webextension-polyfill';
import type { Finding } from '../../engine/types.ts';
import type { ClassifierState, ClassifyAnswer, OffscreenAnswer, OffscreenRequest } from '../messages.ts';

const OFFSCREEN_URL = 'offscreen.html';
let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(`/${OFFSCREEN_URL}`);
  const existing = await wxtBrowser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= wxtBrowser.offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: ['WORKERS'], justification: 'Runs the local ONNX classifier (WebAssembly) on prompt text.' })
    .finally(() => (creating = undefined));
  await creating;
}

/** An offscreen request without its routing field (distributed over the union, so each variant keeps its fields). */
type Request = OffscreenRequest extends infer R ? (R extends OffscreenRequest ? Omit<R, 'target'> : never) : never;

async function ask(request: Request): Promise<OffscreenAnswer> {
  if (import.meta.env.FIREFOX) {
    const model = await import('../model.ts');
    return request.type === 'load' ? model.loadModel() : model.classifyText(request.text, request.findings);
  }
  await ensureOffscreen();
  return (await browser.runtime.sendMessage({ ...request, target: 'offscreen' })) as OffscreenAnswer;
}

export class ClassifierClient {
  state: ClassifierState = 'loading';
  error?: string;

  constructor(private readonly onState: () => void) {}

  private settle(answer: OffscreenAnswer): void {
    const state: ClassifierState = answer.ok ? 'loaded' : 'unavailable';
    const error = answer.ok ? undefined : answer.error;
    if (state === this.state && error === this.error) return;
    this.state = state;
    this.error = error;
    if (error) console.error(`[Promptwall] classifier unavailable: rules only (${error})`);
    else console.info('[Promptwall] classifier loaded');
    this.onState();
  }

  /** Loads the model ahead of the first prompt, to hide its cold start (~0.5 s). */
  async warmUp(): Promise<void> {
    this.settle(await ask({ type: 'load' }).catch((err: unknown) => ({ ok: false, state: 'unavailable', error: String(err) }) as const));
  }

  async classify(text: string, findings: Finding[]): Promise<ClassifyAnswer> {
    const answer = await ask({ type: 'classify', text, findings }).catch((err: unknown) => ({ ok: false, state: 'unavailable', error: String(err) }) as const);
    this.settle(answer);
    if (answer.ok && 'classification' in answer) return answer;
    return { ok: false, state: 'unavailable', error: answer.ok ? 'no classification' : answer.error };
  }
}
