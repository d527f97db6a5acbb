// Chrome's offscreen document: the only place the ONNX classifier runs in Chrome (service workers cannot host it well).
import browser from 'webextension-polyfill';
import type { OffscreenRequest } from '../../src/extension/messages.ts';
import { classifyText, loadModel } from '../../src/extension/model.ts';

browser.runtime.onMessage.addListener((message: unknown) => {
  const request = message as OffscreenRequest;
  if (request?.target !== 'offscreen') return undefined;
  return request.type === 'load' ? loadModel() : classifyText(request.text, request.findings);
});
