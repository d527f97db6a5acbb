/** Typed request/answer over runtime messaging (webextension-polyfill: promise-based in Chrome and Firefox). */
import browser from 'webextension-polyfill';
import type { BackgroundAnswers, BackgroundRequest } from './messages.ts';

type Request<T extends BackgroundRequest['type']> = Omit<Extract<BackgroundRequest, { type: T }>, 'target'>;

export async function askBackground<T extends BackgroundRequest['type']>(request: Request<T> & { type: T }): Promise<BackgroundAnswers[T]> {
  const answer = (await browser.runtime.sendMessage({ ...request, target: 'background' })) as BackgroundAnswers[T] | undefined;
  if (answer === undefined) throw new Error(`the extension's background did not answer '${request.type}'`);
  return answer;
}
