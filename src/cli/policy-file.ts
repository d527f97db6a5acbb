/**
 * Reads a policy the way administrators hold one: a bare policy object, a Chrome/Edge policy file or Google Admin
 * console JSON, or Firefox's policies.json, finding the extension's section by its id.
 */
import { CHROME_EXTENSION_ID, GECKO_EXTENSION_ID } from '../policy/extension-id.ts';
import { formatPath } from '../policy/resolve.ts';
import { InputError, position, readInput } from './shared.ts';

export type LocatedPolicy =
  | { readonly kind: string; readonly policy: unknown }
  | { readonly kind: string; readonly problem: { readonly path: string; readonly message: string } };

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Offset of the first JSON syntax error, or -1: Node 20's JSON.parse does not say where. */
function jsonErrorOffset(text: string): number {
  let at = 0;
  const skip = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const match = (token: RegExp) => {
    token.lastIndex = at;
    if (!token.test(text)) throw at;
    at = token.lastIndex;
  };
  const expect = (c: string) => {
    skip();
    if (text[at] !== c) throw at;
    at++;
  };
  const value = (): void => {
    skip();
    const open = text[at];
    if (open !== '{' && open !== '[') return match(open === '"' ? STRING : SCALAR);
    const close = open === '{' ? '}' : ']';
    at++;
    skip();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      if (open === '{') {
        skip();
        match(STRING);
        expect(':');
      }
      value();
      skip();
      if (text[at] !== ',') return expect(close);
      at++;
    }
  };
  try {
    value();
    skip();
    return at < text.length ? at : -1;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}

function parseJson(text: string, name: string): unknown {
  // Windows editors like to start a UTF-8 file with a byte-order mark; it is not JSON, but it is not a mistake either.
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch {
    const offset = jsonErrorOffset(json);
    const { line, column } = position(json, offset);
    const found = offset < json.length ? JSON.stringify(json[offset]) : 'the end of the file';
    throw new InputError(`${name}: invalid JSON at line ${line}, column ${column}: unexpected ${found}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Follows `path` into the document, saying where and why it stops. */
function section(kind: string, doc: Record<string, unknown>, path: readonly string[]): LocatedPolicy {
  let node: unknown = doc;
  for (const [i, key] of path.entries()) {
    const where = formatPath(path.slice(0, i));
    if (!isObject(node)) return { kind, problem: { path: where, message: 'expected an object' } };
    if (!(key in node)) {
      const near = Object.keys(node).find((k) => k.toLowerCase() === key.toLowerCase());
      const message = near ? `write "${key}", not "${near}"` : i === path.length - 1 ? `no settings for the extension ${key}` : `missing "${key}"`;
      return { kind, problem: { path: where, message } };
    }
    node = node[key];
  }
  return { kind: `${kind}, section ${formatPath(path)}`, policy: node };
}

/** The Admin console's "Policy for extensions" wraps every setting: {"mode": {"Value": "audit"}}. */
const isAdminConsole = (doc: Record<string, unknown>) =>
  Object.keys(doc).length > 0 && Object.values(doc).every((v) => isObject(v) && Object.keys(v).length === 1 && 'Value' in v);

export function locatePolicy(doc: unknown): LocatedPolicy {
  if (!isObject(doc)) return { kind: 'policy', policy: doc };
  if (isObject(doc.policies)) return section('Firefox policies.json', doc, ['policies', '3rdparty', 'Extensions', GECKO_EXTENSION_ID]);
  if ('3rdparty' in doc) return section('Chrome/Edge policy file', doc, ['3rdparty', 'extensions', CHROME_EXTENSION_ID]);
  if (isAdminConsole(doc)) {
    const policy = Object.fromEntries(Object.entries(doc).map(([key, wrapped]) => [key, (wrapped as { Value: unknown }).Value]));
    return { kind: 'Google Admin console JSON', policy };
  }
  return { kind: 'policy', policy: doc };
}

export async function readPolicyFile(name: string): Promise<LocatedPolicy> {
  return locatePolicy(parseJson(await readInput(name), name));
}
