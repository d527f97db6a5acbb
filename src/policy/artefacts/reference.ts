/**
 * docs/policy.md: every setting, generated from the schema. `npm run docs` rewrites it and `promptwall policy
 * templates` writes it beside the templates; a test fails when the committed file and the schema disagree.
 */
import { CHROME_EXTENSION_ID, GECKO_EXTENSION_ID } from '../extension-id.ts';
import { settingDocs, type SettingDoc } from './describe.ts';
import { POLICY_JSON_SCHEMA, settingsOf, type SchemaNode } from './json-schema.ts';
import { registrySlots, type RegistrySlot } from './registry.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => `\`${text}\``;

const REGISTRY_FORM: Record<RegistrySlot['form'], string> = {
  dword: 'REG_DWORD',
  string: 'REG_SZ',
  json: 'REG_SZ holding JSON',
  list: 'subkey of REG_SZ values named 1, 2, 3…',
};

function registryText(slot: RegistrySlot): string {
  const where = [...slot.key, ...(slot.valueName ? [slot.valueName] : [])].join('\\');
  return `${code(where)} (${REGISTRY_FORM[slot.form]})`;
}

function fieldTable(fields: SettingDoc[]): string[] {
  return [
    '| Field | Type | Default | Description |',
    '| --- | --- | --- | --- |',
    ...fields.map((f) => `| ${code(f.path)} | ${cell(f.type)} | ${f.default ? code(f.default) : ''} | ${cell(f.description ?? '')} |`),
  ];
}

function section(name: string, node: SchemaNode): string[] {
  const [own, ...fields] = settingDocs(name, node);
  return [
    `## ${code(name)}`,
    '',
    own.description ?? '',
    '',
    `Type: ${own.type}.${own.default ? ` Default: ${code(own.default)}.` : ''}`,
    '',
    ...(fields.length ? [...fieldTable(fields), ''] : []),
    `Windows registry: ${registrySlots(name, node).map(registryText).join(', ')}.`,
    '',
  ];
}

export function policyReference(schema: SchemaNode = POLICY_JSON_SCHEMA): string {
  const settings = settingsOf(schema);
  return [
    '# Policy reference',
    '',
    '<!-- Generated from src/policy/schema.ts by `npm run docs`; do not edit. test/artefacts.test.ts fails when they disagree. -->',
    '',
    'Every setting is optional: a setting the organisation does not set keeps the user\'s own choice, or the default.',
    'A setting with a wrong value is ignored (and reported) on its own; the others still apply.',
    'Check a policy file with `promptwall policy validate FILE`; [deploy.md](deploy.md) says where each file goes.',
    '',
    `- Chrome and Edge: \`3rdparty\` → \`extensions\` → \`${CHROME_EXTENSION_ID}\`; on Windows the values below`,
    `  \`Software\\Policies\\<Google\\Chrome | Microsoft\\Edge>\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy\`.`,
    `- Firefox: \`policies.json\` → \`3rdparty\` → \`Extensions\` → \`${GECKO_EXTENSION_ID}\`.`,
    '',
    '| Setting | Type | Default |',
    '| --- | --- | --- |',
    ...settings.map(([name, node]) => {
      const [own] = settingDocs(name, node);
      return `| [${code(name)}](#${name.toLowerCase()}) | ${cell(own.type)} | ${own.default ? code(own.default) : 'see below'} |`;
    }),
    '',
    ...settings.flatMap(([name, node]) => section(name, node)),
  ].join('\n');
}
