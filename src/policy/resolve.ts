/**
 * From the places a policy comes from (IT's managed storage, the user's options page) to the policy in force.
 * Each top-level key is checked on its own, so one bad value costs only that key: it falls back to the next layer
 * (managed → user → default) and the problem is reported by path. Chrome drops values that break the managed schema;
 * Firefox does not enforce it, so this check is what both browsers rely on.
 */
import type { z } from 'zod';
import { DEFAULT_POLICY, POLICY_KEYS, policySchema, type Policy, type PolicyKey } from './schema.ts';

export type PolicySource = 'default' | 'user' | 'managed';

export interface PolicyProblem {
  readonly source: Exclude<PolicySource, 'default'>;
  /** Where in the policy, e.g. `actions.secret` or `sites["chatgpt.com"].actions`. */
  readonly path: string;
  readonly message: string;
}

export interface ResolvedPolicy {
  readonly policy: Policy;
  /** Which layer each key came from; managed keys cannot be changed on the options page. */
  readonly sources: Record<PolicyKey, PolicySource>;
  readonly problems: PolicyProblem[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(part))) out += out ? `.${String(part)}` : String(part);
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(policy)';
}

function issuesToProblems(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): { path: string; message: string }[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: formatPath([...prefix, ...issue.path, key]), message: 'unknown setting' }));
    // A bad key of `sites`: zod says only "Invalid key in record"; the key's own issue says what a hostname must be.
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    return [{ path: formatPath([...prefix, ...issue.path]), message }];
  });
}

/** Whole-document check, as `promptwall policy validate` does it: every problem, named by path. */
export function validatePolicy(input: unknown): { policy?: Policy; problems: { path: string; message: string }[] } {
  const result = policySchema.safeParse(input);
  return result.success ? { policy: result.data, problems: [] } : { problems: issuesToProblems(result.error.issues) };
}

function validKeys(layer: unknown, source: PolicyProblem['source'], problems: PolicyProblem[]): Partial<Policy> {
  if (layer === undefined || layer === null) return {};
  if (typeof layer !== 'object' || Array.isArray(layer)) {
    problems.push({ source, path: '(policy)', message: 'expected an object of settings' });
    return {};
  }
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(layer)) {
    if (!(POLICY_KEYS as string[]).includes(key)) {
      problems.push({ source, path: formatPath([key]), message: 'unknown setting' });
      continue;
    }
    const result = policySchema.shape[key as PolicyKey].safeParse(value);
    if (result.success) kept[key] = result.data;
    else for (const p of issuesToProblems(result.error.issues, [key])) problems.push({ source, ...p });
  }
  return kept as Partial<Policy>;
}

export function resolvePolicy(layers: { managed?: unknown; user?: unknown }): ResolvedPolicy {
  const problems: PolicyProblem[] = [];
  const user = validKeys(layers.user, 'user', problems);
  const managed = validKeys(layers.managed, 'managed', problems);
  const sources = {} as Record<PolicyKey, PolicySource>;
  for (const key of POLICY_KEYS) sources[key] = key in managed ? 'managed' : key in user ? 'user' : 'default';
  return { policy: { ...DEFAULT_POLICY, ...user, ...managed }, sources, problems };
}
