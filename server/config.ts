/**
 * Every setting of the server, read from the environment (documented in docs/api.md). A bad value stops the start
 * with the variable's name and the problem.
 */
import { z } from 'zod';

export interface SyslogTarget {
  protocol: 'udp' | 'tcp';
  host: string;
  port: number;
}

export interface SiemConfig {
  splunk?: { url: string; token: string; index?: string; sourcetype: string };
  syslog: SyslogTarget[];
  /** Events per request to a sink. */
  batchSize: number;
  /** Longest wait between retries of a failing sink. */
  maxBackoffMs: number;
  /** How often an idle forwarder looks for events stored by other instances. */
  pollMs: number;
}

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string;
  ingestToken?: string;
  adminToken?: string;
  /** Largest request body; a larger one is answered 413. */
  bodyLimitBytes: number;
  /** Ingestion requests per minute per token (per instance). */
  rateLimitPerMinute: number;
  /** Hostnames (or "*.domain") the organisation approved; other AI sites show as unsanctioned. */
  sanctionedSites: string[];
  /** A device without a heartbeat for this long counts as silent (uninstalled, disabled, or off). */
  silentAfterHours: number;
  siem: SiemConfig;
}

const list = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .default([]);

const syslogTarget = z
  .string()
  .regex(/^(udp|tcp):\/\/[^:/]+:\d+$/, 'expected udp://HOST:PORT or tcp://HOST:PORT')
  .transform((s): SyslogTarget => {
    const url = new URL(s);
    return { protocol: url.protocol.slice(0, -1) as 'udp' | 'tcp', host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port) };
  });

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).default('sqlite:data/promptwall.sqlite'),
  PROMPTWALL_INGEST_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  PROMPTWALL_ADMIN_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  PROMPTWALL_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  PROMPTWALL_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  PROMPTWALL_SANCTIONED_SITES: list,
  PROMPTWALL_SILENT_AFTER_HOURS: z.coerce.number().min(1).default(48),
  PROMPTWALL_SPLUNK_HEC_URL: z.url({ protocol: /^https?$/ }).optional(),
  PROMPTWALL_SPLUNK_HEC_TOKEN: z.string().min(1).optional(),
  PROMPTWALL_SPLUNK_INDEX: z.string().min(1).optional(),
  PROMPTWALL_SPLUNK_SOURCETYPE: z.string().min(1).default('promptwall:event'),
  PROMPTWALL_SYSLOG: list.pipe(z.array(syslogTarget)),
  PROMPTWALL_SIEM_BATCH: z.coerce.number().int().min(1).max(1000).default(100),
  PROMPTWALL_SIEM_MAX_BACKOFF_SECONDS: z.coerce.number().min(1).default(300),
  PROMPTWALL_SIEM_POLL_SECONDS: z.coerce.number().min(0.05).default(2),
});

/** The HEC endpoint: a bare https://host:8088 gets the standard JSON event path. */
function hecUrl(url: string): string {
  const u = new URL(url);
  if (u.pathname === '/' || u.pathname === '') u.pathname = '/services/collector/event';
  return u.toString();
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  // Empty variables count as unset, as in most shells' `VAR= cmd`.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.PROMPTWALL_INGEST_TOKEN && e.PROMPTWALL_INGEST_TOKEN === e.PROMPTWALL_ADMIN_TOKEN) {
    throw new Error('invalid environment: PROMPTWALL_INGEST_TOKEN and PROMPTWALL_ADMIN_TOKEN must differ');
  }
  if (Boolean(e.PROMPTWALL_SPLUNK_HEC_URL) !== Boolean(e.PROMPTWALL_SPLUNK_HEC_TOKEN)) {
    throw new Error('invalid environment: set both PROMPTWALL_SPLUNK_HEC_URL and PROMPTWALL_SPLUNK_HEC_TOKEN, or neither');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    ingestToken: e.PROMPTWALL_INGEST_TOKEN,
    adminToken: e.PROMPTWALL_ADMIN_TOKEN,
    bodyLimitBytes: e.PROMPTWALL_BODY_LIMIT_BYTES,
    rateLimitPerMinute: e.PROMPTWALL_RATE_LIMIT_PER_MINUTE,
    sanctionedSites: e.PROMPTWALL_SANCTIONED_SITES.map((s) => s.toLowerCase()),
    silentAfterHours: e.PROMPTWALL_SILENT_AFTER_HOURS,
    siem: {
      splunk:
        e.PROMPTWALL_SPLUNK_HEC_URL && e.PROMPTWALL_SPLUNK_HEC_TOKEN
          ? {
              url: hecUrl(e.PROMPTWALL_SPLUNK_HEC_URL),
              token: e.PROMPTWALL_SPLUNK_HEC_TOKEN,
              index: e.PROMPTWALL_SPLUNK_INDEX,
              sourcetype: e.PROMPTWALL_SPLUNK_SOURCETYPE,
            }
          : undefined,
      syslog: e.PROMPTWALL_SYSLOG,
      batchSize: e.PROMPTWALL_SIEM_BATCH,
      maxBackoffMs: e.PROMPTWALL_SIEM_MAX_BACKOFF_SECONDS * 1000,
      pollMs: e.PROMPTWALL_SIEM_POLL_SECONDS * 1000,
    },
  };
}
