/**
 * macOS configuration profile (.mobileconfig) for an MDM: per browser, one payload in its preference domain
 * (com.google.Chrome, com.microsoft.Edge) that force-installs the extension, and one in `<domain>.extensions.<id>`,
 * where Chrome on macOS reads an extension's policy (chromium policy_loader_mac.mm).
 */
import { createHash } from 'node:crypto';
import { CHROME_EXTENSION_ID } from '../extension-id.ts';
import { BROWSERS, forceInstall, type TemplateOptions } from './deployment.ts';
import { plist } from './plist.ts';

const PROFILE_IDENTIFIER = 'dev.promptwall.profile';

/** A UUID from the payload's identity and content: the same input gives the same file, a change a new UUID. */
function uuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

function payload(type: string, identifier: string, displayName: string, settings: object) {
  return {
    PayloadDisplayName: displayName,
    PayloadIdentifier: identifier,
    PayloadType: type,
    PayloadUUID: uuid(`${identifier}\n${JSON.stringify(settings)}`),
    PayloadVersion: 1,
    ...settings,
  };
}

export function macosProfile(o: Pick<TemplateOptions, 'policy' | 'updateUrl'>): string {
  const content = BROWSERS.flatMap((b) => [
    payload(b.macDomain, `dev.promptwall.${b.id}.install`, `${b.name}: install Promptwall`, forceInstall(o.updateUrl)),
    payload(`${b.macDomain}.extensions.${CHROME_EXTENSION_ID}`, `dev.promptwall.${b.id}.policy`, `${b.name}: Promptwall policy`, o.policy),
  ]);
  return plist({
    PayloadContent: content,
    PayloadDescription: 'Installs the Promptwall extension in Google Chrome and Microsoft Edge and sets its policy.',
    PayloadDisplayName: 'Promptwall',
    PayloadIdentifier: PROFILE_IDENTIFIER,
    PayloadRemovalDisallowed: true,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuid(`${PROFILE_IDENTIFIER}\n${JSON.stringify(content)}`),
    PayloadVersion: 1,
  });
}
