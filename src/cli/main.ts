import { createInterface } from 'node:readline';
import { analyse } from '../analyse.ts';
import type { Classifier } from '../classifier/classifier.ts';
import { mask, redact, scan, type Finding } from '../index.ts';
import { policyCommand } from './policy.ts';
import { checkFlags, classifierUnless, InputError, position, readInput, readStdin, UsageError } from './shared.ts';

const USAGE = `usage:
  promptwall scan FILE...        scan files ('-' reads stdin); exit 1 when something is found, 0 when clean
  promptwall scan --jsonl        read JSON Lines {"id","text"} on stdin, write one result line per input
  promptwall redact [--mask]     redact stdin to stdout: typed placeholders ([EMAIL_1]) or masks (****1234)
  promptwall policy validate FILE
                                 check a policy: bare JSON, a Chrome/Edge policy file, Google Admin console JSON
                                 or Firefox policies.json; exit 1 naming every problem by path
  promptwall policy test FILE --site HOST [--json]
                                 read a prompt on stdin and say what the extension would do on HOST, and why;
                                 exit 0 for allow or warn, 1 for redact or block
  promptwall policy templates OUTDIR [--endpoint URL] [--token TOKEN] [--policy FILE]
                                 [--update-url URL] [--xpi-url URL]
                                 write the deployment files (Chrome/Edge JSON, Admin console JSON, ADMX/ADML,
                                 PowerShell, Firefox policies.json, macOS profile, managed schema, reference);
                                 without --policy they carry an audit-mode example policy
options:
  --no-model                     rules only: do not load the classifier (models/classifier.onnx)
  --map FILE                     with redact: write the placeholder → value mapping as JSON to FILE
  -h, --help                     this text`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || rest.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === 'policy') return policyCommand(rest);
  const flags = new Set(rest.filter((a) => a.startsWith('--') || a === '-h'));
  const operands = rest.filter((a, i) => !a.startsWith('--') && rest[i - 1] !== '--map');
  switch (command) {
    case 'scan':
      checkFlags(flags, ['--jsonl', '--no-model']);
      if (flags.has('--jsonl')) {
        if (operands.length) throw new UsageError('scan --jsonl reads stdin only; give no files');
        return scanJsonl(await classifierUnless(flags.has('--no-model')));
      }
      if (!operands.length) throw new UsageError('scan needs FILE... or - for stdin');
      return scanFiles(operands, await classifierUnless(flags.has('--no-model')));
    case 'redact':
      checkFlags(flags, ['--mask', '--map', '--no-model']);
      if (operands.length) throw new UsageError('redact reads stdin only');
      return redactStdin(flags.has('--mask'), rest[rest.indexOf('--map') + 1], flags.has('--map'));
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

async function scanFiles(names: string[], classifier: Classifier | undefined): Promise<number> {
  const texts = await Promise.all(names.map(async (name) => ({ name: name === '-' ? '<stdin>' : name, text: await readInput(name) })));
  let total = 0;
  let flagged = 0;
  for (const { name, text } of texts) {
    const { categories, findings, scores } = await analyse(text, classifier);
    if (!categories.length) continue;
    flagged++;
    total += findings.length;
    for (const f of findings) {
      const at = position(text, f.start);
      process.stdout.write(
        `${name}:${at.line}:${at.column}  ${f.category.padEnd(9)} ${f.kind.padEnd(24)} ${f.confidence.toFixed(2)}  ${mask(f.value).padEnd(10)} ${f.detector}\n`,
      );
    }
    if (scores && classifier) {
      const flaggedByModel = Object.entries(scores).filter(([c, v]) => v >= classifier.thresholds[c as keyof typeof scores]);
      for (const [c, v] of flaggedByModel) process.stdout.write(`${name}  classifier: ${c} ${v.toFixed(2)} (threshold ${classifier.thresholds[c as keyof typeof scores].toFixed(2)})\n`);
    }
    process.stdout.write(`${name}: ${categories.join(', ')}\n`);
  }
  process.stdout.write(flagged ? `${total} finding(s); ${flagged} of ${texts.length} input(s) flagged\n` : `clean: ${texts.length} input(s), nothing flagged\n`);
  return flagged ? 1 : 0;
}

const toJson = (f: Finding) => ({ detector: f.detector, category: f.category, kind: f.kind, start: f.start, end: f.end, confidence: f.confidence });

/** One output line per well-formed input line; a malformed line is named on stderr and the rest go on. */
async function scanJsonl(classifier: Classifier | undefined): Promise<number> {
  let lineNo = 0;
  let malformed = 0;
  let found = false;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      malformed++;
      process.stderr.write(`promptwall: line ${lineNo}: not valid JSON (${(err as Error).message})\n`);
      continue;
    }
    const problem =
      typeof record !== 'object' || record === null || Array.isArray(record)
        ? 'expected a JSON object {"id", "text"}'
        : !('id' in record)
          ? 'missing "id"'
          : typeof (record as { text?: unknown }).text !== 'string'
            ? '"text" must be a string'
            : undefined;
    if (problem) {
      malformed++;
      process.stderr.write(`promptwall: line ${lineNo}: ${problem}\n`);
      continue;
    }
    const { id, text } = record as { id: unknown; text: string };
    const { categories, findings } = await analyse(text, classifier);
    found ||= categories.length > 0;
    process.stdout.write(`${JSON.stringify({ id, categories, findings: findings.map(toJson) })}\n`);
  }
  return malformed ? 2 : found ? 1 : 0;
}

async function redactStdin(useMask: boolean, mapFile: string | undefined, wantsMap: boolean): Promise<number> {
  if (wantsMap && (!mapFile || mapFile.startsWith('--'))) throw new UsageError('--map needs a FILE');
  const text = await readStdin();
  const result = redact(text, scan(text).findings, useMask ? 'mask' : 'placeholder');
  process.stdout.write(result.text);
  if (wantsMap) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(mapFile!, `${JSON.stringify(result.mapping, null, 2)}\n`, { mode: 0o600 });
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`promptwall: ${err instanceof UsageError ? err.message : (err as Error).stack}\n`);
    if (err instanceof UsageError && !(err instanceof InputError)) process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
  },
);
