/** Starting the real server for a test: on a temporary SQLite file or a fresh PostgreSQL database, port 0. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { PromptwallEvent } from '../../../src/events/event.ts';
import { startServer, type RunningServer, type StartOptions } from '../../../server/start.ts';
import type { TestPostgres } from './postgres.ts';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

export const INGEST_TOKEN = 'test-ingest-token-0123456789';
export const ADMIN_TOKEN = 'test-admin-token-0123456789ab';

const tempDirs: string[] = [];
// Registered when a test file imports this helper: runs after that file's own afterAll hooks.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A SQLite file in a temporary directory, deleted after the test file. */
export function sqliteUrl(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptwall-db-'));
  tempDirs.push(dir);
  return `sqlite:${join(dir, 'promptwall.sqlite')}`;
}

export async function databaseUrl(dialect: TestDialect, postgres?: TestPostgres): Promise<string> {
  if (dialect === 'sqlite') return sqliteUrl();
  if (!postgres) throw new Error('PostgreSQL was not started');
  return postgres.createDatabase();
}

export interface TestServer extends RunningServer {
  ingest(body: unknown, token?: string): Promise<Response>;
  admin(path: string): Promise<Response>;
}

export async function startTestServer(databaseUrl: string, options: StartOptions = {}): Promise<TestServer> {
  const server = await startServer({
    env: {},
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    ingestToken: INGEST_TOKEN,
    adminToken: ADMIN_TOKEN,
    log: () => undefined,
    ...options,
  });
  return {
    ...server,
    ingest: (body, token = INGEST_TOKEN) =>
      fetch(`${server.url}/api/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    admin: (path) => fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }),
  };
}

export function makeEvent(overrides: Partial<PromptwallEvent> = {}): PromptwallEvent {
  return {
    id: randomUUID(),
    time: new Date().toISOString(),
    site: 'chatgpt.com',
    channel: 'paste',
    categories: ['secret'],
    kinds: { aws_access_key: 1 },
    action: 'blocked',
    user: 'a3f9c2e1',
    device: 'dev-1',
    department: 'Engineering',
    extensionVersion: '1.2.0',
    policyVersion: '2026-11',
    ...overrides,
  };
}
