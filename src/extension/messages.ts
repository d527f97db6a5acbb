/**
 * The messages between the extension's parts. A content script's runtime.sendMessage reaches every extension
 * page (the background AND the offscreen document), so each message names its `target` and every listener
 * ignores the others'.
 */
import type { Classification } from '../classifier/classifier.ts';
import type { Finding } from '../engine/types.ts';
import type { Channel, EventAction, PromptwallEvent } from '../events/event.ts';
import type { PolicyProblem, PolicySource } from '../policy/resolve.ts';
import type { Policy, PolicyKey } from '../policy/schema.ts';

export type ClassifierState = 'loading' | 'loaded' | 'disabled' | 'unavailable';
export type AdapterState = 'ok' | 'fallback' | 'unused';

/** What a content script reports once per check; the background adds identity and versions. */
export type CheckReport = Pick<PromptwallEvent, 'site' | 'channel' | 'categories' | 'kinds' | 'action' | 'policyAction' | 'classifier' | 'adapter' | 'justification'> & {
  /** Masked previews for this device's popup only; never sent to the server. */
  previews: string[];
  /** The raw text; forwarded only when policy.reporting.includeRawText is on. */
  text?: string;
};

export interface RecentDetection {
  time: string;
  site: string;
  channel: Channel;
  action: EventAction;
  categories: string[];
  kinds: Record<string, number>;
  previews: string[];
  /** The user's own reason for sending anyway, shown back to them. */
  justification?: string;
}

export interface SiteCoverage {
  id: string;
  name: string;
  hosts: string[];
  state: AdapterState;
}

export interface DeliveryStatus {
  endpoint: string;
  pending: number;
  /** Events the server refused, with its message; kept until the user or IT looks. */
  rejected: { id: string; message: string }[];
  lastError?: string;
  nextAttemptAt?: string;
  dropped: number;
}

export interface ExtensionStatus {
  version: string;
  policy: Policy;
  sources: Record<PolicyKey, PolicySource>;
  problems: PolicyProblem[];
  classifier: { state: ClassifierState; error?: string };
  sites: SiteCoverage[];
  recent: RecentDetection[];
  delivery: DeliveryStatus;
}

/** Where the background publishes the ContentConfig in storage.local; content scripts watch it. */
export const CONFIG_KEY = 'contentConfig';

/** The policy a content script needs, plus whether the model can answer. */
export interface ContentConfig {
  policy: Policy;
  classifier: ClassifierState;
}

export type ClassifyAnswer =
  | { ok: true; classification: Classification }
  | { ok: false; state: Exclude<ClassifierState, 'loaded' | 'loading'> | 'timeout'; error: string };

export type BackgroundRequest =
  | { target: 'background'; type: 'config' }
  | { target: 'background'; type: 'classify'; text: string; findings: Finding[] }
  | { target: 'background'; type: 'report'; report: CheckReport }
  | { target: 'background'; type: 'adapter'; site: string; state: AdapterState }
  | { target: 'background'; type: 'status' }
  | { target: 'background'; type: 'saveUserPolicy'; policy: unknown }
  | { target: 'background'; type: 'flush' };

export interface BackgroundAnswers {
  config: ContentConfig;
  classify: ClassifyAnswer;
  report: { ok: true };
  adapter: { ok: true };
  status: ExtensionStatus;
  /** The problems of the saved layer; the policy in force is unchanged by a rejected key. */
  saveUserPolicy: { problems: PolicyProblem[] };
  flush: DeliveryStatus;
}

export type OffscreenRequest =
  | { target: 'offscreen'; type: 'classify'; text: string; findings: Finding[] }
  | { target: 'offscreen'; type: 'load' };

export type OffscreenAnswer = ClassifyAnswer | { ok: true; state: 'loaded' } | { ok: false; state: 'unavailable'; error: string };

