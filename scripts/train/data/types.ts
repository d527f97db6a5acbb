/** What every training-data generator produces. */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'nl'];

/** The four categories the classifier decides (secrets and PII come from the rule detectors). */
export type ClassifierCategory = 'source_code' | 'financial' | 'confidential' | 'health';
export const CLASSIFIER_CATEGORIES: readonly ClassifierCategory[] = ['source_code', 'financial', 'confidential', 'health'];

export interface Example {
  readonly text: string;
  /** The classifier categories that apply; [] for a benign prompt or hard negative. */
  readonly labels: readonly ClassifierCategory[];
  readonly lang: Lang;
  /** Where it came from: a template family ('synthetic/payroll') or a corpus source ('corpus:<source>'). */
  readonly origin: string;
}
