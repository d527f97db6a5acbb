/**
 * Firefox `policies.json`: force-install from `install_url` and the extension's policy under `3rdparty` →
 * `Extensions` (capital E, unlike Chrome) → gecko id. Firefox does not check it against the managed schema.
 */
import { GECKO_EXTENSION_ID } from '../extension-id.ts';
import { jsonFile, type TemplateOptions } from './deployment.ts';

export function firefoxPolicies(o: Pick<TemplateOptions, 'policy' | 'xpiUrl'>): string {
  return jsonFile({
    policies: {
      ExtensionSettings: {
        [GECKO_EXTENSION_ID]: {
          installation_mode: 'force_installed',
          install_url: o.xpiUrl,
          // Otherwise a private window is a way around the extension.
          private_browsing: true,
          default_area: 'navbar',
        },
      },
      '3rdparty': { Extensions: { [GECKO_EXTENSION_ID]: o.policy } },
    },
  });
}
