/**
 * Runs a regular expression over a text in a worker thread that is killed when it overruns a deadline, so a
 * catastrophic pattern cannot hang the caller. The result is the number of matches (proof that matchAll
 * terminated) or `timedOut`. The deadline is a hang guard, not a performance bound.
 */
import { Worker } from 'node:worker_threads';

export interface MatchJob {
  readonly source: string;
  readonly flags: string;
  readonly text: string;
}

export type MatchOutcome = { readonly count: number; readonly ms: number } | { readonly timedOut: true; readonly ms: number };

const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ source, flags, text }) => {
  const re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  const t0 = performance.now();
  let count = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    count++;
  }
  parentPort.postMessage({ count, ms: performance.now() - t0 });
});
`;

/** One worker reused across jobs, replaced after a job overruns. Call `close()` when done. */
export class GuardedMatcher {
  private worker: Worker | undefined;

  constructor(private readonly deadlineMs: number) {}

  private get live(): Worker {
    return (this.worker ??= new Worker(WORKER, { eval: true }));
  }

  run(job: MatchJob): Promise<MatchOutcome> {
    const worker = this.live;
    const t0 = performance.now();
    return new Promise<MatchOutcome>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (m: { count: number; ms: number }): void => {
        done();
        resolve(m);
      };
      const onError = (e: Error): void => {
        done();
        this.worker = undefined;
        reject(e);
      };
      const timer = setTimeout(() => {
        done();
        this.worker = undefined;
        void worker.terminate();
        resolve({ timedOut: true, ms: performance.now() - t0 });
      }, this.deadlineMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}
