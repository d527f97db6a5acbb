import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base62, crc32 } from '../src/checksums/crc32.ts';

/** The real CLI, as `npx promptwall` runs it (npm test builds the bundle first). */
const cli = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/promptwall.mjs', ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const random30 = 'Zq8TnW3vKp5LxR7mYc2HjD9sFb4GtA';
const githubToken = `ghp_${random30}${base62(crc32(random30), 6)}`;
const secretPrompt = `Why does this fail?\nconst octokit = new Octokit({ auth: "${githubToken}" });\n`;
const dir = mkdtempSync(join(tmpdir(), 'promptwall-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('promptwall scan FILE', () => {
  it('prints findings with position and masked value, exit 1', () => {
    const r = cli(['scan', file('leak.txt', secretPrompt)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/leak\.txt:2:\d+ +secret +github_pat/);
    expect(r.stdout).not.toContain(githubToken);
    expect(r.stdout).toContain(`****${githubToken.slice(-4)}`);
  });
  it('exits 0 on clean input, naming it clean', () => {
    const r = cli(['scan', file('clean.txt', 'Please summarise the attached meeting notes in three bullet points.')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('clean');
  });
  it('reads stdin with -', () => {
    expect(cli(['scan', '-'], secretPrompt).code).toBe(1);
  });
  it('exits 2 on a missing file or bad arguments', () => {
    const missing = cli(['scan', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    expect(cli(['scan']).code).toBe(2);
    expect(cli(['scan', '--frobnicate', '-'], 'x').code).toBe(2);
    expect(cli(['explode']).code).toBe(2);
  });
});

describe('promptwall scan --jsonl', () => {
  it('writes one line per input with the contract fields, and names malformed lines on stderr', () => {
    const input = [
      JSON.stringify({ id: 'a', text: secretPrompt, labels: ['secret'] }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 7, text: 'What is the capital of France?' }),
      JSON.stringify({ id: 'no-text' }),
      '',
    ].join('\n');
    const r = cli(['scan', '--jsonl', '--no-model'], input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 2: not valid JSON');
    expect(r.stderr).toContain('line 4: "text" must be a string');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7]);
    expect(lines[0].categories).toEqual(['secret']);
    expect(Object.keys(lines[0].findings[0]).sort()).toEqual(['category', 'confidence', 'detector', 'end', 'kind', 'start']);
    expect(secretPrompt.slice(lines[0].findings[0].start, lines[0].findings[0].end)).toBe(githubToken);
    expect(lines[1]).toEqual({ id: 7, categories: [], findings: [] });
  });
});

describe('promptwall redact', () => {
  it('replaces values with typed placeholders and writes the mapping on request', () => {
    const map = join(dir, 'map.json');
    const r = cli(['redact', '--map', map], secretPrompt);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(secretPrompt.replace(githubToken, '[GITHUB_PAT_1]'));
    expect(JSON.parse(readFileSync(map, 'utf8'))).toEqual({ '[GITHUB_PAT_1]': githubToken });
  });
  it('masks with --mask', () => {
    expect(cli(['redact', '--mask'], secretPrompt).stdout).toContain(`"****${githubToken.slice(-4)}"`);
  });
});
