/**
 * The detection event the extension reports and the server stores: metadata only, unless policy asks for the
 * raw text. Defined once here; the server validates requests with it and the extension builds events to it.
 */
import { z } from 'zod';
import { CATEGORIES } from '../engine/types.ts';
import { formatPath } from '../policy/resolve.ts';
import { ACTIONS } from '../policy/schema.ts';

export const CHANNELS = ['typed', 'paste', 'drop', 'file'] as const;
export const EVENT_ACTIONS = ['allowed', 'warned', 'redacted', 'blocked', 'overridden'] as const;
export const CLASSIFIER_STATES = ['loaded', 'disabled', 'unavailable', 'timeout'] as const;
export const ADAPTER_STATES = ['ok', 'fallback', 'unused'] as const;

export const MAX_BATCH_EVENTS = 500;
export const MAX_RAW_TEXT_CHARS = 1_000_000;

const hostname = z.string().min(1).max(253).regex(/^[a-z0-9.-]+$/i, 'expected a hostname');
const label = (max: number) => z.string().max(max);

export const eventSchema = z.strictObject({
  id: z.uuid().describe('Unique per event: the idempotency key.'),
  time: z.iso.datetime({ offset: true }).describe('When the prompt was checked (ISO 8601).'),
  site: hostname.describe('Hostname of the AI site.'),
  channel: z.enum(CHANNELS).describe('How the text reached the prompt box.'),
  categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).describe('Categories found.'),
  kinds: z
    .record(label(64).regex(/^[a-z0-9_]+$/, 'expected a detector kind'), z.int().min(1).max(1_000_000))
    .refine((k) => Object.keys(k).length <= 200, 'at most 200 kinds')
    .describe('Detector kind → number of values found.'),
  action: z.enum(EVENT_ACTIONS).describe('What happened to the prompt.'),
  justification: label(2000).optional().describe('The user\'s reason for sending anyway.'),
  user: label(320).optional().describe('Pseudonymous hash or e-mail address, as policy configures.'),
  device: label(128).optional(),
  department: label(128).optional(),
  extensionVersion: label(32).optional(),
  policyVersion: label(64).optional(),
  mode: z.enum(['enforce', 'audit']).optional().describe('In audit mode prompts are never stopped.'),
  policyAction: z.enum(ACTIONS).optional().describe('What the policy asked for (differs from action in audit mode).'),
  classifier: z.enum(CLASSIFIER_STATES).optional().describe('Whether the verdict included the classifier.'),
  adapter: label(64).optional().describe('Which site adapter hooked the prompt box ("generic" for the fallback).'),
  text: label(MAX_RAW_TEXT_CHARS).optional().describe('The raw prompt, only when policy enables includeRawText.'),
});

export const eventBatchSchema = z.strictObject({
  events: z.array(eventSchema).min(1).max(MAX_BATCH_EVENTS),
});

/** A device's periodic self-report, for the dashboard's coverage health. */
export const heartbeatSchema = z.strictObject({
  device: label(128),
  time: z.iso.datetime({ offset: true }),
  user: label(320).optional(),
  department: label(128).optional(),
  extensionVersion: label(32),
  policyVersion: label(64).optional(),
  classifier: z.enum(CLASSIFIER_STATES),
  /** Site adapter id → whether its selectors found the prompt box ('fallback': the generic hook took over). */
  adapters: z.record(label(64), z.enum(ADAPTER_STATES)),
  /** The device's report queue, so the dashboard shows devices that lose or cannot deliver events. */
  outbox: z
    .strictObject({
      queued: z.int().min(0),
      dropped: z.int().min(0).describe('Events dropped because the queue was full.'),
      deadLettered: z.int().min(0).describe('Events the server rejected, kept on the device.'),
    })
    .optional(),
});

/** A request's problems named by path (`events[3].kinds`), unknown fields one by one, for 400 answers. */
export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  const name = (path: readonly PropertyKey[]) => (path.length ? formatPath(path) : '(body)');
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: name([...issue.path, key]), message: 'unknown field' }))
      : [{ path: name(issue.path), message: issue.message }],
  );
}

export type PromptwallEvent = z.infer<typeof eventSchema>;
export type EventBatch = z.infer<typeof eventBatchSchema>;
export type Heartbeat = z.infer<typeof heartbeatSchema>;
export type Channel = (typeof CHANNELS)[number];
export type EventAction = (typeof EVENT_ACTIONS)[number];
