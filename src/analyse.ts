/**
 * One verdict for a text: the rule engine's findings plus, when a classifier is loaded, its categories.
 * Shared by the CLI, the server and the extension so they decide the same way. The extension runs the two
 * halves in different places (rules in the content script, the model in the offscreen document) and joins
 * them with `combine`.
 */
import type { Classification, Classifier, Scores } from './classifier/classifier.ts';
import { scan } from './engine/scan.ts';
import { CATEGORIES, type Category, type Finding, type ScanResult } from './engine/types.ts';

export interface Analysis {
  readonly categories: Category[];
  readonly findings: Finding[];
  /** The classifier's scores; absent in rules-only mode. */
  readonly scores?: Scores;
}

/** Classifier categories that are a sensitive attribute of a person: with a name beside them, the text is pii. */
const PERSONAL_ATTRIBUTES: readonly Category[] = ['financial', 'health'];

export function combine(text: string, rules: ScanResult, classification?: Classification): Analysis {
  if (!classification) return { categories: rules.categories, findings: rules.findings };
  let { categories, findings } = rules;
  const { scores, categories: predicted } = classification;
  if (predicted.some((c) => PERSONAL_ATTRIBUTES.includes(c)) && !categories.includes('pii')) {
    // A salary table or a diagnosis with names and nothing else for the rules: the names now count.
    ({ categories, findings } = scan(text, { sensitive: true }));
  }
  const present = new Set<Category>([...categories, ...predicted]);
  return { categories: CATEGORIES.filter((c) => present.has(c)), findings, scores };
}

export async function analyse(text: string, classifier?: Classifier): Promise<Analysis> {
  const rules = scan(text);
  return combine(text, rules, classifier && (await classifier.classify(text, rules.findings)));
}
