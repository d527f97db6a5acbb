/**
 * Chrome/Edge JSON policy: the file for /etc/opt/chrome/policies/managed/ (Edge on Linux: /etc/opt/edge/policies/
 * managed/), and the same policy in the form the Google Admin console takes under "Policy for extensions".
 */
import { CHROME_EXTENSION_ID } from '../extension-id.ts';
import { forceInstall, jsonFile, type TemplateOptions } from './deployment.ts';

export function chromePolicy(o: Pick<TemplateOptions, 'policy' | 'updateUrl'>): string {
  return jsonFile({ ...forceInstall(o.updateUrl), '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: o.policy } } });
}

/** The Admin console wants each setting wrapped: {"mode": {"Value": "audit"}}. */
export function googleAdminConsolePolicy(o: Pick<TemplateOptions, 'policy'>): string {
  return jsonFile(Object.fromEntries(Object.entries(o.policy).map(([key, value]) => [key, { Value: value }])));
}
