/**
 * The policy, defined once. Everything else is generated from this schema: the TypeScript type, validation with
 * errors named by path, the defaults, the extension's managed-storage schema and the deployment templates
 * (ADMX/ADML, Chrome/Edge and Firefox JSON, macOS profile). Descriptions here are what administrators read.
 */
import { z } from 'zod';
import { CATEGORIES } from '../engine/types.ts';

export const ACTIONS = ['allow', 'warn', 'redact', 'block'] as const;
export type Action = (typeof ACTIONS)[number];

const action = z.enum(ACTIONS);
const category = z.enum(CATEGORIES);

/** A bare hostname; a leading "*." also covers its subdomains. */
const host = z
  .string()
  .regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'expected a lowercase hostname such as "chatgpt.com" or "*.example.com"')
  // Read by the generated reference and templates wherever a list or map holds hostnames.
  .describe('hostnames such as "chatgpt.com" ("*.example.com" covers example.com and its subdomains)');

type CategoryShape<T> = Record<(typeof CATEGORIES)[number], T>;
const categoryName = (c: string) => c.replace('_', ' ');

export const DEFAULT_ACTIONS = {
  secret: 'block',
  pii: 'redact',
  financial: 'warn',
  source_code: 'warn',
  confidential: 'warn',
  health: 'warn',
} as const satisfies Record<(typeof CATEGORIES)[number], Action>;

export const policySchema = z.strictObject({
  version: z
    .string()
    .max(64)
    .default('')
    .describe('A label for this policy revision, reported with every event (e.g. "2026-11-rollout").'),
  mode: z
    .enum(['enforce', 'audit'])
    .default('enforce')
    .describe('"audit" detects and reports but never interrupts the user: roll out in audit mode first.'),
  actions: z
    .strictObject(
      Object.fromEntries(
        CATEGORIES.map((c) => [c, action.default(DEFAULT_ACTIONS[c]).describe(`Action when a prompt contains ${categoryName(c)}.`)]),
      ) as CategoryShape<z.ZodDefault<typeof action>>,
    )
    .prefault({})
    .describe(
      `Action per category: allow, warn, redact (replace the values with placeholders) or block. Defaults: ${Object.entries(
        DEFAULT_ACTIONS,
      )
        .map(([c, a]) => `${c} ${a}`)
        .join(', ')}.`,
    ),
  sites: z
    .record(
      host,
      z.strictObject({
        actions: z
          .strictObject(
            Object.fromEntries(
              CATEGORIES.map((c) => [c, action.optional().describe(`Action on this site for ${categoryName(c)}.`)]),
            ) as CategoryShape<z.ZodOptional<typeof action>>,
          )
          .prefault({}),
      }),
    )
    .default({})
    .describe('Per-site overrides of the actions, keyed by hostname.'),
  overridable: z
    .array(category)
    .default(['pii', 'financial', 'source_code', 'confidential', 'health'])
    .describe('Categories whose warning or block a user may override by writing a justification.'),
  justificationMinLength: z
    .int()
    .min(0)
    .max(500)
    .default(10)
    .describe('Minimum length of an override justification, in characters.'),
  sanctionedSites: z
    .array(host)
    .default([])
    .describe('AI sites the organisation approved. When the list is not empty, other AI sites are unsanctioned.'),
  unsanctionedSiteAction: z
    .enum(['allow', 'warn', 'block'])
    .default('allow')
    .describe('Least action for any prompt on an unsanctioned AI site (only when sanctionedSites is not empty).'),
  blockedSites: z.array(host).default([]).describe('AI sites where every prompt is blocked.'),
  monitoredSites: z
    .array(host)
    .default([])
    .describe('More sites whose prompt boxes are protected by the generic hook (internal or niche AI tools).'),
  failMode: z
    .enum(['open', 'closed'])
    .default('open')
    .describe(
      'When a full verdict cannot be produced (classifier down, timeout, text too large): "open" decides on the rules alone and says so; "closed" blocks.',
    ),
  classifier: z
    .strictObject({
      enabled: z.boolean().default(true).describe('Run the local classifier (source code, confidential, health).'),
      timeoutMs: z.int().min(50).max(30_000).default(2000).describe('How long a submit waits for the classifier.'),
    })
    .prefault({})
    .describe('The local classifier.'),
  maxPromptChars: z
    .int()
    .min(1000)
    .max(20_000_000)
    .default(5_000_000)
    .describe('Longest text checked; longer text is handled by failMode.'),
  reporting: z
    .strictObject({
      endpoint: z
        .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://promptwall.example.com, or ""' })])
        .default('')
        .describe('Organisation server URL, e.g. https://promptwall.example.com. Empty: events stay on the device.'),
      token: z.string().max(256).default('').describe('Ingest token of the organisation server.'),
      identity: z
        .enum(['none', 'pseudonymous', 'email'])
        .default('pseudonymous')
        .describe('How the user is named in events: not at all, a pseudonymous hash, or the e-mail address.'),
      email: z.string().max(320).default('').describe('The user\'s e-mail address, when identity is "email".'),
      department: z.string().max(128).default('').describe('Department reported with events.'),
      includeRawText: z
        .boolean()
        .default(false)
        .describe('Send the raw prompt text with events. Off by default: only metadata leaves the device.'),
    })
    .prefault({})
    .describe('Where detection events are reported.'),
});

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type PolicyKey = keyof Policy;
export const POLICY_KEYS = Object.keys(policySchema.shape) as PolicyKey[];

export const DEFAULT_POLICY: Policy = policySchema.parse({});
