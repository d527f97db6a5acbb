/**
 * OCSF 1.4 Data Security Finding (class 2006, category 2 Findings) with the security_control profile: what the
 * OCSF export endpoint returns, one object per event. The mapping is documented in docs/api.md. Never carries the
 * raw prompt text, nor the values found (`pattern_match` is left out on purpose).
 */
import type { PromptwallEvent } from '../../src/events/event.ts';
import { severity } from './sink.ts';

export const OCSF_VERSION = '1.4.0';

const DISPOSITION: Record<PromptwallEvent['action'], { action_id: 1 | 2; disposition_id: number; disposition: string }> = {
  allowed: { action_id: 1, disposition_id: 1, disposition: 'Allowed' },
  warned: { action_id: 1, disposition_id: 19, disposition: 'Alert' },
  redacted: { action_id: 1, disposition_id: 11, disposition: 'Corrected' },
  blocked: { action_id: 2, disposition_id: 2, disposition: 'Blocked' },
  overridden: { action_id: 1, disposition_id: 1, disposition: 'Allowed' },
};

export function toOcsf(e: PromptwallEvent, productVersion: string): Record<string, unknown> {
  const time = Date.parse(e.time);
  const sev = severity(e);
  const d = DISPOSITION[e.action];
  const user = e.user ? (e.user.includes('@') ? { email_addr: e.user, name: e.user } : { uid: e.user }) : undefined;
  return {
    class_uid: 2006,
    class_name: 'Data Security Finding',
    category_uid: 2,
    category_name: 'Findings',
    activity_id: 1,
    activity_name: 'Create',
    type_uid: 200601,
    type_name: 'Data Security Finding: Create',
    time,
    severity_id: sev.ocsf,
    severity: sev.label,
    status_id: 1,
    status: 'New',
    action_id: d.action_id,
    action: d.action_id === 2 ? 'Denied' : 'Allowed',
    disposition_id: d.disposition_id,
    disposition: d.disposition,
    is_alert: e.categories.length > 0 && e.action !== 'allowed',
    message: e.categories.length ? `Prompt ${e.action}: ${e.categories.join(', ')}` : `Prompt ${e.action}`,
    metadata: {
      version: OCSF_VERSION,
      uid: e.id,
      profiles: ['security_control'],
      product: { name: 'Promptwall', vendor_name: 'Promptwall', version: productVersion },
    },
    finding_info: {
      uid: e.id,
      title: e.categories.length ? `Sensitive data in an AI prompt: ${e.categories.join(', ')}` : 'AI prompt checked',
      types: e.categories,
      created_time: time,
    },
    ...(user || e.department ? { actor: { user: { ...user, ...(e.department ? { org: { ou_name: e.department } } : {}) } } } : {}),
    ...(e.device ? { device: { uid: e.device, type_id: 0, type: 'Unknown' } } : {}),
    dst_endpoint: { hostname: e.site },
    data_security: {
      detection_system_id: 1,
      detection_system: 'Endpoint',
      data_lifecycle_state_id: 3, // in use: text on its way into a prompt
      detection_pattern: Object.keys(e.kinds).join(','),
      ...(e.policyVersion ? { policy: { name: 'Promptwall policy', version: e.policyVersion } } : {}),
    },
    unmapped: {
      channel: e.channel,
      kinds: e.kinds,
      promptwall_action: e.action,
      ...(e.justification !== undefined ? { justification: e.justification } : {}),
      ...(e.mode ? { mode: e.mode } : {}),
      ...(e.policyAction ? { policy_action: e.policyAction } : {}),
      ...(e.classifier ? { classifier: e.classifier } : {}),
      ...(e.adapter ? { adapter: e.adapter } : {}),
      ...(e.extensionVersion ? { extension_version: e.extensionVersion } : {}),
    },
  };
}
