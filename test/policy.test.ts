import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../src/policy/extension-id.ts';
import { formatPath, resolvePolicy, validatePolicy } from '../src/policy/resolve.ts';
import { DEFAULT_ACTIONS, DEFAULT_POLICY, POLICY_KEYS } from '../src/policy/schema.ts';

const paths = (input: unknown) => validatePolicy(input).problems.map((p) => p.path);

describe('defaults', () => {
  it('enforce, the default action per category, fail open, nothing reported off the device', () => {
    expect(DEFAULT_POLICY.mode).toBe('enforce');
    expect(DEFAULT_POLICY.actions).toEqual(DEFAULT_ACTIONS);
    expect(DEFAULT_POLICY.actions).toMatchObject({ secret: 'block', pii: 'redact' });
    expect(DEFAULT_POLICY.failMode).toBe('open');
    expect(DEFAULT_POLICY.overridable).not.toContain('secret');
    expect(DEFAULT_POLICY.reporting).toEqual({ endpoint: '', token: '', identity: 'pseudonymous', email: '', department: '', includeRawText: false });
    expect(Object.keys(DEFAULT_POLICY)).toEqual(POLICY_KEYS);
  });

  it('an empty policy is the default policy, and a partial group is completed from the defaults', () => {
    expect(validatePolicy({})).toEqual({ policy: DEFAULT_POLICY, problems: [] });
    expect(validatePolicy({ actions: { pii: 'block' } }).policy?.actions).toEqual({ ...DEFAULT_ACTIONS, pii: 'block' });
    expect(validatePolicy({ reporting: { endpoint: 'https://dlp.example.org' } }).policy?.reporting).toEqual({
      ...DEFAULT_POLICY.reporting,
      endpoint: 'https://dlp.example.org',
    });
  });
});

describe('validatePolicy', () => {
  it('names every problem by its path: unknown keys at any depth, wrong enum, wrong type, bad hostname', () => {
    const result = validatePolicy({
      mode: 'monitor',
      actions: { secret: 'nuke', pasta: 'block' },
      sites: { 'Chat GPT': { actions: {} }, 'chatgpt.com': { actions: { pii: 'zap' }, colour: 'red' } },
      overridable: ['pii', 'everything'],
      justificationMinLength: 'ten',
      blockedSites: ['deepseek.com', 'https://claude.ai/'],
      classifier: { enabled: 'yes' },
      reporting: { endpoint: 'ftp://files.example.org', token: 7 },
      colour: 'blue',
    });
    expect(result.policy).toBeUndefined();
    expect(result.problems.map((p) => p.path)).toEqual([
      'mode',
      'actions.secret',
      'actions.pasta',
      'sites["Chat GPT"]',
      'sites["chatgpt.com"].actions.pii',
      'sites["chatgpt.com"].colour',
      'overridable[1]',
      'justificationMinLength',
      'blockedSites[1]',
      'classifier.enabled',
      'reporting.endpoint',
      'reporting.token',
      'colour',
    ]);
    const message = (path: string) => result.problems.find((p) => p.path === path)?.message;
    expect(message('actions.pasta')).toBe('unknown setting');
    expect(message('actions.secret')).toContain('"block"');
    expect(message('sites["Chat GPT"]')).toContain('lowercase hostname');
    expect(message('blockedSites[1]')).toContain('lowercase hostname');
    expect(message('reporting.endpoint')).toContain('http(s) URL');
  });

  it('takes an http(s) server URL or nothing, never another scheme', () => {
    expect(paths({ reporting: { endpoint: '' } })).toEqual([]);
    expect(paths({ reporting: { endpoint: 'http://10.0.0.5:8080' } })).toEqual([]);
    expect(paths({ reporting: { endpoint: 'javascript:alert(1)' } })).toEqual(['reporting.endpoint']);
    expect(paths({ reporting: { endpoint: 'promptwall.example.com' } })).toEqual(['reporting.endpoint']);
  });

  it('checks ranges and whole numbers', () => {
    expect(paths({ justificationMinLength: 501 })).toEqual(['justificationMinLength']);
    expect(paths({ maxPromptChars: 1500.5 })).toEqual(['maxPromptChars']);
    expect(paths({ classifier: { timeoutMs: 10 } })).toEqual(['classifier.timeoutMs']);
  });

  it('a policy that is not an object is one problem at the root', () => {
    expect(validatePolicy(['mode', 'audit']).problems).toEqual([{ path: '(policy)', message: expect.stringContaining('object') }]);
    expect(paths('audit')).toEqual(['(policy)']);
  });

  it('formats paths as code would write them', () => {
    expect(formatPath(['3rdparty', 'extensions', CHROME_EXTENSION_ID])).toBe(`["3rdparty"].extensions.${CHROME_EXTENSION_ID}`);
    expect(formatPath(['sanctionedSites', 2])).toBe('sanctionedSites[2]');
    expect(formatPath([])).toBe('(policy)');
  });
});

describe('resolvePolicy', () => {
  it('takes each key from managed storage, else the user, else the default, and says which', () => {
    const { policy, sources, problems } = resolvePolicy({
      managed: { mode: 'audit', reporting: { endpoint: 'https://dlp.example.org' } },
      user: { mode: 'enforce', failMode: 'closed' },
    });
    expect(problems).toEqual([]);
    expect(policy.mode).toBe('audit');
    expect(policy.failMode).toBe('closed');
    expect(policy.reporting.endpoint).toBe('https://dlp.example.org');
    expect(policy.actions).toEqual(DEFAULT_ACTIONS);
    expect(sources).toMatchObject({ mode: 'managed', reporting: 'managed', failMode: 'user', actions: 'default' });
  });

  it('a bad managed key falls back to the user value, or the default, and is reported with its source', () => {
    const { policy, sources, problems } = resolvePolicy({
      managed: { actions: { secret: 'nuke' }, failMode: 'sometimes', mode: 'audit' },
      user: { actions: { secret: 'warn' } },
    });
    expect(policy.actions.secret).toBe('warn');
    expect(sources.actions).toBe('user');
    expect(policy.failMode).toBe('open');
    expect(sources.failMode).toBe('default');
    // The bad keys cost only themselves.
    expect(policy.mode).toBe('audit');
    expect(problems.map((p) => [p.source, p.path])).toEqual([
      ['managed', 'actions.secret'],
      ['managed', 'failMode'],
    ]);
  });

  it('reports unknown keys and layers that are not objects, and keeps the rest', () => {
    const { policy, problems } = resolvePolicy({ managed: { endpoint: 'https://x.example', mode: 'audit' }, user: 'audit' });
    expect(policy.mode).toBe('audit');
    expect(problems).toEqual([
      { source: 'user', path: '(policy)', message: 'expected an object of settings' },
      { source: 'managed', path: 'endpoint', message: 'unknown setting' },
    ]);
  });

  it('with nothing set (Chrome returns {} without a policy) it is the default policy', () => {
    expect(resolvePolicy({ managed: {}, user: undefined })).toEqual({
      policy: DEFAULT_POLICY,
      sources: Object.fromEntries(POLICY_KEYS.map((k) => [k, 'default'])),
      problems: [],
    });
  });
});

describe('extension id', () => {
  it('is the Chrome id of keys/extension-public-key.b64: SHA-256 of the DER key, first 32 hex digits mapped to a-p', () => {
    const der = Buffer.from(readFileSync('keys/extension-public-key.b64', 'utf8').trim(), 'base64');
    // A real SubjectPublicKeyInfo, as the manifest's "key" must be.
    expect(createPublicKey({ key: der, format: 'der', type: 'spki' }).asymmetricKeyType).toBe('rsa');
    const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
    const id = [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(id).toBe(CHROME_EXTENSION_ID);
  });
});
