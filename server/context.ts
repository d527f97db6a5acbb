import type { Credentials } from './auth.ts';
import type { ServerConfig } from './config.ts';
import type { Db } from './db/db.ts';

/** What the routes share: built once by startServer (or a test) and handed to buildServer. */
export interface AppContext {
  db: Db;
  config: ServerConfig;
  credentials: Credentials;
  /** Names of the SIEM sinks each new event is queued for. */
  sinks: readonly string[];
  /** Called after events were stored (wakes the SIEM forwarder). */
  onStored?: () => void;
  /** The server's version, reported in CEF and OCSF. */
  version: string;
}
