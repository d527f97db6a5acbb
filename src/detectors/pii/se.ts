import { seOrganisationsnummer, sePersonnummer } from '../../checksums/national-eu.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_\-/@])(?<!\d[.,])`;
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

export const detectors: Detector[] = [
  {
    id: 'pii/se/personnummer',
    category: 'pii',
    kind: 'se_personnummer',
    // YYMMDD-NNNC, YYMMDD+NNNC (over 100 years old) or YYYYMMDDNNNC; samordningsnummer have day + 60.
    pattern: new RegExp(`${B}((?:1[89]|20)?\\d{6}[-+]?\\d{4})${E}`, 'g'),
    keywords: [],
    minDigits: 10,
    validate: sePersonnummer,
    context: {
      words: ['personnummer', 'personnr', 'pnr', 'person-nr', 'samordningsnummer', 'personal identity number', 'personal number'],
    },
    confidence: { base: 0.6, withContext: 0.95 },
    examples: {
      match: ['Mitt personnummer är 880320-0016.', 'Samordningsnummer 19880380-0013 för den anställde'],
      noMatch: ['Personnummer 880320-0017', 'Order 881320-0016 skickad'],
    },
  },
  {
    id: 'pii/se/organisationsnummer',
    category: 'pii',
    kind: 'se_organisationsnummer',
    pattern: new RegExp(`${B}((?:16)?\\d{6}-?\\d{4})${E}`, 'g'),
    keywords: ['organisationsnummer', 'orgnr', 'org.nr', 'org nr', 'orgnummer', 'org.-nr', 'företag', 'foretag', 'bolag'],
    validate: seOrganisationsnummer,
    context: {
      words: ['organisationsnummer', 'orgnr', 'org.nr', 'org nr', 'orgnummer', 'org.-nr', 'företag', 'foretag', 'bolag', 'företaget'],
      required: true,
      after: 40,
    },
    confidence: { base: 0.5, withContext: 0.5 },
    examples: {
      match: ['Organisationsnummer: 556703-7485', '556703-7485 är vårt orgnummer.'],
      noMatch: ['Organisationsnummer: 556703-7486', 'Ärende 556703-7485 stängt'],
    },
  },
  {
    id: 'pii/se/organisationsnummer-layout',
    category: 'pii',
    kind: 'se_organisationsnummer',
    // The printed layout NNNNNN-NNNN with a third digit of 2 or more (never a birth month) and a valid Luhn digit:
    // absent from ordinary text, so it counts alone at a low confidence.
    pattern: new RegExp(`${B}(\\d{2}[2-9]\\d{3}-\\d{4})${E}`, 'g'),
    keywords: [],
    minDigits: 10,
    validate: seOrganisationsnummer,
    context: {
      words: ['organisationsnummer', 'orgnr', 'org.nr', 'org nr', 'orgnummer', 'org.-nr', 'företag', 'foretag', 'bolag', 'företaget',
        'company', 'ab'],
      after: 40,
    },
    confidence: { base: 0.4, withContext: 0.8 },
    examples: {
      match: ['Leverantör Exempel AB, 556703-7485, Stockholm', 'Our company identity code is: 212000-0142.'],
      noMatch: ['Ärende 556703-7486 stängt', 'Personnummer 880320-0016', 'Telefon 070-123 45 67'],
    },
  },
];
