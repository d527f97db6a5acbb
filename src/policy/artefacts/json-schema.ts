/**
 * The policy as JSON Schema (draft 2020-12, input side: what an administrator writes, every key optional). Every
 * artefact generator walks this, never a list of its own, so a key added to src/policy/schema.ts reaches them all.
 */
import { z } from 'zod';
import { policySchema } from '../schema.ts';

export type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';

/** The keywords zod emits for the policy schema. */
export interface SchemaNode {
  readonly type?: JsonType;
  readonly description?: string;
  readonly default?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly propertyNames?: SchemaNode;
  readonly items?: SchemaNode;
  readonly enum?: readonly (string | number)[];
  readonly const?: unknown;
  readonly anyOf?: readonly SchemaNode[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
}

/** A schema other than the policy's is for tests that prove a new key reaches every artefact. */
export function toSchemaNode(schema: z.ZodType = policySchema): SchemaNode {
  return z.toJSONSchema(schema, { io: 'input' }) as SchemaNode;
}

export const POLICY_JSON_SCHEMA: SchemaNode = toSchemaNode();

/** The JSON type of a node; a union whose branches share one type (reporting.endpoint: "" or a URL) has that type. */
export function jsonType(node: SchemaNode): JsonType {
  if (node.type) return node.type;
  const types = [...new Set(node.anyOf?.map(jsonType))];
  if (types.length !== 1) throw new Error(`browser policy formats cannot express a value of types ${types.join(' or ') || '(none)'}`);
  return types[0];
}

/** The settings of an object node, in schema order. */
export const settingsOf = (node: SchemaNode): [string, SchemaNode][] => Object.entries(node.properties ?? {});

const ACRONYMS = new Set(['pii', 'url', 'id']);

/** "justificationMinLength" → "Justification min length", "pii" → "PII": names shown in Group Policy editors. */
export function displayName(key: string): string {
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w))
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
