/**
 * A throw-away PostgreSQL cluster for one test file: a copy of an initdb'd template in a temporary directory,
 * started on a free port, one fresh database per suite, stopped and deleted afterwards. initdb costs seconds of
 * CPU, so the template is made once and kept in the OS temp directory. PostgreSQL refuses to run as root, so as
 * root the cluster belongs to the `postgres` system user. Missing binaries fail the tests (CI installs postgresql).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './net.ts';

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const dir = versions.map((v) => join(root, v, 'bin')).find((d) => existsSync(join(d, 'initdb')));
  if (!dir) {
    throw new Error(
      'PostgreSQL binaries not found under /usr/lib/postgresql/*/bin: the server tests run on SQLite and PostgreSQL; ' +
        'install it (apt-get install postgresql) and run again',
    );
  }
  return dir;
}

/** For beforeAll hooks that start PostgreSQL or Chromium: a first initdb on a busy machine takes a while. */
export const SETUP_TIMEOUT_MS = 60_000;

export interface TestPostgres {
  /** A new empty database; resolves to its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program as the user that owns the cluster. */
const run = (cmd: string, args: string[]) =>
  execFileSync(asRoot ? 'runuser' : cmd, asRoot ? ['-u', 'postgres', '--', cmd, ...args] : args, { stdio: 'pipe' });

/** A temporary directory the cluster's user may write. */
function clusterDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  return dir;
}

/** The initdb'd data directory to copy; made by whichever test file gets here first (the rename is atomic). */
function template(bin: string): string {
  const path = join(tmpdir(), `promptwall-pg-template-${bin.split('/').at(-2)}-${process.getuid?.() ?? 0}`);
  if (existsSync(join(path, 'PG_VERSION'))) return path;
  const dir = clusterDir('promptwall-pg-init-');
  run(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  try {
    renameSync(join(dir, 'data'), path);
  } catch {
    // another test file made it meanwhile
  }
  rmSync(dir, { recursive: true, force: true });
  return path;
}

export async function startPostgres(options: { durable?: boolean } = {}): Promise<TestPostgres> {
  const bin = binDir();
  const dir = clusterDir('promptwall-pg-');
  const data = join(dir, 'data');
  execFileSync('cp', ['-a', template(bin), data]);
  const port = await freePort();
  // Tests trade durability for speed; the benchmark keeps PostgreSQL's defaults.
  const fast = options.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  run(join(bin, 'pg_ctl'), [
    '-D', data, '-w', '-l', join(dir, 'log'), '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${fast}`, 'start',
  ]);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  let n = 0;
  return {
    async createDatabase() {
      const name = `t${process.pid}_${++n}`;
      const client = new pg.Client(`${base}/postgres`);
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `${base}/${name}`;
    },
    async stop() {
      run(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
