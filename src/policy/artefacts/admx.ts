/**
 * Windows administrative templates, ADMX + en-US ADML, one pair for Chrome and one for Edge: a policy per top-level
 * setting, its elements writing the registry layout of registry.ts below the browser's
 * `3rdparty\extensions\<id>\policy` key. Self-contained (own namespace, category and supportedOn), so Group Policy and
 * Intune can take it without Chrome's or Edge's own templates.
 */
import { CHROME_EXTENSION_ID } from '../extension-id.ts';
import { extensionPolicyKey, type Browser } from './deployment.ts';
import { settingDocs } from './describe.ts';
import { displayName, jsonType, POLICY_JSON_SCHEMA, settingsOf, type SchemaNode } from './json-schema.ts';
import { registrySlots, type RegistrySlot } from './registry.ts';
import { escapeXml as x } from './xml.ts';

const DEFINITIONS_NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
const SCHEMA_NS = 'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
export const ADMX_CATEGORY = 'Promptwall';
const SUPPORTED = 'SUPPORTED_Promptwall';
/** ADMX decimals are unsigned; Chrome reads a REG_DWORD as a signed 32-bit integer. */
const MAX_DWORD = 2_147_483_647;
/** Long enough for a `sites` map of a large organisation. */
const MAX_JSON_LENGTH = 32_767;

const admxNamespace = (browser: Browser) => `Promptwall.Policies.${displayName(browser.id)}`;
/** File names without extension: promptwall-chrome.admx and en-US/promptwall-chrome.adml. */
export const admxBaseName = (browser: Browser) => `promptwall-${browser.id}`;

type ElementKind = 'boolean' | 'decimal' | 'enum' | 'text' | 'json' | 'list';

interface AdmxElement {
  readonly id: string;
  readonly kind: ElementKind;
  readonly slot: RegistrySlot;
}

interface AdmxPolicy {
  /** The top-level setting: policy name, string id and presentation id. */
  readonly name: string;
  readonly node: SchemaNode;
  readonly elements: readonly AdmxElement[];
}

const safeId = (text: string) => text.replace(/[^A-Za-z0-9_]/g, '_');

function elementKind(slot: RegistrySlot): ElementKind {
  if (slot.form === 'list' || slot.form === 'json') return slot.form;
  if (slot.node.enum) return 'enum';
  if (slot.form === 'string') return 'text';
  return jsonType(slot.node) === 'boolean' ? 'boolean' : 'decimal';
}

export function admxPolicies(schema: SchemaNode = POLICY_JSON_SCHEMA): AdmxPolicy[] {
  return settingsOf(schema).map(([name, node]) => ({
    name,
    node,
    elements: registrySlots(name, node).map((slot) => ({ id: safeId(slot.path.join('_')), kind: elementKind(slot), slot })),
  }));
}

/** Element ids start with their policy's name, so this is unique in the string table. */
const enumStringId = (element: AdmxElement, value: string | number) => safeId(`${element.id}_${value}`);

const registryKey = (browser: Browser, slot: RegistrySlot) => [extensionPolicyKey(browser), ...slot.key].join('\\');

function elementXml(browser: Browser, e: AdmxElement): string[] {
  const { node, valueName } = e.slot;
  const head = `id="${x(e.id)}" key="${x(registryKey(browser, e.slot))}"${valueName ? ` valueName="${x(valueName)}"` : ''}`;
  switch (e.kind) {
    case 'boolean':
      return [`<boolean ${head}>`, '  <trueValue><decimal value="1" /></trueValue>', '  <falseValue><decimal value="0" /></falseValue>', '</boolean>'];
    case 'decimal': {
      const min = node.minimum ?? 0;
      if (min < 0) throw new Error(`${e.slot.path.join('.')}: ADMX decimals cannot be negative`);
      return [`<decimal ${head} required="true" minValue="${min}" maxValue="${Math.min(node.maximum ?? MAX_DWORD, MAX_DWORD)}" />`];
    }
    case 'enum':
      return [
        `<enum ${head} required="true">`,
        ...node.enum!.map((v) => {
          const value = typeof v === 'number' ? `<decimal value="${v}" />` : `<string>${x(v)}</string>`;
          return `  <item displayName="$(string.${enumStringId(e, v)})"><value>${value}</value></item>`;
        }),
        '</enum>',
      ];
    case 'text':
      return [`<text ${head} maxLength="${node.maxLength ?? 1023}" />`];
    case 'json':
      return [`<text ${head} maxLength="${MAX_JSON_LENGTH}" />`];
    case 'list':
      // valuePrefix="" names the values 1, 2, 3…, the list form Chrome reads (as in Chrome's own templates).
      return [`<list ${head} valuePrefix="" />`];
  }
}

const indent = (lines: string[], by: number) => lines.map((l) => `${' '.repeat(by)}${l}`);

export function admx(browser: Browser, schema: SchemaNode = POLICY_JSON_SCHEMA): string {
  const policies = admxPolicies(schema).flatMap((p) => [
    `<policy name="${x(p.name)}" class="Both" displayName="$(string.${p.name})" explainText="$(string.${p.name}_Explain)" presentation="$(presentation.${p.name})" key="${x(extensionPolicyKey(browser))}">`,
    `  <parentCategory ref="${ADMX_CATEGORY}" />`,
    `  <supportedOn ref="${SUPPORTED}" />`,
    '  <elements>',
    ...indent(p.elements.flatMap((e) => elementXml(browser, e)), 4),
    '  </elements>',
    '</policy>',
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- Promptwall policy for ${browser.name}, generated from the policy schema by "promptwall policy templates". -->`,
    `<policyDefinitions ${SCHEMA_NS} revision="1.0" schemaVersion="1.0" xmlns="${DEFINITIONS_NS}">`,
    '  <policyNamespaces>',
    `    <target prefix="promptwall" namespace="${admxNamespace(browser)}" />`,
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    `      <definition name="${SUPPORTED}" displayName="$(string.${SUPPORTED})" />`,
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    `    <category name="${ADMX_CATEGORY}" displayName="$(string.${ADMX_CATEGORY})" />`,
    '  </categories>',
    '  <policies>',
    ...indent(policies, 4),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');
}

function explainText(browser: Browser, p: AdmxPolicy): string {
  const [own, ...fields] = settingDocs(p.name, p.node);
  const facts = (d: { type: string; default?: string }) => `${d.type}${d.default ? `; default ${d.default}` : ''}`;
  const where = p.elements.map((e) => [...e.slot.key, e.slot.valueName ?? '1, 2, 3…'].join('\\'));
  return [
    own.description ?? displayName(p.name),
    '',
    ...(fields.length ? fields.map((f) => `${f.path}: ${f.description ? `${f.description} ` : ''}(${facts(f)})`) : [`${facts(own)}.`]),
    '',
    `Writes ${where.join(', ')} below ${extensionPolicyKey(browser)}.`,
    'Not configured: the extension uses the user\'s own setting, or the default.',
  ].join('\n');
}

function presentationXml(e: AdmxElement): string {
  const { node, path } = e.slot;
  const label = x(`${displayName(path[path.length - 1])}${e.kind === 'json' ? ' (JSON)' : ''}`);
  switch (e.kind) {
    case 'boolean':
      return `<checkBox refId="${e.id}" defaultChecked="${node.default === true}">${label}</checkBox>`;
    case 'decimal':
      return `<decimalTextBox refId="${e.id}" defaultValue="${node.default ?? node.minimum ?? 0}">${label}</decimalTextBox>`;
    case 'enum':
      return `<dropdownList refId="${e.id}" noSort="true" defaultItem="${Math.max(0, node.enum!.indexOf(node.default as string))}">${label}</dropdownList>`;
    case 'list':
      return `<listBox refId="${e.id}">${label}</listBox>`;
    case 'text':
    case 'json': {
      const value = e.kind === 'json' ? JSON.stringify(node.default ?? {}) : ((node.default as string | undefined) ?? '');
      return `<textBox refId="${e.id}"><label>${label}</label>${value ? `<defaultValue>${x(value)}</defaultValue>` : ''}</textBox>`;
    }
  }
}

export function adml(browser: Browser, schema: SchemaNode = POLICY_JSON_SCHEMA): string {
  const policies = admxPolicies(schema);
  const strings: [string, string][] = [
    [ADMX_CATEGORY, `Promptwall (${browser.name})`],
    [SUPPORTED, `${browser.name} with the Promptwall extension (${CHROME_EXTENSION_ID})`],
    ...policies.flatMap((p): [string, string][] => [
      [p.name, displayName(p.name)],
      [`${p.name}_Explain`, explainText(browser, p)],
      ...p.elements.flatMap((e) => (e.kind === 'enum' ? e.slot.node.enum!.map((v): [string, string] => [enumStringId(e, v), String(v)]) : [])),
    ]),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<policyDefinitionResources ${SCHEMA_NS} revision="1.0" schemaVersion="1.0" xmlns="${DEFINITIONS_NS}">`,
    `  <displayName>Promptwall for ${x(browser.name)}</displayName>`,
    `  <description>Settings of the Promptwall extension in ${x(browser.name)}.</description>`,
    '  <resources>',
    '    <stringTable>',
    ...strings.map(([id, text]) => `      <string id="${x(id)}">${x(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...policies.flatMap((p) => [
      `      <presentation id="${x(p.name)}">`,
      ...p.elements.map((e) => `        ${presentationXml(e)}`),
      '      </presentation>',
    ]),
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
}
