/**
 * The options form, generated from the policy schema (its JSON Schema, input side), so a key added to the schema
 * shows up on the options page with its description as help text. Also what the form saves: the user layer,
 * checked by the same schema the background uses before anything is sent.
 */
import { displayName, POLICY_JSON_SCHEMA, type SchemaNode } from '../../policy/artefacts/json-schema.ts';
import { formatPath, validatePolicy } from '../../policy/resolve.ts';
import { DEFAULT_POLICY, POLICY_KEYS, policySchema, type Policy, type PolicyInput, type PolicyKey } from '../../policy/schema.ts';
import type { ExtensionStatus } from '../messages.ts';
import type { NamedProblem } from './Problems.tsx';

export type Control =
  | { kind: 'group'; fields: Field[] }
  | { kind: 'select'; options: string[] }
  | { kind: 'checkbox' }
  /** An array of enum values: one checkbox per value. */
  | { kind: 'choices'; options: string[] }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'text'; maxLength?: number; url: boolean }
  /** An array of strings: one per line. */
  | { kind: 'lines' }
  /** Anything else (the `sites` record): JSON. */
  | { kind: 'json' };

export interface Field {
  path: string[];
  /** The path as problems name it, e.g. `reporting.endpoint`; also the id of the field's control. */
  name: string;
  label: string;
  description?: string;
  control: Control;
}

export type PolicyView = Pick<ExtensionStatus, 'policy' | 'sources' | 'problems'>;
export type UserLayer = Partial<PolicyInput>;
export type Draft = string | boolean | string[];
/** What the controls hold, by field name: text stays text until saved, so a half-typed value is not lost. */
export type Drafts = Record<string, Draft>;

function controlOf(schema: SchemaNode, path: string[]): Control {
  if (schema.enum) return { kind: 'select', options: schema.enum.map(String) };
  // reporting.endpoint is "" or a URL: both strings.
  if (schema.anyOf?.every((s) => s.type === 'string')) return { kind: 'text', url: schema.anyOf.some((s) => s.format === 'uri') };
  switch (schema.type) {
    case 'boolean':
      return { kind: 'checkbox' };
    case 'integer':
      return { kind: 'number', min: schema.minimum, max: schema.maximum };
    case 'string':
      return { kind: 'text', maxLength: schema.maxLength, url: schema.format === 'uri' };
    case 'array':
      if (schema.items?.enum) return { kind: 'choices', options: schema.items.enum.map(String) };
      return schema.items?.type === 'string' ? { kind: 'lines' } : { kind: 'json' };
    case 'object':
      return schema.properties ? { kind: 'group', fields: fieldsOf(schema.properties, path) } : { kind: 'json' };
    default:
      return { kind: 'json' };
  }
}

function fieldsOf(properties: Readonly<Record<string, SchemaNode>>, parent: string[]): Field[] {
  return Object.entries(properties).map(([key, schema]) => {
    const path = [...parent, key];
    return { path, name: formatPath(path), label: displayName(key), description: schema.description, control: controlOf(schema, path) };
  });
}

/** One field per policy key, in the schema's order. */
export const POLICY_FIELDS: Field[] = fieldsOf(POLICY_JSON_SCHEMA.properties ?? {}, []);

function* leaves(fields: readonly Field[]): Generator<Field> {
  for (const field of fields) {
    if (field.control.kind === 'group') yield* leaves(field.control.fields);
    else yield field;
  }
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

function toDraft(control: Control, value: unknown): Draft {
  switch (control.kind) {
    case 'checkbox':
      return value === true;
    case 'choices':
      return Array.isArray(value) ? value.map(String) : [];
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'json':
      return value === undefined ? '' : JSON.stringify(value, null, 2);
    default:
      return value === undefined ? '' : String(value);
  }
}

function fromDraft(control: Control, draft: Draft | undefined): { value: unknown } | { error: string } {
  const text = typeof draft === 'string' ? draft : '';
  switch (control.kind) {
    case 'checkbox':
      return { value: draft === true };
    case 'choices':
      return { value: control.options.filter((o) => Array.isArray(draft) && draft.includes(o)) };
    case 'number':
      return /^\s*-?\d+\s*$/.test(text) ? { value: Number(text) } : { error: 'expected a whole number' };
    case 'lines':
      return { value: text.split('\n').map((line) => line.trim()).filter(Boolean) };
    case 'json':
      // Empty means "not set": the schema's default applies.
      if (text.trim() === '') return { value: undefined };
      try {
        return { value: JSON.parse(text) as unknown };
      } catch (error) {
        return { error: `invalid JSON: ${(error as Error).message}` };
      }
    default:
      return { value: text };
  }
}

function readField(field: Field, drafts: Drafts, problems: NamedProblem[]): unknown {
  if (field.control.kind === 'group') {
    return Object.fromEntries(field.control.fields.map((f) => [f.path[f.path.length - 1], readField(f, drafts, problems)]));
  }
  const read = fromDraft(field.control, drafts[field.name]);
  if ('error' in read) problems.push({ path: field.name, message: read.error });
  return 'value' in read ? read.value : undefined;
}

export function draftsOf(policy: Policy): Drafts {
  const drafts: Drafts = {};
  for (const field of leaves(POLICY_FIELDS)) drafts[field.name] = toDraft(field.control, valueAt(policy, field.path));
  return drafts;
}

export function isManaged(view: PolicyView, key: string): boolean {
  return view.sources[key as PolicyKey] === 'managed';
}

/** The policy the form starts from for a user layer: defaults, the layer, and the organisation's keys on top. */
export function policyWith(layer: UserLayer, view: PolicyView): Policy {
  const policy: Policy = { ...(validatePolicy(layer).policy ?? DEFAULT_POLICY) };
  for (const key of POLICY_KEYS) if (isManaged(view, key)) Object.assign(policy, { [key]: view.policy[key] });
  return policy;
}

/**
 * The layer to save, or every problem by path: managed keys are refused, the rest is checked by the schema, and
 * only keys that differ from the default are kept, so a later change of a default still reaches this user.
 */
function checkLayer(candidate: Record<string, unknown>, view: PolicyView, problems: NamedProblem[]): ReadResult {
  for (const key of Object.keys(candidate)) {
    if (isManaged(view, key)) problems.push({ path: formatPath([key]), message: 'set by your organisation: it cannot be changed here' });
  }
  problems.push(...validatePolicy(candidate).problems);
  if (problems.length > 0) return { problems };
  const layer = Object.fromEntries(
    Object.entries(candidate).filter(
      ([key, value]) =>
        value !== undefined && JSON.stringify(policySchema.shape[key as PolicyKey].parse(value)) !== JSON.stringify(DEFAULT_POLICY[key as PolicyKey]),
    ),
  );
  return { layer: layer as UserLayer, problems };
}

/** A layer to save, or (without one) why not. */
export interface ReadResult {
  layer?: UserLayer;
  problems: NamedProblem[];
}

/** The form's user layer: the keys the organisation does not manage. */
export function readForm(drafts: Drafts, view: PolicyView): ReadResult {
  const problems: NamedProblem[] = [];
  const candidate = Object.fromEntries(
    POLICY_FIELDS.filter((f) => !isManaged(view, f.path[0])).map((f) => [f.path[0], readField(f, drafts, problems)]),
  );
  return checkLayer(candidate, view, problems);
}

/** The advanced editor's user layer: a JSON object of settings. */
export function readJson(text: string, view: PolicyView): ReadResult {
  let candidate: unknown;
  try {
    candidate = JSON.parse(text);
  } catch (error) {
    return { problems: [{ path: '(policy)', message: `invalid JSON: ${(error as Error).message}` }] };
  }
  if (candidate === null || typeof candidate !== 'object' || Array.isArray(candidate)) {
    return { problems: [{ path: '(policy)', message: 'expected a JSON object of settings, e.g. {"mode": "audit"}' }] };
  }
  return checkLayer(candidate as Record<string, unknown>, view, []);
}

/** The problems that belong to a field: its own path or anything below it. */
export function problemsAt(name: string, problems: readonly NamedProblem[]): NamedProblem[] {
  return problems.filter((p) => p.path === name || p.path.startsWith(`${name}.`) || p.path.startsWith(`${name}[`));
}
