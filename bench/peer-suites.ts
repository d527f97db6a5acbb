/**
 * The peers' own test cases (shared/peer-cases/*.jsonl) scored exactly like shared/tools/score_peers.py:
 * gitleaks/secretlint cases need a `secret` finding when positive and none when negative; Presidio cases
 * (default config, `analyze` kind) need a `pii` finding overlapping an expected span (any `pii` finding
 * when the test gives none) and none when negative.
 */
import { readFileSync } from 'node:fs';
import type { Finding, RuleCategory } from '../src/engine/types.ts';

interface PeerCase {
  readonly id: string;
  readonly text: string;
  readonly expect: number | boolean;
  readonly entity?: string;
  readonly rule?: string;
  readonly kind?: string;
  readonly spans?: readonly (readonly [number, number])[];
  readonly default_config?: boolean;
  readonly in_default_config?: boolean;
}

export interface SuiteScore {
  /** Per rule or entity: [tp, fn, fp, tn]. */
  readonly groups: Map<string, [number, number, number, number]>;
  readonly tp: number;
  readonly fn: number;
  readonly fp: number;
  readonly tn: number;
  readonly recall: number;
  readonly fpRate: number;
  /** Groups with positives and no miss / groups with positives. */
  readonly fullyCaught: number;
  readonly withPositives: number;
  readonly ms: number;
}

/** Presidio entities that the product reports as `financial` by definition (card and bank data). */
const FINANCIAL_ENTITIES = new Set(['CREDIT_CARD', 'IBAN_CODE', 'US_BANK_NUMBER', 'ABA_ROUTING_NUMBER']);

/**
 * Scores like shared/tools/score_peers.py. With `creditFinancial`, a `financial` finding also counts for
 * Presidio's card and bank entities (score_peers.py itself accepts only `pii`).
 */
export function scorePeerSuite(path: string, findingsOf: (text: string) => readonly Finding[], creditFinancial = false): SuiteScore {
  const groups = new Map<string, [number, number, number, number]>();
  const t0 = performance.now();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as PeerCase;
    if (c.default_config === false || c.in_default_config === false) continue;
    const presidio = c.id.startsWith('presidio');
    if (presidio && c.kind !== 'analyze') continue;
    const group = c.entity || c.rule || '?';
    const cats: RuleCategory[] = !presidio ? ['secret'] : creditFinancial && FINANCIAL_ENTITIES.has(group) ? ['pii', 'financial'] : ['pii'];
    const finds = findingsOf(c.text).filter((f) => cats.includes(f.category));
    const positive = presidio ? Number(c.expect) > 0 : Boolean(c.expect);
    const hit =
      positive && presidio && c.spans?.length
        ? finds.some((f) => c.spans!.some(([s, e]) => f.start < e && s < f.end))
        : finds.length > 0;
    const k = positive ? (hit ? 0 : 1) : hit ? 2 : 3;
    const v = groups.get(group) ?? [0, 0, 0, 0];
    v[k]++;
    groups.set(group, v);
  }
  const sum = (j: number): number => [...groups.values()].reduce((n, v) => n + v[j]!, 0);
  const [tp, fn, fp, tn] = [sum(0), sum(1), sum(2), sum(3)];
  return {
    groups,
    tp,
    fn,
    fp,
    tn,
    recall: tp / Math.max(1, tp + fn),
    fpRate: fp / Math.max(1, fp + tn),
    fullyCaught: [...groups.values()].filter((v) => v[1] === 0 && v[0] > 0).length,
    withPositives: [...groups.values()].filter((v) => v[0] + v[1] > 0).length,
    ms: performance.now() - t0,
  };
}
