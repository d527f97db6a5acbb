import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { locatePolicy } from '../src/cli/policy-file.ts';
import { admx, adml } from '../src/policy/artefacts/admx.ts';
import { BROWSERS, CHROME, EDGE, examplePolicy, extensionPolicyKey } from '../src/policy/artefacts/deployment.ts';
import { templateFiles } from '../src/policy/artefacts/index.ts';
import { toSchemaNode } from '../src/policy/artefacts/json-schema.ts';
import { CHROME_SCHEMA_KEYWORDS, managedSchema, type ChromeSchema } from '../src/policy/artefacts/managed-schema.ts';
import { policyReference } from '../src/policy/artefacts/reference.ts';
import { POLICY_JSON_SCHEMA } from '../src/policy/artefacts/json-schema.ts';
import { registryTree, type RegistryKey } from '../src/policy/artefacts/registry.ts';
import { escapeXml } from '../src/policy/artefacts/xml.ts';
import { CHROME_EXTENSION_ID, GECKO_EXTENSION_ID } from '../src/policy/extension-id.ts';
import { validatePolicy } from '../src/policy/resolve.ts';
import { DEFAULT_POLICY, POLICY_KEYS, policySchema } from '../src/policy/schema.ts';

/** Every setting changed from its default, with XML- and PowerShell-hostile characters in the strings. */
const RICH = {
  version: 'q4 "R&D" <wave>',
  mode: 'audit',
  actions: { secret: 'warn', pii: 'block', financial: 'redact', source_code: 'allow', confidential: 'block', health: 'redact' },
  sites: { 'chatgpt.com': { actions: { pii: 'warn' } }, '*.openai.com': { actions: { secret: 'block' } } },
  overridable: [],
  justificationMinLength: 20,
  sanctionedSites: ['chatgpt.com', '*.openai.com'],
  unsanctionedSiteAction: 'block',
  blockedSites: ['chat.deepseek.com'],
  monitoredSites: ['ai.intranet.example'],
  failMode: 'closed',
  classifier: { enabled: false, timeoutMs: 500 },
  maxPromptChars: 100_000,
  reporting: {
    endpoint: 'https://dlp.example.org/ingest?a=1&b=2',
    token: "it's <secret> & ‘quoted’",
    identity: 'email',
    email: 'maria@example.org',
    department: 'R&D <EU>',
    includeRawText: true,
  },
};

const files = templateFiles();
const richFiles = templateFiles({ policy: RICH });
const json = (text: string) => JSON.parse(text) as Record<string, any>;

describe('the example policy', () => {
  it('is valid, rolls out in audit mode and reports to the server', () => {
    expect(validatePolicy(examplePolicy()).problems).toEqual([]);
    expect(validatePolicy(examplePolicy()).policy).toMatchObject({ mode: 'audit', reporting: { endpoint: 'https://promptwall.example.com' } });
    expect(validatePolicy(RICH).problems).toEqual([]);
  });
});

describe('managed_schema.json (Chrome dialect)', () => {
  const schema = managedSchema();
  const nodes = (node: ChromeSchema): ChromeSchema[] => [
    node,
    ...Object.values(node.properties ?? {}).flatMap(nodes),
    ...(node.additionalProperties ? nodes(node.additionalProperties) : []),
    ...(node.items ? nodes(node.items) : []),
  ];

  it('uses only keywords Chrome parses, one type per schema, additionalProperties only as a schema', () => {
    for (const node of nodes(schema)) {
      for (const key of Object.keys(node)) expect(CHROME_SCHEMA_KEYWORDS).toContain(key);
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean']).toContain(node.type);
      if ('additionalProperties' in node) expect(typeof node.additionalProperties).toBe('object');
    }
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(schema.properties!)).toEqual(POLICY_KEYS);
    expect(schema.properties!.reporting.properties!.endpoint).toMatchObject({ type: 'string' });
  });

  it('is JSON Schema that accepts the defaults and the example policies, and rejects what Chrome would drop', () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    for (const policy of [DEFAULT_POLICY, examplePolicy(), RICH, {}]) expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    for (const bad of [
      { mode: 'monitor' },
      { justificationMinLength: 501 },
      { sanctionedSites: ['Chat GPT'] },
      { classifier: { enabled: 'yes' } },
      { sites: { 'chatgpt.com': { actions: { pii: 'zap' } } } },
    ])
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
  });
});

describe('Chrome/Edge JSON, Admin console JSON, Firefox policies.json', () => {
  it('carry the policy in the extension\'s section, where validatePolicy accepts it', () => {
    for (const [path, kind] of [
      ['chrome/promptwall.json', 'Chrome/Edge policy file'],
      ['chrome/google-admin-console.json', 'Google Admin console JSON'],
      ['firefox/policies.json', 'Firefox policies.json'],
    ]) {
      for (const [generated, policy] of [
        [files, examplePolicy()],
        [richFiles, RICH],
      ] as const) {
        const located = locatePolicy(json(generated[path]));
        expect(located.kind).toContain(kind);
        expect('policy' in located && located.policy).toEqual(policy);
        expect(validatePolicy('policy' in located && located.policy).problems).toEqual([]);
      }
    }
  });

  it('force-install the extension: Chrome/Edge by id and update URL, Firefox from its XPI', () => {
    const chrome = json(files['chrome/promptwall.json']);
    expect(chrome.ExtensionInstallForcelist).toEqual([`${CHROME_EXTENSION_ID};https://clients2.google.com/service/update2/crx`]);
    expect(chrome.ExtensionSettings[CHROME_EXTENSION_ID]).toMatchObject({ installation_mode: 'force_installed', toolbar_pin: 'force_pinned' });
    expect(Object.keys(chrome['3rdparty'].extensions)).toEqual([CHROME_EXTENSION_ID]);
    const firefox = json(templateFiles({ xpiUrl: 'https://intranet.example/promptwall.xpi' })['firefox/policies.json']).policies;
    expect(firefox.ExtensionSettings[GECKO_EXTENSION_ID]).toMatchObject({ installation_mode: 'force_installed', install_url: 'https://intranet.example/promptwall.xpi' });
    expect(Object.keys(firefox['3rdparty'])).toEqual(['Extensions']);
  });

  it('wraps every setting as the Admin console wants', () => {
    expect(json(files['chrome/google-admin-console.json'])).toEqual({
      version: { Value: 'rollout-1-audit' },
      mode: { Value: 'audit' },
      reporting: { Value: { endpoint: 'https://promptwall.example.com', token: 'REPLACE_WITH_INGEST_TOKEN' } },
    });
  });
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name, jpath) =>
    ['policy', 'presentation', 'item', 'boolean', 'decimal', 'enum', 'text', 'list'].includes(name) ||
    ['checkBox', 'decimalTextBox', 'dropdownList', 'textBox', 'listBox'].includes(name) ||
    String(jpath).endsWith('stringTable.string'),
});
type Attrs = Record<string, any>;
const PRESENTS: Record<string, string> = { boolean: 'checkBox', decimal: 'decimalTextBox', enum: 'dropdownList', text: 'textBox', list: 'listBox' };

function admxElements(policy: Attrs): { kind: string; attrs: Attrs }[] {
  return Object.entries(policy.elements ?? {}).flatMap(([kind, list]) => (list as Attrs[]).map((attrs) => ({ kind, attrs })));
}

describe.each(BROWSERS)('ADMX and ADML for $name', (browser) => {
  const admxText = admx(browser);
  const admlText = adml(browser);
  const definitions = xml.parse(admxText).policyDefinitions;
  const resources = xml.parse(admlText).policyDefinitionResources.resources;
  const policies: Attrs[] = definitions.policies.policy;
  const strings = new Map<string, string>(resources.stringTable.string.map((s: Attrs) => [s['@_id'], String(s['#text'])]));
  const presentations = new Map<string, Attrs>(resources.presentationTable.presentation.map((p: Attrs) => [p['@_id'], p]));

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(admxText)).toBe(true);
    expect(XMLValidator.validate(admlText)).toBe(true);
  });

  it('has the policyDefinitions structure: namespace, category, supportedOn, one policy per top-level setting', () => {
    expect(definitions.policyNamespaces.target['@_namespace']).toMatch(/^Promptwall\.Policies\./);
    expect(definitions.categories.category['@_name']).toBe('Promptwall');
    expect(policies.map((p) => p['@_name'])).toEqual(POLICY_KEYS);
    for (const p of policies) {
      expect(p.parentCategory['@_ref']).toBe('Promptwall');
      expect(p.supportedOn['@_ref']).toBe(definitions.supportedOn.definitions.definition['@_name']);
      expect(admxElements(p).length).toBeGreaterThan(0);
    }
  });

  it('resolves every string and presentation reference in the ADML, and each element has its matching control', () => {
    for (const [, id] of admxText.matchAll(/\$\(string\.([^)]+)\)/g)) expect(strings.has(id), id).toBe(true);
    for (const p of policies) {
      const presentation = presentations.get(p['@_presentation'].replace(/^\$\(presentation\.(.*)\)$/, '$1'))!;
      expect(presentation, p['@_name']).toBeDefined();
      const controls = Object.entries(PRESENTS).flatMap(([kind, control]) =>
        ((presentation[control] ?? []) as Attrs[]).map((c) => `${kind}:${c['@_refId']}`),
      );
      // JSON values are text elements shown in text boxes.
      expect(controls.sort()).toEqual(admxElements(p).map((e) => `${e.kind}:${e.attrs['@_id']}`).sort());
    }
    expect(strings.get('mode_Explain')).toContain('roll out in audit mode first');
  });

  it('writes below the browser\'s 3rdparty key of the extension id', () => {
    const root = extensionPolicyKey(browser);
    expect(root).toContain(`\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`);
    expect(root.startsWith(browser === CHROME ? 'Software\\Policies\\Google\\Chrome' : 'Software\\Policies\\Microsoft\\Edge')).toBe(true);
    for (const p of policies) {
      expect(p['@_key']).toBe(root);
      for (const e of admxElements(p)) expect(e.attrs['@_key'].startsWith(root)).toBe(true);
    }
  });

  it('offers the schema\'s choices and ranges: enums as dropdowns, integers with their bounds, booleans as check boxes', () => {
    const element = (policy: string, id: string) => admxElements(policies.find((p) => p['@_name'] === policy)!).find((e) => e.attrs['@_id'] === id)!;
    expect(element('mode', 'mode').kind).toBe('enum');
    expect(element('mode', 'mode').attrs.item.map((i: Attrs) => i.value.string)).toEqual(['enforce', 'audit']);
    expect(element('actions', 'actions_pii').attrs.item.map((i: Attrs) => i.value.string)).toEqual(['allow', 'warn', 'redact', 'block']);
    expect(element('classifier', 'classifier_timeoutMs').attrs).toMatchObject({ '@_minValue': '50', '@_maxValue': '30000' });
    expect(element('reporting', 'reporting_includeRawText').kind).toBe('boolean');
    expect(element('sanctionedSites', 'sanctionedSites')).toMatchObject({ kind: 'list', attrs: { '@_valuePrefix': '' } });
    expect(element('sites', 'sites')).toMatchObject({ kind: 'text', attrs: { '@_valueName': 'sites' } });
  });
});

/**
 * What Chrome's Windows policy loader makes of a registry key, given the managed schema (chromium
 * components/policy/core/common/registry_dict.cc): DWORDs become booleans where the schema says so, JSON strings
 * objects or lists, subkeys objects or (their numbered values, in the registry's name order) lists.
 */
function chromeReads(key: RegistryKey, schema: ChromeSchema): unknown {
  const child = (name: string) => schema.properties?.[name] ?? schema.additionalProperties!;
  const convert = (value: number | string, s: ChromeSchema) =>
    s.type === 'boolean' && typeof value === 'number' ? value !== 0 : (s.type === 'object' || s.type === 'array') && typeof value === 'string' ? JSON.parse(value) : value;
  if (schema.type === 'array') {
    return Object.entries(key.values)
      .filter(([name]) => /^\d+$/.test(name))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, value]) => convert(value, schema.items!));
  }
  return {
    ...Object.fromEntries(Object.entries(key.values).map(([name, value]) => [name, convert(value, child(name))])),
    ...Object.fromEntries(Object.entries(key.subkeys).map(([name, sub]) => [name, chromeReads(sub, child(name))])),
  };
}

describe('the Windows registry layout', () => {
  it('reads back as the same policy in Chrome, empty lists included', () => {
    const tree = registryTree(RICH, POLICY_JSON_SCHEMA);
    expect(tree.values.justificationMinLength).toBe(20);
    expect(tree.subkeys.classifier.values.enabled).toBe(0);
    expect(tree.subkeys.overridable).toEqual({ values: {}, subkeys: {} });
    expect(validatePolicy(chromeReads(tree, managedSchema()))).toEqual(validatePolicy(RICH));
  });

  it('is what the ADMX elements write: the same values, at the same keys', () => {
    const root = extensionPolicyKey(CHROME);
    const elements = xml.parse(admx(CHROME)).policyDefinitions.policies.policy.flatMap(admxElements);
    const listKeys = new Set(elements.filter((e: Attrs) => e.kind === 'list').map((e: Attrs) => e.attrs['@_key']));
    const admxValues = elements.filter((e: Attrs) => e.kind !== 'list').map((e: Attrs) => `${e.attrs['@_key']}|${e.attrs['@_valueName']}`);
    const written: string[] = [];
    const keys: string[] = [];
    const walk = (key: RegistryKey, path: string) => {
      keys.push(path);
      if (!listKeys.has(path)) written.push(...Object.keys(key.values).map((name) => `${path}|${name}`));
      for (const [name, sub] of Object.entries(key.subkeys)) walk(sub, `${path}\\${name}`);
    };
    walk(registryTree(validatePolicy(RICH).policy!, POLICY_JSON_SCHEMA), root);
    expect(written.sort()).toEqual(admxValues.sort());
    for (const list of listKeys) expect(keys).toContain(list);
  });

  it('the PowerShell script writes it for Chrome and Edge, with its strings quoted', () => {
    const script = richFiles['windows/promptwall-registry.ps1'];
    for (const b of BROWSERS) expect(script).toContain(`'HKLM:\\${extensionPolicyKey(b)}'`);
    expect(script).toContain(`New-ItemProperty -LiteralPath $root -Name 'justificationMinLength' -PropertyType DWord -Value 20 | Out-Null`);
    expect(script).toContain(`New-ItemProperty -LiteralPath ($root + '\\sanctionedSites') -Name '2' -PropertyType String -Value '*.openai.com' | Out-Null`);
    expect(script).toContain(`-Name 'includeRawText' -PropertyType DWord -Value 1`);
    expect(script).toContain(`-Name 'token' -PropertyType String -Value 'it''s <secret> & ‘‘quoted’’'`);
    expect(script).toContain(`New-Item -Path ($root + '\\overridable') -Force | Out-Null`);
    expect(script).toContain(`-Name 'sites' -PropertyType String -Value '${JSON.stringify(RICH.sites)}'`);
  });
});

type Ordered = Record<string, unknown>;
const tagOf = (node: Ordered) => Object.keys(node).find((k) => k !== ':@')!;
const textOf = (node: Ordered) => String(((node[tagOf(node)] as Ordered[])[0]?.['#text'] as string | undefined) ?? '');

/** A property list element as JSON. */
function plistValue(node: Ordered): unknown {
  const tag = tagOf(node);
  const children = node[tag] as Ordered[];
  switch (tag) {
    case 'string':
      return textOf(node);
    case 'integer':
      return Number(textOf(node));
    case 'true':
    case 'false':
      return tag === 'true';
    case 'array':
      return children.map(plistValue);
    case 'dict': {
      const entries: [string, unknown][] = [];
      for (let i = 0; i < children.length; i += 2) {
        expect(tagOf(children[i])).toBe('key');
        entries.push([textOf(children[i]), plistValue(children[i + 1])]);
      }
      return Object.fromEntries(entries);
    }
  }
  throw new Error(`unexpected plist element <${tag}>`);
}

function readProfile(text: string): Record<string, any> {
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = new XMLParser({ preserveOrder: true, parseTagValue: false }).parse(text) as Ordered[];
  const plist = doc.find((n) => tagOf(n) === 'plist')!;
  return plistValue((plist.plist as Ordered[])[0]) as Record<string, any>;
}

describe('macOS configuration profile', () => {
  const profile = readProfile(richFiles['macos/promptwall.mobileconfig']);
  const uuid = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;
  const settings = (payload: Record<string, unknown>) => Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload')));

  it('is a configuration profile whose payloads are all identified', () => {
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadScope: 'System', PayloadIdentifier: 'dev.promptwall.profile' });
    expect(profile.PayloadUUID).toMatch(uuid);
    const payloads: Record<string, any>[] = profile.PayloadContent;
    for (const p of payloads) {
      expect(p.PayloadUUID).toMatch(uuid);
      expect(p.PayloadVersion).toBe(1);
      expect(typeof p.PayloadIdentifier).toBe('string');
    }
    expect(new Set(payloads.map((p) => p.PayloadUUID)).size).toBe(payloads.length);
    expect(new Set(payloads.map((p) => p.PayloadIdentifier)).size).toBe(payloads.length);
    expect(payloads.map((p) => p.PayloadType)).toEqual([
      'com.google.Chrome',
      `com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`,
      'com.microsoft.Edge',
      `com.microsoft.Edge.extensions.${CHROME_EXTENSION_ID}`,
    ]);
  });

  it('force-installs the extension and carries the same policy, strings intact, for both browsers', () => {
    const payloads: Record<string, any>[] = profile.PayloadContent;
    for (const b of BROWSERS) {
      const install = payloads.find((p) => p.PayloadType === b.macDomain)!;
      expect(install.ExtensionInstallForcelist).toEqual([`${CHROME_EXTENSION_ID};https://clients2.google.com/service/update2/crx`]);
      expect(install.ExtensionSettings[CHROME_EXTENSION_ID].installation_mode).toBe('force_installed');
      const policy = settings(payloads.find((p) => p.PayloadType === `${b.macDomain}.extensions.${CHROME_EXTENSION_ID}`)!);
      expect(policy).toEqual(RICH);
      expect(validatePolicy(policy).problems).toEqual([]);
    }
  });

  it('gives the same file for the same input, and new UUIDs when the policy changes', () => {
    expect(templateFiles({ policy: RICH })['macos/promptwall.mobileconfig']).toBe(richFiles['macos/promptwall.mobileconfig']);
    expect(readProfile(files['macos/promptwall.mobileconfig']).PayloadUUID).not.toBe(profile.PayloadUUID);
  });
});

describe('one schema generates everything', () => {
  const extended = toSchemaNode(
    policySchema.extend({
      pilotGroup: z.string().max(40).default('').describe('Pilot group (R&D <EU> "wave") reported with events.'),
      telemetry: z
        .strictObject({ heartbeat: z.boolean().default(true).describe('Send a daily heartbeat.') })
        .prefault({})
        .describe('Health reporting.'),
    }),
  );
  const generated = templateFiles({ schema: extended, policy: { ...examplePolicy(), pilotGroup: 'wave-2', telemetry: { heartbeat: false } } });

  it('a key added to the schema reaches every artefact with no other edit', () => {
    expect(managedSchema(extended).properties!.pilotGroup).toEqual({ type: 'string', description: 'Pilot group (R&D <EU> "wave") reported with events.' });
    expect(json(generated['managed_schema.json']).properties.telemetry.properties.heartbeat.type).toBe('boolean');
    for (const b of BROWSERS) {
      const admxText = generated[`windows/promptwall-${b.id}.admx`];
      const admlText = generated[`windows/en-US/promptwall-${b.id}.adml`];
      expect(XMLValidator.validate(admxText)).toBe(true);
      expect(XMLValidator.validate(admlText)).toBe(true);
      expect(admxText).toContain('<policy name="pilotGroup"');
      expect(admxText).toContain(`<boolean id="telemetry_heartbeat" key="${extensionPolicyKey(b)}\\telemetry" valueName="heartbeat">`);
      expect(xml.parse(admlText).policyDefinitionResources.resources.stringTable.string.map((s: Attrs) => s['#text'])).toContain('Pilot group');
    }
    expect(generated['policy-reference.md']).toContain('## `pilotGroup`');
    expect(generated['policy-reference.md']).toContain('`telemetry.heartbeat`');
    expect(generated['windows/promptwall-registry.ps1']).toContain(`-Name 'pilotGroup' -PropertyType String -Value 'wave-2'`);
    expect(generated['windows/promptwall-registry.ps1']).toContain(`-Name 'heartbeat' -PropertyType DWord -Value 0`);
    expect(readProfile(generated['macos/promptwall.mobileconfig']).PayloadContent[1].telemetry).toEqual({ heartbeat: false });
    expect(json(generated['chrome/promptwall.json'])['3rdparty'].extensions[CHROME_EXTENSION_ID].pilotGroup).toBe('wave-2');
    expect(json(generated['firefox/policies.json']).policies['3rdparty'].Extensions[GECKO_EXTENSION_ID].pilotGroup).toBe('wave-2');
    expect(generated['README.txt']).toContain('/pilotGroup');
  });
});

describe('docs and README', () => {
  it('docs/policy.md is the generated reference (regenerate with npm run docs)', () => {
    expect(readFileSync('docs/policy.md', 'utf8')).toBe(policyReference());
    for (const key of POLICY_KEYS) expect(policyReference()).toContain(`## \`${key}\``);
  });

  it('README.txt says where each written file goes', () => {
    const readme = files['README.txt'];
    for (const path of Object.keys(files).filter((p) => p !== 'README.txt')) expect(readme).toContain(`${path}\n`);
    expect(readme).toContain(CHROME_EXTENSION_ID);
    expect(readme).toContain(GECKO_EXTENSION_ID);
    expect(Object.keys(files)).toContain(`windows/en-US/promptwall-${EDGE.id}.adml`);
  });

  it('XML text is escaped, and what XML cannot hold is refused', () => {
    expect(escapeXml(`a & <b> "c" 'd'`)).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;');
    expect(() => escapeXml('bell\u0007')).toThrow(/control character/);
  });
});
