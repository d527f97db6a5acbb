import { describe, expect, it } from 'vitest';
import { mask, redact, restore } from '../src/engine/redact.ts';
import type { Finding } from '../src/engine/types.ts';

const text = 'Mail ann@corp.example and bob@corp.example, key AKIAQ3EGRTLDNV7XWZPA, again ann@corp.example.';
const finding = (kind: string, value: string, from = 0): Finding => {
  const start = text.indexOf(value, from);
  return { detector: `t/${kind}`, category: 'pii', kind, start, end: start + value.length, value, confidence: 0.9 };
};
const findings = [
  finding('email', 'ann@corp.example'),
  finding('email', 'bob@corp.example'),
  finding('aws_access_key', 'AKIAQ3EGRTLDNV7XWZPA'),
  finding('email', 'ann@corp.example', 60),
];

describe('redact', () => {
  it('uses typed, numbered placeholders, the same one for a repeated value', () => {
    const r = redact(text, findings);
    expect(r.text).toBe('Mail [EMAIL_1] and [EMAIL_2], key [AWS_ACCESS_KEY_1], again [EMAIL_1].');
    expect(r.mapping).toEqual({ '[EMAIL_1]': 'ann@corp.example', '[EMAIL_2]': 'bob@corp.example', '[AWS_ACCESS_KEY_1]': 'AKIAQ3EGRTLDNV7XWZPA' });
    expect(r.replacements).toHaveLength(4);
  });
  it('restores the original text from the mapping', () => {
    const r = redact(text, findings);
    expect(restore(r.text, r.mapping)).toBe(text);
    expect(restore('unknown [EMAIL_9] stays', r.mapping)).toBe('unknown [EMAIL_9] stays');
  });
  it('masks values showing at most the last four characters', () => {
    const r = redact(text, findings, 'mask');
    expect(r.text).toBe('Mail ****mple and ****mple, key ****WZPA, again ****mple.');
    expect(r.mapping).toEqual({});
    expect(mask('short')).toBe('****');
  });
  it('leaves text without findings unchanged', () => {
    expect(redact('nothing here', []).text).toBe('nothing here');
  });
});
