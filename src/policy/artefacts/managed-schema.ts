/**
 * The extension's `storage.managed_schema`, in Chrome's dialect of JSON Schema. Chrome refuses to load an extension
 * whose managed schema it cannot parse, so only the keywords it knows are emitted. What the dialect cannot say
 * (closed objects, hostname keys, string lengths, the URL format, defaults) is checked by `validatePolicy` in the
 * extension, which Firefox needs anyway: it does not enforce the schema at all.
 */
import { jsonType, POLICY_JSON_SCHEMA, settingsOf, type JsonType, type SchemaNode } from './json-schema.ts';

export const CHROME_SCHEMA_KEYWORDS = [
  'type',
  'title',
  'description',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
] as const;

export interface ChromeSchema {
  readonly type: JsonType;
  readonly title?: string;
  readonly description?: string;
  readonly properties?: Record<string, ChromeSchema>;
  /** Always a schema: Chrome cannot parse `false`. */
  readonly additionalProperties?: ChromeSchema;
  readonly items?: ChromeSchema;
  readonly enum?: (string | number)[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
}

const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function chromeNode(node: SchemaNode): ChromeSchema {
  return compact({
    // A union such as reporting.endpoint ("" or a URL) becomes its one type; validatePolicy checks the rest.
    type: jsonType(node),
    description: node.description,
    properties: node.properties && Object.fromEntries(settingsOf(node).map(([key, child]) => [key, chromeNode(child)])),
    additionalProperties: typeof node.additionalProperties === 'object' ? chromeNode(node.additionalProperties) : undefined,
    items: node.items && chromeNode(node.items),
    enum: node.enum && [...node.enum],
    minimum: node.minimum,
    maximum: node.maximum,
    pattern: node.pattern,
  });
}

/** The object the build writes as managed_schema.json. */
export function managedSchema(schema: SchemaNode = POLICY_JSON_SCHEMA): ChromeSchema {
  return chromeNode(schema);
}
