/**
 * How the policy is laid out in the Windows registry below `…\3rdparty\extensions\<id>\policy`, in the forms
 * Chrome's registry loader converts back with the managed schema (chromium components/policy/core/common/
 * registry_dict.cc): booleans and integers as REG_DWORD, strings as REG_SZ, a group of settings as a subkey, a list
 * of strings as a subkey of values named 1, 2, 3…, and anything else (the `sites` map) as a JSON string, which
 * Chrome parses when the schema expects an object or a list. The ADMX templates and the PowerShell script both follow
 * this layout, so Group Policy, Intune and a script write the same values.
 */
import { jsonType, settingsOf, type SchemaNode } from './json-schema.ts';

type RegistryForm = 'dword' | 'string' | 'subkey' | 'list' | 'json';

function registryForm(node: SchemaNode): RegistryForm {
  const type = jsonType(node);
  if (type === 'boolean' || type === 'integer') return 'dword';
  if (type === 'string') return 'string';
  if (type === 'object' && node.properties && typeof node.additionalProperties !== 'object') return 'subkey';
  const items = node.items && registryForm(node.items);
  return type === 'array' && (items === 'string' || items === 'dword') ? 'list' : 'json';
}

/** One place a Group Policy element writes to. */
export interface RegistrySlot {
  /** The setting's path in the policy, e.g. ['reporting', 'endpoint']. */
  readonly path: readonly string[];
  /** Subkeys below …\policy. */
  readonly key: readonly string[];
  /** The value's name; a list has none: its items are the values 1, 2, 3… of `key`. */
  readonly valueName?: string;
  readonly form: Exclude<RegistryForm, 'subkey'>;
  readonly node: SchemaNode;
}

/** The slots of one top-level setting: itself, or each field of a group (recursively). */
export function registrySlots(name: string, node: SchemaNode, parent: readonly string[] = []): RegistrySlot[] {
  const path = [...parent, name];
  const form = registryForm(node);
  if (form === 'subkey') return settingsOf(node).flatMap(([child, childNode]) => registrySlots(child, childNode, path));
  if (form === 'list') return [{ path, key: path, form, node }];
  return [{ path, key: parent, valueName: name, form, node }];
}

/** A registry key as Chrome reads it: numbers are REG_DWORD values, strings REG_SZ. */
export interface RegistryKey {
  readonly values: Record<string, number | string>;
  readonly subkeys: Record<string, RegistryKey>;
}

/** The registry form of a (valid) policy: what the PowerShell script writes. */
export function registryTree(settings: Readonly<Record<string, unknown>>, node: SchemaNode): RegistryKey {
  const key: RegistryKey = { values: {}, subkeys: {} };
  for (const [name, value] of Object.entries(settings)) {
    const child = node.properties?.[name];
    if (!child) throw new Error(`'${name}' is not a policy setting`);
    put(key, name, value, child);
  }
  return key;
}

function put(key: RegistryKey, name: string, value: unknown, node: SchemaNode): void {
  switch (registryForm(node)) {
    case 'dword':
      key.values[name] = Number(value);
      return;
    case 'string':
      key.values[name] = String(value);
      return;
    case 'json':
      key.values[name] = JSON.stringify(value);
      return;
    case 'subkey':
      key.subkeys[name] = registryTree(value as Record<string, unknown>, node);
      return;
    case 'list': {
      // The key is written even for an empty list: `overridable: []` must not fall back to the default.
      const items: RegistryKey = { values: {}, subkeys: {} };
      (value as unknown[]).forEach((item, i) => put(items, String(i + 1), item, node.items!));
      key.subkeys[name] = items;
    }
  }
}
