import { sinValid } from '../../checksums/banking.ts';
import type { Detector } from '../../engine/types.ts';

const SIN_WORDS = ['sin', 'social insurance', 'social insurance number', 'nas', "numéro d'assurance sociale", 'assurance sociale'];

export const detectors: Detector[] = [
  {
    id: 'pii/ca/sin',
    category: 'pii',
    kind: 'ca_sin',
    // The 3-3-3 layout (one consistent separator) fires alone.
    pattern: /(?<![\w.-])(\d{3}-\d{3}-\d{3}|\d{3} \d{3} \d{3})(?![\w-]|[ .-]\d)/g,
    keywords: [],
    minDigits: 9,
    validate: sinValid,
    context: { words: SIN_WORDS },
    confidence: { base: 0.6, withContext: 0.95 },
    examples: {
      match: ['My SIN is 271-846-305, for the payroll form.', 'Numéro d’assurance sociale : 519 028 476'],
      noMatch: ['SIN 271-846-306 fails the Luhn check.', 'SIN 046 454 286 starts with 0.'],
    },
  },
  {
    id: 'pii/ca/sin-bare',
    category: 'pii',
    kind: 'ca_sin',
    pattern: /(?<![\w.-])(\d{9})(?![\w-]|\.\d)/g,
    // 'sin' is in 'using' and 'business': the 9-digit run selects far fewer texts
    keywords: [],
    minDigits: 9,
    validate: sinValid,
    context: { words: SIN_WORDS, required: true },
    confidence: { base: 0.9, withContext: 0.9 },
    examples: {
      match: ['SIN: 726391584', 'Social insurance number 271846305 (Ontario)'],
      noMatch: ['SIN: 726391585', 'The build took 726391584 ms without any identifier.'],
    },
  },
];
