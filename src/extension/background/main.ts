/**
 * The background: holds the policy in force, answers content scripts, runs the classifier through the offscreen
 * document, records detections on this device and reports events to the organisation server.
 */
import { browser as wxtBrowser } from 'wxt/browser';
import browser from 'webextension-polyfill';
import { resolvePolicy, type ResolvedPolicy } from '../../policy/resolve.ts';
import type { Policy } from '../../policy/schema.ts';
import { ADAPTERS } from '../../sites/index.ts';
import { CONFIG_KEY, type AdapterState, type BackgroundAnswers, type BackgroundRequest, type ContentConfig, type ExtensionStatus } from '../messages.ts';
import { ClassifierClient } from './classifier.ts';
import { loadPolicy, onPolicyChange, USER_POLICY_KEY } from './policy.ts';
import { Reporter } from './reporter.ts';

const COVERAGE_KEY = 'coverage';
const MONITORED_SCRIPT_ID = 'promptwall-monitored-sites';

/** Match patterns for the policy's extra sites ("*.corp.example" covers its subdomains). */
const patternsFor = (hosts: readonly string[]) => hosts.map((h) => `*://${h}/*`);

/** The generic hook on the policy's monitored sites: content scripts registered at run time, since IT picks the hosts. */
async function registerMonitoredSites(policy: Policy): Promise<void> {
  const scripting = wxtBrowser.scripting;
  const registered = await scripting.getRegisteredContentScripts({ ids: [MONITORED_SCRIPT_ID] });
  if (registered.length) await scripting.unregisterContentScripts({ ids: [MONITORED_SCRIPT_ID] });
  if (!policy.monitoredSites.length) return;
  await scripting.registerContentScripts([
    { id: MONITORED_SCRIPT_ID, matches: patternsFor(policy.monitoredSites), js: ['content-scripts/content.js'], runAt: 'document_start', persistAcrossSessions: true },
  ]);
}

export function startBackground(): void {
  let resolved: Promise<ResolvedPolicy> = loadPolicy();
  const classifier = new ClassifierClient(() => void publish());
  const reporter = new Reporter(async () => (await resolved).policy);

  async function publish(): Promise<ContentConfig> {
    const { policy } = await resolved;
    const config: ContentConfig = { policy, classifier: policy.classifier.enabled ? classifier.state : 'disabled' };
    await browser.storage.local.set({ [CONFIG_KEY]: config });
    return config;
  }

  async function reload(): Promise<void> {
    resolved = loadPolicy();
    const { policy } = await resolved;
    await publish();
    await registerMonitoredSites(policy).catch((err: unknown) => console.error('[Promptwall] cannot hook the monitored sites:', err));
    if (policy.classifier.enabled && classifier.state !== 'loaded') void classifier.warmUp();
    await reporter.schedule();
  }

  async function coverage(): Promise<Record<string, AdapterState>> {
    return ((await browser.storage.local.get(COVERAGE_KEY))[COVERAGE_KEY] as Record<string, AdapterState> | undefined) ?? {};
  }

  async function status(): Promise<ExtensionStatus> {
    const { policy, sources, problems } = await resolved;
    const seen = await coverage();
    return {
      version: browser.runtime.getManifest().version,
      policy,
      sources,
      problems,
      classifier: { state: policy.classifier.enabled ? classifier.state : 'disabled', error: classifier.error },
      sites: ADAPTERS.map((a) => ({ id: a.id, name: a.name, hosts: [...a.sites], state: seen[a.id] ?? 'unused' })),
      recent: await reporter.recent(),
      delivery: await reporter.delivery(),
    };
  }

  const handlers: { [T in BackgroundRequest['type']]: (r: Extract<BackgroundRequest, { type: T }>) => Promise<BackgroundAnswers[T]> } = {
    config: async () => ((await browser.storage.local.get(CONFIG_KEY))[CONFIG_KEY] as ContentConfig | undefined) ?? publish(),
    classify: async (r) => {
      const { policy } = await resolved;
      if (!policy.classifier.enabled) return { ok: false, state: 'disabled', error: 'classifier disabled by policy' };
      return classifier.classify(r.text, r.findings);
    },
    report: async (r) => {
      await reporter.record(r.report);
      return { ok: true };
    },
    adapter: async (r) => {
      const seen = await coverage();
      if (seen[r.site] !== r.state) await browser.storage.local.set({ [COVERAGE_KEY]: { ...seen, [r.site]: r.state } });
      return { ok: true };
    },
    status,
    saveUserPolicy: async (r) => {
      // The user layer is stored as given; keys that fail validation are reported and ignored when resolving.
      const { problems } = resolvePolicy({ user: r.policy });
      await browser.storage.local.set({ [USER_POLICY_KEY]: r.policy });
      return { problems };
    },
    flush: async () => reporter.flush(true),
  };

  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as BackgroundRequest;
    if (request?.target !== 'background' || !(request.type in handlers)) return undefined;
    return (handlers[request.type] as (r: BackgroundRequest) => Promise<unknown>)(request);
  });
  onPolicyChange(() => void reload());
  reporter.listen(coverage);
  void reload();
}
