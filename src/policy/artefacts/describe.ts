/** Plain-language documentation of each setting, from the schema: for the policy reference and the ADMX help text. */
import { jsonType, settingsOf, type SchemaNode } from './json-schema.ts';

export interface SettingDoc {
  /** Dotted path; `<key>` stands for any key of a map such as `sites`. */
  readonly path: string;
  readonly type: string;
  /** JSON of the default; groups have none (their fields do). */
  readonly default?: string;
  readonly description?: string;
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function rangeText(node: SchemaNode): string {
  const type = jsonType(node) === 'integer' ? 'whole number' : 'number';
  if (node.minimum !== undefined && node.maximum !== undefined) return `${type} from ${node.minimum} to ${node.maximum}`;
  if (node.minimum !== undefined) return `${type}, at least ${node.minimum}`;
  return node.maximum !== undefined ? `${type}, at most ${node.maximum}` : type;
}

function typeText(node: SchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeText).join(' or ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return `one of ${list(node.enum)}`;
  switch (jsonType(node)) {
    case 'boolean':
      return 'true or false';
    case 'integer':
    case 'number':
      return rangeText(node);
    case 'string':
      if (node.format === 'uri') return 'URL';
      return node.maxLength !== undefined ? `text, at most ${node.maxLength} characters` : 'text';
    case 'array':
      return `list of ${node.items ? itemsText(node.items) : 'values'}`;
    case 'object': {
      const values = node.additionalProperties;
      if (node.properties || typeof values !== 'object') return 'group of settings';
      return `map of ${node.propertyNames?.description ?? 'names'} to ${typeText(values)}`;
    }
  }
}

/** The elements of a list: their own description where the schema has one ("hostnames such as …"). */
const itemsText = (items: SchemaNode) => items.description ?? (items.enum ? `any of ${list(items.enum)}` : typeText(items));

/** The setting and, inside groups and maps, every field below it. */
export function settingDocs(name: string, node: SchemaNode, parent?: string): SettingDoc[] {
  const path = parent ? `${parent}.${name}` : name;
  const isObject = jsonType(node) === 'object';
  const own: SettingDoc = {
    path,
    type: typeText(node),
    default: isObject || node.default === undefined ? undefined : JSON.stringify(node.default),
    description: node.description,
  };
  const values = node.additionalProperties;
  const fields = node.properties
    ? settingsOf(node).flatMap(([key, child]) => settingDocs(key, child, path))
    : typeof values === 'object'
      ? settingDocs('<key>', values, path)
      : [];
  // A group with nothing to say of itself (a map's value) is only a step in its fields' paths.
  return isObject && !own.description && parent ? fields : [own, ...fields];
}
