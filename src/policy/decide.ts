/**
 * What the extension does with one prompt on one site: the policy applied to an analysis.
 * Pure, so the extension, `promptwall policy test` and the tests all decide the same way.
 */
import type { Analysis } from '../analyse.ts';
import { CATEGORIES, type Category, type Finding } from '../engine/types.ts';
import type { Action, Policy } from './schema.ts';

export type SiteStatus = 'blocked' | 'sanctioned' | 'unsanctioned' | 'unlisted';

/** How complete the verdict is: the classifier may be off, down or late, and huge texts are checked in part. */
export interface VerdictStatus {
  readonly classifier: 'loaded' | 'disabled' | 'unavailable' | 'timeout';
  /** The text was longer than `maxPromptChars` and only its beginning was checked. */
  readonly truncated?: boolean;
}

export interface Reason {
  readonly category?: Category;
  readonly action: Action;
  readonly why: string;
  /** Detector kind → count, for the categories the rules found. */
  readonly kinds: Record<string, number>;
}

export interface Decision {
  /** What happens now; in audit mode always 'allow'. */
  readonly action: Action;
  /** What the policy asks for; differs from `action` only in audit mode. */
  readonly policyAction: Action;
  readonly reasons: Reason[];
  /** Findings to replace with placeholders when the action is 'redact'. */
  readonly redact: Finding[];
  /** Whether the user may send anyway with a written justification. */
  readonly overridable: boolean;
  readonly siteStatus: SiteStatus;
  /** Said to the user and in the logs when the verdict is incomplete, e.g. "classifier unavailable: rules only". */
  readonly notice?: string;
}

const SEVERITY: Record<Action, number> = { allow: 0, warn: 1, redact: 2, block: 3 };
const stricter = (a: Action, b: Action): Action => (SEVERITY[a] >= SEVERITY[b] ? a : b);

export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) return h === pattern.slice(2) || h.endsWith(pattern.slice(1));
  return h === pattern || h === `www.${pattern}`;
}

const listed = (host: string, patterns: readonly string[]) => patterns.some((p) => hostMatches(host, p));

export function siteStatus(host: string, policy: Policy): SiteStatus {
  if (listed(host, policy.blockedSites)) return 'blocked';
  if (policy.sanctionedSites.length === 0) return 'unlisted';
  return listed(host, policy.sanctionedSites) ? 'sanctioned' : 'unsanctioned';
}

/** Exact patterns (and their www.) before wildcards, a longer wildcard before a shorter one. */
const specificity = (pattern: string) => (pattern.startsWith('*.') ? pattern.length : Number.MAX_SAFE_INTEGER);

/**
 * The most specific site entry that sets this category wins, whatever order the administrator wrote them in:
 * `chatgpt.com` over `*.chatgpt.com`, and an entry silent on the category falls through to the next, then to `actions`.
 */
export function actionFor(category: Category, host: string, policy: Policy): Action {
  const sites = Object.entries(policy.sites)
    .filter(([pattern]) => hostMatches(host, pattern))
    .sort(([a], [b]) => specificity(b) - specificity(a));
  return sites.map(([, site]) => site.actions[category]).find((action) => action !== undefined) ?? policy.actions[category];
}

function countKinds(findings: readonly Finding[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const f of findings) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  return kinds;
}

const CLASSIFIER_NOTICE: Record<Exclude<VerdictStatus['classifier'], 'loaded'>, string> = {
  disabled: 'classifier disabled by policy: rules only',
  unavailable: 'classifier unavailable: rules only',
  timeout: 'classifier timed out: rules only',
};

export function decide(analysis: Analysis, host: string, policy: Policy, status: VerdictStatus): Decision {
  const reasons: Reason[] = [];
  const redact: Finding[] = [];
  const site = siteStatus(host, policy);
  let overridable = true;

  if (site === 'blocked') {
    reasons.push({ action: 'block', why: `${host} is blocked by policy`, kinds: {} });
    overridable = false;
  } else if (site === 'unsanctioned' && policy.unsanctionedSiteAction !== 'allow') {
    reasons.push({ action: policy.unsanctionedSiteAction, why: `${host} is not a sanctioned AI site`, kinds: {} });
    if (policy.unsanctionedSiteAction === 'block') overridable = false;
  }

  for (const category of CATEGORIES) {
    if (!analysis.categories.includes(category)) continue;
    const findings = analysis.findings.filter((f) => f.category === category);
    let action = actionFor(category, host, policy);
    let why = findings.length ? `${category} found by the rules` : `${category} recognised by the classifier`;
    if (action === 'redact') {
      if (findings.length) redact.push(...findings);
      else {
        // The classifier names a category, not values: there is nothing to replace, so redaction cannot protect it.
        action = 'block';
        why += '; it cannot be redacted, so it is blocked';
      }
    }
    if (action === 'allow') continue;
    if (action !== 'warn' && !policy.overridable.includes(category)) overridable = false;
    reasons.push({ category, action, why, kinds: countKinds(findings) });
  }

  let notice: string | undefined;
  if (status.classifier !== 'loaded') notice = CLASSIFIER_NOTICE[status.classifier];
  if (status.truncated) notice = [notice, `only the first ${policy.maxPromptChars} characters were checked`].filter(Boolean).join('; ');
  const incomplete = (status.classifier !== 'loaded' && status.classifier !== 'disabled') || status.truncated;
  if (incomplete && policy.failMode === 'closed') {
    reasons.push({ action: 'block', why: `the verdict is incomplete (${notice}) and policy fails closed`, kinds: {} });
    overridable = false;
  } else if (status.truncated) {
    reasons.push({ action: 'warn', why: 'the text is too large to check completely', kinds: {} });
  }

  const policyAction = reasons.reduce<Action>((a, r) => stricter(a, r.action), 'allow');
  const action = policy.mode === 'audit' ? 'allow' : policyAction;
  return {
    action,
    policyAction,
    reasons,
    // Keyed on what happens now: in audit mode nothing is replaced, even where the policy would redact.
    redact: action === 'redact' ? redact : [],
    overridable: policyAction === 'allow' || policyAction === 'warn' ? true : overridable,
    siteStatus: site,
    notice,
  };
}
