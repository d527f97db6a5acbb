import { dkCpr } from '../../checksums/national-eu.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_+\-/@])(?<!\d[.,])`;
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

const CPR_WORDS = ['cpr', 'cpr-nr', 'cpr-nummer', 'cprnr', 'personnummer', 'personnr', 'cpr nr'];

export const detectors: Detector[] = [
  {
    id: 'pii/dk/cpr',
    category: 'pii',
    kind: 'dk_cpr',
    // DDMMYY-SSSS: a date and four digits, no check digit since 2007, so only beside a CPR word.
    pattern: new RegExp(`${B}(\\d{6}-?\\d{4})${E}`, 'g'),
    keywords: ['cpr', 'personnummer', 'personnr'],
    validate: dkCpr,
    context: { words: CPR_WORDS, required: true },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: ['Mit CPR-nummer er 211062-5629.', 'CPR: 2902004000 (født 2000)'],
      noMatch: ['CPR-nummer 321062-5629', 'Faktura 211062-5629 betalt'],
    },
  },
];
