import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateFiles } from '../src/policy/artefacts/index.ts';
import { CHROME_EXTENSION_ID } from '../src/policy/extension-id.ts';

/** The real CLI, as `npx promptwall` runs it (npm test builds the bundle first). */
const cli = (args: string[], input = '') => {
  const r = spawnSync(process.execPath, ['bin/promptwall.mjs', 'policy', ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const dir = mkdtempSync(join(tmpdir(), 'promptwall-policy-'));
const file = (name: string, contents: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof contents === 'string' ? contents : JSON.stringify(contents, null, 2));
  return path;
};

const EMAIL = 'maria.schneider@kundenfirma.de';
const PROMPT = `Contact Maria Schneider at ${EMAIL} or +49 151 23456789 about the contract renewal.`;

describe('promptwall policy validate', () => {
  it('says valid, what the policy sets and where it reports, exit 0', () => {
    const r = cli(['validate', file('ok.json', { mode: 'audit', reporting: { endpoint: 'https://dlp.example.org', token: 't0k3n' } })]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid; sets mode, reporting');
    expect(r.stdout).toContain('mode: audit');
    expect(r.stdout).toContain('reports to: https://dlp.example.org');
  });

  it('names every problem by path, one per line, exit 1', () => {
    const r = cli([
      'validate',
      file('bad.json', {
        actions: { secret: 'nuke', pasta: 'block' },
        sites: { 'Chat GPT': {}, 'chatgpt.com': { actions: { pii: 'zap' } } },
        justificationMinLength: 'ten',
      }),
    ]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain('5 problem(s)');
    expect(lines.slice(1).map((l) => l.slice(0, l.indexOf(': ')))).toEqual([
      'actions.secret',
      'actions.pasta',
      'sites["Chat GPT"]',
      'sites["chatgpt.com"].actions.pii',
      'justificationMinLength',
    ]);
    expect(lines).toContain('actions.pasta: unknown setting');
  });

  it('finds the extension\'s section in Chrome and Firefox policy files, and says when it is missing', () => {
    const chrome = { ExtensionInstallForcelist: [], '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: { mode: 'nope' } } } };
    const r = cli(['validate', file('chrome.json', chrome)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Chrome/Edge policy file, section ["3rdparty"].extensions.${CHROME_EXTENSION_ID}`);
    expect(r.stdout).toContain('\nmode: ');
    const wrongCase = cli(['validate', file('case.json', { '3rdparty': { Extensions: {} } })]);
    expect(wrongCase.code).toBe(1);
    expect(wrongCase.stdout).toContain('["3rdparty"]: write "extensions", not "Extensions"');
    const other = cli(['validate', file('other.json', { policies: { '3rdparty': { Extensions: { 'other@example.org': {} } } } })]);
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('no settings for the extension promptwall@promptwall.dev');
  });

  it('exits 2 naming the position of a JSON syntax error, or the file it cannot read', () => {
    const r = cli(['validate', file('syntax.json', '{\n  "mode": "audit",\n  "failMode": open\n}\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid JSON at line 3, column 15');
    expect(r.stderr).not.toContain('usage:');
    const missing = cli(['validate', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    expect(cli(['validate']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
  });
});

describe('promptwall policy test', () => {
  const policy = file('sites.json', {
    sites: { 'chatgpt.com': { actions: { pii: 'block' } }, 'claude.ai': { actions: { pii: 'allow' } } },
    overridable: ['financial'],
  });

  it('gives different actions on two sites with different per-site policy, never printing the values', () => {
    const chatgpt = cli(['test', policy, '--site', 'chatgpt.com', '--no-model'], PROMPT);
    expect(chatgpt.code).toBe(1);
    expect(chatgpt.stdout).toContain('action: block');
    expect(chatgpt.stdout).toContain('pii → block: pii found by the rules (email ×1, phone_number ×1)');
    expect(chatgpt.stdout).toContain('override: not allowed');
    expect(chatgpt.stdout).toContain('notice: classifier unavailable: rules only');
    expect(chatgpt.stdout).toContain(`****${EMAIL.slice(-4)}`);
    const claude = cli(['test', policy, '--site', 'https://claude.ai/chat/123', '--no-model'], PROMPT);
    expect(claude.code).toBe(0);
    expect(claude.stdout).toContain('site: claude.ai');
    expect(claude.stdout).toContain('action: allow');
    for (const out of [chatgpt.stdout, claude.stdout]) expect(out).not.toContain(EMAIL);
  });

  it('--json: the decision and masked findings as one object', () => {
    const r = cli(['test', policy, '--site', 'gemini.google.com', '--no-model', '--json'], PROMPT);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ site: 'gemini.google.com', action: 'redact', policyAction: 'redact', redact: 2, siteStatus: 'unlisted', mode: 'enforce' });
    expect(out.findings.map((f: { kind: string }) => f.kind)).toEqual(['email', 'phone_number']);
    expect(r.stdout).not.toContain(EMAIL);
  });

  it('in audit mode lets the prompt through (exit 0) and says what the policy asks for', () => {
    const r = cli(['test', file('audit.json', { mode: 'audit' }), '--site', 'chatgpt.com', '--no-model'], PROMPT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('action: allow');
    expect(r.stdout).toContain('the policy asks for redact');
  });

  it('fails closed without the classifier when the policy says so, and warns of settings the extension ignores', () => {
    const r = cli(['test', file('closed.json', { failMode: 'closed', justificationMinLength: 'ten' }), '--site', 'chatgpt.com', '--no-model'], 'Hello');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('action: block');
    expect(r.stdout).toContain('policy fails closed');
    expect(r.stderr).toContain('warning: justificationMinLength:');
  });

  it('runs the classifier as the extension does, unless the policy turns it off', () => {
    const withModel = cli(['test', policy, '--site', 'chatgpt.com'], PROMPT);
    expect(withModel.code).toBe(1);
    expect(withModel.stdout).not.toContain('rules only');
    const off = cli(['test', file('off.json', { classifier: { enabled: false } }), '--site', 'chatgpt.com'], PROMPT);
    expect(off.stdout).toContain('notice: classifier disabled by policy: rules only');
  });

  it('needs --site', () => {
    expect(cli(['test', policy], PROMPT).code).toBe(2);
  });
});

describe('promptwall policy templates', () => {
  it('writes every file, carrying --endpoint and --token, and each policy file validates', () => {
    const out = join(dir, 'templates');
    const r = cli(['templates', out, '--endpoint', 'https://dlp.example.org', '--token', 'ingest-123']);
    expect(r.code).toBe(0);
    for (const path of Object.keys(templateFiles())) expect(existsSync(join(out, path)), path).toBe(true);
    for (const path of ['chrome/promptwall.json', 'chrome/google-admin-console.json', 'firefox/policies.json']) {
      const check = cli(['validate', join(out, path)]);
      expect(check.code, check.stdout).toBe(0);
      expect(check.stdout).toContain('reports to: https://dlp.example.org');
    }
    expect(readFileSync(join(out, 'windows/promptwall-registry.ps1'), 'utf8')).toContain("-Name 'token' -PropertyType String -Value 'ingest-123'");
  });

  it('--policy carries the administrator\'s own policy', () => {
    const out = join(dir, 'own');
    const own = file('own.json', { mode: 'enforce', blockedSites: ['chat.deepseek.com'] });
    expect(cli(['templates', out, '--policy', own, '--endpoint', 'https://dlp.example.org']).code).toBe(0);
    const chrome = JSON.parse(readFileSync(join(out, 'chrome/promptwall.json'), 'utf8'));
    expect(chrome['3rdparty'].extensions[CHROME_EXTENSION_ID]).toEqual({
      mode: 'enforce',
      blockedSites: ['chat.deepseek.com'],
      reporting: { endpoint: 'https://dlp.example.org' },
    });
  });

  it('refuses to write a policy that is not valid (exit 1) and bad URLs (exit 2)', () => {
    const out = join(dir, 'refused');
    const r = cli(['templates', out, '--endpoint', 'ftp://dlp.example.org']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('reporting.endpoint:');
    expect(existsSync(out)).toBe(false);
    expect(cli(['templates', out, '--update-url', 'not a url']).code).toBe(2);
  });
});
