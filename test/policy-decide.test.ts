import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/analyse.ts';
import { CATEGORIES, type Category, type Finding, type RuleCategory } from '../src/engine/types.ts';
import { decide, type VerdictStatus } from '../src/policy/decide.ts';
import { policySchema, type PolicyInput } from '../src/policy/schema.ts';

const finding = (category: RuleCategory, kind: string, value: string): Finding => ({
  detector: `test/${kind}`,
  category,
  kind,
  start: 0,
  end: value.length,
  value,
  confidence: 0.9,
});

/** What analyse() returns: the rules' findings plus the categories the classifier alone recognised. */
const analysis = (findings: Finding[], classifierOnly: Category[] = []): Analysis => ({
  categories: CATEGORIES.filter((c) => findings.some((f) => f.category === c) || classifierOnly.includes(c)),
  findings,
});

const EMAIL = finding('pii', 'email', 'maria.schneider@kundenfirma.de');
const PHONE = finding('pii', 'phone_number', '+49 151 23456789');
const AWS = finding('secret', 'aws_access_key', 'AKIAZ7VQ4XKJ3M2PLN5R');
const IBAN = finding('financial', 'iban', 'GB33BUKB20201555555555');
const LOADED: VerdictStatus = { classifier: 'loaded' };

const run = (input: PolicyInput, a: Analysis, host = 'chatgpt.com', status: VerdictStatus = LOADED) =>
  decide(a, host, policySchema.parse(input), status);

describe('decide: categories', () => {
  it('allows a clean prompt without reasons', () => {
    expect(run({}, analysis([]))).toEqual({
      action: 'allow',
      policyAction: 'allow',
      reasons: [],
      redact: [],
      overridable: true,
      siteStatus: 'unlisted',
      notice: undefined,
    });
  });

  it('applies the default action per category, with the kinds found and their counts', () => {
    const pii = run({}, analysis([EMAIL, PHONE, finding('pii', 'email', 'j.smith@example-mail.net')]));
    expect(pii.action).toBe('redact');
    expect(pii.redact).toHaveLength(3);
    expect(pii.reasons).toEqual([{ category: 'pii', action: 'redact', why: 'pii found by the rules', kinds: { email: 2, phone_number: 1 } }]);
    expect(run({}, analysis([IBAN])).action).toBe('warn');
    expect(run({}, analysis([AWS])).action).toBe('block');
  });

  it('takes the strictest action of all categories; a block replaces nothing', () => {
    const d = run({}, analysis([AWS, EMAIL, IBAN]));
    expect(d.action).toBe('block');
    expect(d.reasons.map((r) => [r.category, r.action])).toEqual([
      ['secret', 'block'],
      ['pii', 'redact'],
      ['financial', 'warn'],
    ]);
    expect(d.redact).toEqual([]);
  });

  it('follows the policy\'s actions; allow gives no reason', () => {
    const d = run({ actions: { pii: 'allow', financial: 'block' } }, analysis([EMAIL, IBAN]));
    expect(d.action).toBe('block');
    expect(d.reasons.map((r) => r.category)).toEqual(['financial']);
  });

  it('cannot redact a category only the classifier recognised, so blocks it instead', () => {
    const d = run({ actions: { health: 'redact' } }, analysis([], ['health']));
    expect(d.action).toBe('block');
    expect(d.reasons[0]).toMatchObject({ category: 'health', action: 'block', kinds: {} });
    expect(d.reasons[0].why).toContain('recognised by the classifier');
    expect(d.reasons[0].why).toContain('cannot be redacted');
    // With values found by the rules, the same action redacts them.
    expect(run({ actions: { financial: 'redact' } }, analysis([IBAN])).redact).toEqual([IBAN]);
  });
});

describe('decide: sites', () => {
  const sites: PolicyInput['sites'] = {
    'chatgpt.com': { actions: { pii: 'block' } },
    'claude.ai': { actions: { pii: 'allow' } },
  };

  it('applies per-site actions, www. included; other sites keep the policy\'s actions', () => {
    const a = analysis([EMAIL]);
    expect(run({ sites }, a, 'chatgpt.com').action).toBe('block');
    expect(run({ sites }, a, 'www.chatgpt.com').action).toBe('block');
    expect(run({ sites }, a, 'claude.ai').action).toBe('allow');
    expect(run({ sites }, a, 'gemini.google.com').action).toBe('redact');
    expect(run({ sites }, a, 'evilchatgpt.com').action).toBe('redact');
  });

  it('uses the most specific entry that sets the category, whatever the order they were written in', () => {
    const policy: PolicyInput = {
      sites: {
        '*.openai.com': { actions: { pii: 'block', secret: 'warn' } },
        '*.chat.openai.com': { actions: { pii: 'warn' } },
        'chat.openai.com': { actions: { pii: 'allow' } },
      },
    };
    const a = analysis([EMAIL]);
    expect(run(policy, a, 'chat.openai.com').action).toBe('allow');
    expect(run(policy, a, 'eu.chat.openai.com').action).toBe('warn');
    expect(run(policy, a, 'platform.openai.com').action).toBe('block');
    expect(run(policy, a, 'openai.com').action).toBe('block');
    // chat.openai.com's entry is silent on secrets: the wildcard's action applies.
    expect(run(policy, analysis([AWS]), 'chat.openai.com').action).toBe('warn');
  });

  it('blocks every prompt on a blocked site, without override', () => {
    const d = run({ blockedSites: ['*.deepseek.com'] }, analysis([]), 'chat.deepseek.com');
    expect(d).toMatchObject({ action: 'block', siteStatus: 'blocked', overridable: false });
    expect(d.reasons[0].why).toBe('chat.deepseek.com is blocked by policy');
  });

  it('sets a least action on unsanctioned sites once a sanctioned list exists', () => {
    const warn: PolicyInput = { sanctionedSites: ['chatgpt.com'], unsanctionedSiteAction: 'warn' };
    expect(run(warn, analysis([]), 'chatgpt.com')).toMatchObject({ action: 'allow', siteStatus: 'sanctioned' });
    expect(run(warn, analysis([]), 'claude.ai')).toMatchObject({ action: 'warn', siteStatus: 'unsanctioned', overridable: true });
    expect(run({ ...warn, unsanctionedSiteAction: 'block' }, analysis([]), 'claude.ai')).toMatchObject({ action: 'block', overridable: false });
    expect(run({ unsanctionedSiteAction: 'block' }, analysis([]), 'claude.ai')).toMatchObject({ action: 'allow', siteStatus: 'unlisted' });
  });
});

describe('decide: override', () => {
  it('lets the user override only when every stopping category is overridable', () => {
    expect(run({ actions: { pii: 'block' } }, analysis([EMAIL])).overridable).toBe(true);
    expect(run({ actions: { pii: 'block' }, overridable: ['financial'] }, analysis([EMAIL])).overridable).toBe(false);
    expect(run({}, analysis([EMAIL, AWS])).overridable).toBe(false);
    // A warning is always the user's to pass.
    expect(run({ overridable: [] }, analysis([IBAN])).overridable).toBe(true);
  });
});

describe('decide: audit mode', () => {
  it('lets everything through but keeps what the policy asks for, and why', () => {
    const d = run({ mode: 'audit' }, analysis([AWS, EMAIL]));
    expect(d.action).toBe('allow');
    expect(d.policyAction).toBe('block');
    expect(d.reasons).toHaveLength(2);
    const redacting = run({ mode: 'audit' }, analysis([EMAIL]));
    expect(redacting.policyAction).toBe('redact');
    expect(redacting.redact).toEqual([]);
  });
});

describe('decide: incomplete verdicts', () => {
  it('fails open by default: decides on the rules and says so', () => {
    const unavailable = run({}, analysis([EMAIL]), 'chatgpt.com', { classifier: 'unavailable' });
    expect(unavailable.action).toBe('redact');
    expect(unavailable.notice).toBe('classifier unavailable: rules only');
    const late = run({}, analysis([]), 'chatgpt.com', { classifier: 'timeout' });
    expect(late).toMatchObject({ action: 'allow', notice: 'classifier timed out: rules only' });
  });

  it('fails closed when told: an incomplete verdict blocks without override', () => {
    for (const classifier of ['unavailable', 'timeout'] as const) {
      const d = run({ failMode: 'closed' }, analysis([]), 'chatgpt.com', { classifier });
      expect(d).toMatchObject({ action: 'block', overridable: false });
      expect(d.reasons[0].why).toContain('policy fails closed');
    }
  });

  it('a classifier disabled by policy is not an incomplete verdict', () => {
    const d = run({ failMode: 'closed', classifier: { enabled: false } }, analysis([]), 'chatgpt.com', { classifier: 'disabled' });
    expect(d).toMatchObject({ action: 'allow', notice: 'classifier disabled by policy: rules only' });
  });

  it('a truncated text warns at least (fail open) or blocks (fail closed), naming the limit', () => {
    const open = run({ maxPromptChars: 1000 }, analysis([]), 'chatgpt.com', { classifier: 'loaded', truncated: true });
    expect(open.action).toBe('warn');
    expect(open.notice).toBe('only the first 1000 characters were checked');
    expect(run({}, analysis([EMAIL]), 'chatgpt.com', { classifier: 'loaded', truncated: true }).action).toBe('redact');
    const closed = run({ failMode: 'closed' }, analysis([]), 'chatgpt.com', { classifier: 'unavailable', truncated: true });
    expect(closed.action).toBe('block');
    expect(closed.notice).toBe('classifier unavailable: rules only; only the first 5000000 characters were checked');
  });
});
