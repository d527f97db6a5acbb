/**
 * `promptwall policy …`: the administrator's commands. validate checks a policy file as the extension would read it;
 * test shows what the extension would do with a prompt on a site; templates writes every deployment file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { analyse } from '../analyse.ts';
import { mask } from '../index.ts';
import { templateFiles } from '../policy/artefacts/index.ts';
import { CHROME_WEB_STORE_UPDATE_URL, EXAMPLE_TOKEN, EXAMPLE_XPI_URL, examplePolicy } from '../policy/artefacts/deployment.ts';
import { decide, type Decision, type VerdictStatus } from '../policy/decide.ts';
import { resolvePolicy, validatePolicy } from '../policy/resolve.ts';
import type { Policy } from '../policy/schema.ts';
import { readPolicyFile } from './policy-file.ts';
import { classifierUnless, InputError, readStdin, UsageError } from './shared.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The command's options and its one operand (FILE or OUTDIR); node:util's messages become usage errors. */
function parse<O extends Options>(args: string[], options: O, operand: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (parsed.positionals.length !== 1) throw new UsageError(`give one ${operand}`);
  return { values: parsed.values, operand: parsed.positionals[0] };
}

const out = (line: string) => process.stdout.write(`${line}\n`);

async function validate(args: string[]): Promise<number> {
  const { operand: file } = parse(args, {}, 'FILE');
  const located = await readPolicyFile(file);
  if ('problem' in located) {
    out(`${file} (${located.kind}): no policy for Promptwall`);
    out(`${located.problem.path}: ${located.problem.message}`);
    return 1;
  }
  const { policy, problems } = validatePolicy(located.policy);
  if (!policy) {
    out(`${file} (${located.kind}): ${problems.length} problem(s)`);
    for (const p of problems) out(`${p.path}: ${p.message}`);
    return 1;
  }
  const set = Object.keys(located.policy as object);
  out(`${file} (${located.kind}): valid; sets ${set.join(', ') || 'nothing'}; every other setting keeps its default`);
  out(`mode: ${policy.mode}${policy.mode === 'audit' ? ' (detects and reports, never interrupts)' : ''}`);
  out(`reports to: ${policy.reporting.endpoint || 'nowhere (reporting.endpoint is empty: events stay on the device)'}`);
  if (policy.reporting.token === EXAMPLE_TOKEN) out('note: reporting.token is still the placeholder of the templates');
  return 0;
}

/** A hostname, or the host of a URL such as https://chatgpt.com/c/123. */
function hostOf(site: string): string {
  try {
    return new URL(site.includes('://') ? site : `https://${site}`).hostname;
  } catch {
    throw new UsageError(`--site: '${site}' is not a hostname`);
  }
}

function overrideText(decision: Decision, policy: Policy): string | undefined {
  if (decision.action === 'allow') return undefined;
  if (decision.policyAction === 'warn') return 'the user is warned and may continue';
  return decision.overridable
    ? `the user may send anyway with a justification of at least ${policy.justificationMinLength} characters`
    : 'not allowed';
}

async function test(args: string[]): Promise<number> {
  const { values, operand: file } = parse(
    args,
    { site: { type: 'string' }, json: { type: 'boolean' }, 'no-model': { type: 'boolean' } },
    'FILE',
  );
  if (!values.site) throw new UsageError('policy test needs --site HOST');
  const host = hostOf(values.site);
  const located = await readPolicyFile(file);
  if ('problem' in located) throw new InputError(`${file}: ${located.problem.path}: ${located.problem.message}`);
  // As the extension does: a bad setting costs only itself, the rest of the policy applies.
  const { policy, problems } = resolvePolicy({ managed: located.policy });
  for (const p of problems) process.stderr.write(`promptwall: warning: ${p.path}: ${p.message} (the extension ignores this setting)\n`);

  const text = await readStdin();
  const truncated = text.length > policy.maxPromptChars;
  const classifier = policy.classifier.enabled ? await classifierUnless(values['no-model'] === true) : undefined;
  const status: VerdictStatus = { classifier: !policy.classifier.enabled ? 'disabled' : classifier ? 'loaded' : 'unavailable', truncated };
  const analysis = await analyse(truncated ? text.slice(0, policy.maxPromptChars) : text, classifier);
  const decision = decide(analysis, host, policy, status);
  const findings = analysis.findings.map((f) => ({ category: f.category, kind: f.kind, detector: f.detector, start: f.start, end: f.end, value: mask(f.value) }));

  if (values.json) {
    out(JSON.stringify({ site: host, ...decision, redact: decision.redact.length, mode: policy.mode, findings, problems }));
  } else {
    out(`site: ${host} (${decision.siteStatus})`);
    out(`action: ${decision.action}`);
    if (decision.action !== decision.policyAction)
      out(`  audit mode: the prompt goes through unchanged; the policy asks for ${decision.policyAction}, which is reported`);
    for (const r of decision.reasons) {
      const kinds = Object.entries(r.kinds).map(([kind, n]) => `${kind} ×${n}`);
      out(`  ${r.category ? `${r.category} → ` : ''}${r.action}: ${r.why}${kinds.length ? ` (${kinds.join(', ')})` : ''}`);
    }
    for (const f of findings) out(`  finding: ${f.category} ${f.kind} ${f.value}`);
    if (decision.redact.length) out(`redact: ${decision.redact.length} value(s) replaced by placeholders before sending`);
    const override = overrideText(decision, policy);
    if (override) out(`override: ${override}`);
    if (decision.notice) out(`notice: ${decision.notice}`);
  }
  return decision.action === 'redact' || decision.action === 'block' ? 1 : 0;
}

/** The policy with --endpoint and --token put into its reporting settings (a policy that is no object stays as it is). */
function withReporting(policy: unknown, endpoint?: string, token?: string): unknown {
  if ((endpoint === undefined && token === undefined) || typeof policy !== 'object' || policy === null || Array.isArray(policy)) return policy;
  const { reporting } = policy as { reporting?: object };
  return { ...policy, reporting: { ...reporting, ...(endpoint !== undefined && { endpoint }), ...(token !== undefined && { token }) } };
}

async function templates(args: string[]): Promise<number> {
  const { values, operand: outdir } = parse(
    args,
    {
      endpoint: { type: 'string' },
      token: { type: 'string' },
      policy: { type: 'string' },
      'update-url': { type: 'string' },
      'xpi-url': { type: 'string' },
    },
    'OUTDIR',
  );
  const located = values.policy ? await readPolicyFile(values.policy) : { kind: 'example', policy: examplePolicy() };
  if ('problem' in located) throw new InputError(`${values.policy}: ${located.problem.path}: ${located.problem.message}`);
  const policy = withReporting(located.policy, values.endpoint, values.token);
  const { problems } = validatePolicy(policy);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`promptwall: ${p.path}: ${p.message}\n`);
    process.stderr.write('promptwall: the policy to write is not valid; no files written\n');
    return 1;
  }
  const updateUrl = values['update-url'] ?? CHROME_WEB_STORE_UPDATE_URL;
  const xpiUrl = values['xpi-url'] ?? EXAMPLE_XPI_URL;
  for (const [flag, url] of [['--update-url', updateUrl], ['--xpi-url', xpiUrl]])
    if (!URL.canParse(url)) throw new UsageError(`${flag}: '${url}' is not a URL`);

  const files = templateFiles({ policy: policy as Record<string, unknown>, updateUrl, xpiUrl });
  for (const [path, contents] of Object.entries(files)) {
    const target = join(outdir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
  out(`wrote ${Object.keys(files).length} files to ${outdir}; README.txt says where each one goes:`);
  for (const path of Object.keys(files)) out(`  ${path}`);
  return 0;
}

export async function policyCommand(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'validate':
      return validate(rest);
    case 'test':
      return test(rest);
    case 'templates':
      return templates(rest);
    default:
      throw new UsageError(command ? `unknown policy command '${command}'` : 'policy needs validate, test or templates');
  }
}
