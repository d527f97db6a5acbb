/** What the CLI's commands share: input, the classifier with its rules-only fallback, and usage errors. */
import { readFile } from 'node:fs/promises';
import type { Classifier } from '../classifier/classifier.ts';
import { loadClassifier } from './model.ts';

/** A problem with the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** A file that cannot be read or parsed: printed without the usage (the command line was right), exit code 2. */
export class InputError extends UsageError {}

export function checkFlags(flags: Set<string>, allowed: string[]): void {
  for (const f of flags) if (!allowed.includes(f)) throw new UsageError(`unknown option '${f}'`);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function readInput(name: string): Promise<string> {
  if (name === '-') return readStdin();
  try {
    return await readFile(name, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The classifier, or undefined for rules only; a model that fails to load is reported, never fatal. */
export async function classifierUnless(rulesOnly: boolean): Promise<Classifier | undefined> {
  if (rulesOnly) return undefined;
  try {
    return await loadClassifier();
  } catch (err) {
    process.stderr.write(`promptwall: classifier unavailable: rules only (${(err as Error).message})\n`);
    return undefined;
  }
}
