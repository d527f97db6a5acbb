/** What every deployment file shares: the browsers, how the extension is force-installed, and the policy carried. */
import { CHROME_EXTENSION_ID } from '../extension-id.ts';
import { POLICY_JSON_SCHEMA, type SchemaNode } from './json-schema.ts';

export interface Browser {
  readonly id: 'chrome' | 'edge';
  readonly name: string;
  /** The browser's policy key in HKLM/HKCU. */
  readonly registryRoot: string;
  /** macOS preference domain; the extension's policy lives in `<domain>.extensions.<id>`. */
  readonly macDomain: string;
  readonly linuxPolicyDir: string;
}

export const CHROME: Browser = {
  id: 'chrome',
  name: 'Google Chrome',
  registryRoot: 'Software\\Policies\\Google\\Chrome',
  macDomain: 'com.google.Chrome',
  linuxPolicyDir: '/etc/opt/chrome/policies/managed',
};

export const EDGE: Browser = {
  id: 'edge',
  name: 'Microsoft Edge',
  registryRoot: 'Software\\Policies\\Microsoft\\Edge',
  macDomain: 'com.microsoft.Edge',
  linuxPolicyDir: '/etc/opt/edge/policies/managed',
};

export const BROWSERS = [CHROME, EDGE] as const;

/** Where Chrome and Edge on Windows read the extension's policy (registry names are not case-sensitive). */
export const extensionPolicyKey = (browser: Browser) => `${browser.registryRoot}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`;

export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
const EXAMPLE_ENDPOINT = 'https://promptwall.example.com';
export const EXAMPLE_TOKEN = 'REPLACE_WITH_INGEST_TOKEN';
export const EXAMPLE_XPI_URL = 'https://addons.mozilla.org/firefox/downloads/latest/promptwall/latest.xpi';

/**
 * The first roll-out: audit mode detects and reports to the organisation server but never interrupts anyone, so the
 * security team sees what the default actions would do (and their false positives) before setting `mode: "enforce"`.
 */
export function examplePolicy(endpoint = EXAMPLE_ENDPOINT, token = EXAMPLE_TOKEN): Record<string, unknown> {
  return { version: 'rollout-1-audit', mode: 'audit', reporting: { endpoint, token } };
}

export interface TemplateOptions {
  /** The policy every file carries, as an administrator writes it: only the settings to fix. */
  readonly policy: Readonly<Record<string, unknown>>;
  /** Chrome/Edge update URL: the Chrome Web Store's, or a self-hosted update.xml. */
  readonly updateUrl: string;
  /** Where Firefox downloads the signed XPI. */
  readonly xpiUrl: string;
  readonly schema: SchemaNode;
}

export function templateOptions(options: Partial<TemplateOptions> = {}): TemplateOptions {
  return { policy: examplePolicy(), updateUrl: CHROME_WEB_STORE_UPDATE_URL, xpiUrl: EXAMPLE_XPI_URL, schema: POLICY_JSON_SCHEMA, ...options };
}

/**
 * Chrome/Edge force-install: ExtensionSettings (which supersedes the list) plus ExtensionInstallForcelist, which
 * older tooling and audits look for. Edge may ignore `toolbar_pin`.
 */
export function forceInstall(updateUrl: string) {
  return {
    ExtensionInstallForcelist: [`${CHROME_EXTENSION_ID};${updateUrl}`],
    ExtensionSettings: {
      [CHROME_EXTENSION_ID]: { installation_mode: 'force_installed', update_url: updateUrl, toolbar_pin: 'force_pinned' },
    },
  };
}

export const jsonFile = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
