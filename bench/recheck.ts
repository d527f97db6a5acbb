/**
 * Static ReDoS analysis of detector patterns with `recheck`, shared by test/redos.test.ts and bench/run.ts.
 *
 * recheck's `check` talks to a native agent (recheck-linux-x64), the JAR (needs java) or, failing both, its
 * pure-JS build in a worker. One agent answers one request at a time, so checks run in a pool of worker
 * threads, each with its own agent: one per core. Verdicts are deterministic (recheck's PRNG seed is fixed),
 * so 'safe' and 'vulnerable' verdicts are cached in the OS temp directory (never in the project tree), keyed
 * by recheck version, parameters, flags and source; 'unknown' verdicts (timeouts) are never cached.
 */
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface Attack {
  readonly string: string;
  /** recheck's description, e.g. `'a' + 'a'.repeat(31) + '\x00'`. */
  readonly pattern: string;
  readonly pumps: readonly { readonly prefix: string; readonly pump: string; readonly bias: number }[];
  readonly suffix: string;
}

export interface Verdict {
  readonly source: string;
  readonly flags: string;
  readonly status: 'safe' | 'vulnerable' | 'unknown';
  readonly checker?: string;
  /** 'constant' | 'linear' | 'safe' | 'polynomial' | 'exponential' */
  readonly complexity?: string;
  readonly summary?: string;
  readonly attack?: Attack;
  /** For 'unknown': timeout, unsupported, invalid, ... */
  readonly error?: string;
  /** Analysis time; 0 when the verdict came from the cache. */
  readonly ms: number;
  readonly cached: boolean;
}

export interface RecheckOptions {
  /** recheck's overall time limit per pattern in ms (exceeding it gives 'unknown'). */
  readonly timeout?: number;
  readonly concurrency?: number;
  /** Use and fill the verdict cache in the OS temp directory (default true; PROMPTWALL_RECHECK_CACHE=0 disables). */
  readonly cache?: boolean;
}

/** recheck's overall limit per pattern (ms) used by the test and the bench alike, so they share cached verdicts. */
export const RECHECK_TIMEOUT_MS = 60_000;

const require = createRequire(import.meta.url);
const RECHECK_PATH = require.resolve('recheck');
const RECHECK_VERSION = (JSON.parse(readFileSync(join(RECHECK_PATH, '..', 'package.json'), 'utf8')) as { version: string }).version;
const CACHE_FILE = join(tmpdir(), `promptwall-recheck-${RECHECK_VERSION}.json`);

/** Worker body (CommonJS, eval'd): one recheck agent per worker, one request at a time. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { check } = require(workerData.recheckPath);
parentPort.on('message', async (m) => {
  const t0 = Date.now();
  let r;
  try { r = await check(m.source, m.flags, m.params); }
  catch (e) { r = { source: m.source, flags: m.flags, status: 'unknown', error: { kind: 'unexpected', message: String(e && e.message || e) } }; }
  parentPort.postMessage({ id: m.id, r, ms: Date.now() - t0 });
});
`;

interface RawDiagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  checker?: string;
  complexity?: { type: string; summary: string };
  attack?: Attack;
  error?: { kind: string; message?: string };
}

function toVerdict(source: string, flags: string, r: RawDiagnostics, ms: number): Verdict {
  return {
    source,
    flags,
    status: r.status,
    checker: r.checker,
    complexity: r.complexity?.type,
    summary: r.complexity?.summary,
    attack: r.attack && { string: r.attack.string, pattern: r.attack.pattern, pumps: r.attack.pumps, suffix: r.attack.suffix },
    error: r.error && (r.error.message ? `${r.error.kind}: ${r.error.message}` : r.error.kind),
    ms,
    cached: false,
  };
}

function loadCache(): Record<string, Verdict> {
  try {
    return JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, Verdict>;
  } catch {
    return {};
  }
}

function saveCache(cache: Record<string, Verdict>): void {
  try {
    const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache));
    renameSync(tmp, CACHE_FILE);
  } catch {
    /* a cache is optional */
  }
}

/** Checks every (source, flags) pair; results are in input order. */
export async function recheckAll(
  patterns: readonly { readonly source: string; readonly flags: string }[],
  options: RecheckOptions = {},
): Promise<Verdict[]> {
  const timeout = options.timeout ?? RECHECK_TIMEOUT_MS;
  const useCache = (options.cache ?? true) && process.env.PROMPTWALL_RECHECK_CACHE !== '0';
  // recheck's fuzzer stops its inner phases on wall-clock limits by default, so on a loaded machine a
  // pattern can come out 'vulnerable' on one run and 'safe' on the next. With those limits off, only
  // step counts bound the analysis and the verdict is the same on every machine.
  const params = { timeout, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };
  const keyOf = (p: { source: string; flags: string }): string => `${JSON.stringify(params)}\u0000${p.flags}\u0000${p.source}`;
  const cache = useCache ? loadCache() : {};
  const results: (Verdict | undefined)[] = patterns.map((p) => {
    const hit = cache[keyOf(p)];
    return hit ? { ...hit, ms: 0, cached: true } : undefined;
  });
  const todo = results.flatMap((r, i) => (r ? [] : [i]));
  if (todo.length) {
    const size = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), todo.length));
    const workers = Array.from({ length: size }, () => new Worker(WORKER, { eval: true, workerData: { recheckPath: RECHECK_PATH } }));
    try {
      let next = 0;
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const send = (): void => {
                if (next >= todo.length) return resolve();
                const i = todo[next++]!;
                const { source, flags } = patterns[i]!;
                worker.postMessage({ id: i, source, flags, params });
              };
              worker.on('message', (m: { id: number; r: RawDiagnostics; ms: number }) => {
                const { source, flags } = patterns[m.id]!;
                results[m.id] = toVerdict(source, flags, m.r, m.ms);
                send();
              });
              worker.on('error', reject);
              send();
            }),
        ),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    if (useCache) {
      const fresh = loadCache();
      for (const i of todo) if (results[i]!.status !== 'unknown') fresh[keyOf(patterns[i]!)] = results[i]!;
      saveCache(fresh);
    }
  }
  return results as Verdict[];
}

/** The attack string pumped up to about `size` characters (recheck's own string when it has no pumps). */
export function pumpAttack(attack: Attack, size: number): string {
  if (!attack.pumps.length) return attack.string;
  const fixed = attack.pumps.reduce((n, p) => n + p.prefix.length, attack.suffix.length);
  const perRound = attack.pumps.reduce((n, p) => n + Math.max(1, p.pump.length), 0);
  const rounds = Math.max(1, Math.floor((size - fixed) / perRound));
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(rounds)).join('') + attack.suffix;
}
