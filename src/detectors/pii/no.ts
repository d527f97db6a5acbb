import { noFodselsnummer } from '../../checksums/national-eu.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_+\-/@])(?<!\d[.,])`;
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

export const detectors: Detector[] = [
  {
    id: 'pii/no/fodselsnummer',
    category: 'pii',
    kind: 'no_fodselsnummer',
    // DDMMYY + individual number + two mod-11 check digits; D-nummer (day + 40) and H-nummer (month + 40) too.
    pattern: new RegExp(`${B}(\\d{6} ?\\d{5})${E}`, 'g'),
    keywords: [],
    minDigits: 11,
    validate: noFodselsnummer,
    context: {
      words: ['fødselsnummer', 'fodselsnummer', 'foedselsnummer', 'personnummer', 'd-nummer', 'fnr', 'f.nr', 'personnr',
        'national identity number'],
    },
    confidence: { base: 0.7, withContext: 1 },
    examples: {
      match: ['Fødselsnummeret mitt er 151086 95088.', 'Ansatt med fnr 15108695088 mangler skattekort'],
      noMatch: ['Fødselsnummer 15108695089', 'Ordre 32108695088 sendt'],
    },
  },
];
