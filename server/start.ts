/**
 * startServer: everything `npm run server` (and the project's `npm start`) does: open and migrate the database,
 * settle the tokens, start the SIEM forwarder and listen. Generated tokens are returned (and so printed) only by
 * the start that created them; later starts find their hashes in the database.
 */
import { readFileSync } from 'node:fs';
import { buildServer } from './app.ts';
import { configFromEnv, type ServerConfig } from './config.ts';
import { openDatabase } from './db/db.ts';
import { migrate } from './db/migrations.ts';
import { startForwarder, type Forwarder } from './siem/forwarder.ts';
import type { Sink } from './siem/sink.ts';
import { splunkSink } from './siem/splunk.ts';
import { syslogSink } from './siem/syslog.ts';
import { resolveToken } from './store/credentials.ts';

export interface StartOptions extends Partial<ServerConfig> {
  /** Where settings not given here come from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Startup lines and SIEM problems (default console.log). Raw prompt text is never logged. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  dashboardUrl: string;
  /** Set when this start generated the token (print it: it is not shown again) or when it came from the environment. */
  ingestToken?: string;
  /** Set only when this start generated the admin token, which is also the dashboard password. */
  adminToken?: string;
  close(): Promise<void>;
}

/** The project's version; package.json is one level up from both server/ and the bundle in dist/. */
const SERVER_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

function sinksFor(config: ServerConfig): Sink[] {
  return [
    ...(config.siem.splunk ? [splunkSink(config.siem.splunk)] : []),
    ...config.siem.syslog.map((t) => syslogSink(t, SERVER_VERSION)),
  ];
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const { env, log = console.log, ...overrides } = options;
  const config: ServerConfig = { ...configFromEnv(env ?? process.env), ...overrides };
  const db = await openDatabase(config.databaseUrl);
  let forwarder: Forwarder | undefined;
  try {
    await migrate(db);
    const ingest = await resolveToken(db, 'ingest_token', config.ingestToken);
    const admin = await resolveToken(db, 'admin_token', config.adminToken);
    const sinks = sinksFor(config);
    if (sinks.length) forwarder = startForwarder(db, sinks, config.siem, log);
    const app = await buildServer(
      {
        db,
        config,
        credentials: { ingestHash: ingest.hash, adminHash: admin.hash },
        sinks: sinks.map((s) => s.name),
        onStored: forwarder?.kick,
        version: SERVER_VERSION,
      },
      log,
    );
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    return {
      url,
      dashboardUrl: `${url}/`,
      ingestToken: ingest.generated ?? config.ingestToken,
      adminToken: admin.generated,
      async close() {
        await app.close();
        await forwarder?.stop();
        await db.close();
      },
    };
  } catch (err) {
    await forwarder?.stop();
    await db.close();
    throw err;
  }
}
