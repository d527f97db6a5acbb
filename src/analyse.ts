/**
 * One verdict for a text: the rule engine's findings plus, when a classifier is loaded, its categories.
 * Shared by the CLI, the server and the extension so they decide the same way.
 */
import type { Classifier, Scores } from './classifier/classifier.ts';
import { scan } from './engine/scan.ts';
import { CATEGORIES, type Category, type Finding } from './engine/types.ts';

export interface Analysis {
  readonly categories: Category[];
  readonly findings: Finding[];
  /** The classifier's scores; absent in rules-only mode. */
  readonly scores?: Scores;
}

/** Classifier categories that are a sensitive attribute of a person: with a name beside them, the text is pii. */
const PERSONAL_ATTRIBUTES: readonly Category[] = ['financial', 'health'];

export async function analyse(text: string, classifier?: Classifier): Promise<Analysis> {
  let { categories, findings } = scan(text);
  if (!classifier) return { categories, findings };
  const { scores, categories: predicted } = await classifier.classify(text, findings);
  if (predicted.some((c) => PERSONAL_ATTRIBUTES.includes(c)) && !categories.includes('pii')) {
    // A salary table or a diagnosis with names and nothing else for the rules: the names now count.
    ({ categories, findings } = scan(text, { sensitive: true }));
  }
  const present = new Set<Category>([...categories, ...predicted]);
  return { categories: CATEGORIES.filter((c) => present.has(c)), findings, scores };
}
