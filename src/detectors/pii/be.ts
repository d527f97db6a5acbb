import { beRijksregisternummer } from '../../checksums/national-eu.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_+\-/@])(?<!\d[.,])`;
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

export const detectors: Detector[] = [
  {
    id: 'pii/be/rijksregisternummer',
    category: 'pii',
    kind: 'be_national_number',
    // YY.MM.DD-SSS.CC, the separators optional.
    pattern: new RegExp(`${B}(\\d{2}\\.?\\d{2}\\.?\\d{2}[ .-]?\\d{3}[ .-]?\\d{2})${E}`, 'g'),
    keywords: [],
    minDigits: 11,
    validate: beRijksregisternummer,
    context: {
      words: ['rijksregisternummer', 'rijksregister', 'numéro national', 'numero national', 'registre national', 'insz', 'niss',
        'rrn', 'nn', 'identificatienummer', 'national number', 'numéro de registre national'],
    },
    confidence: { base: 0.65, withContext: 0.95 },
    examples: {
      match: ['Mijn rijksregisternummer is 85.07.30-033.28.', 'Numéro national : 17073003384 (né en 2017)'],
      noMatch: ['Rijksregisternummer 85.07.30-033.29', 'Factuur 85133003328 betaald'],
    },
  },
];
