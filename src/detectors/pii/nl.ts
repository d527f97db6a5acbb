import { nlBsn } from '../../checksums/national-eu.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_+\-/@])(?<!\d[.,])`;
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

const BSN_WORDS = ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'sofi nummer', 'persoonsnummer', 'citizen service number',
  'bsn-nummer'];

/** BSNs published as test values. */
const TEST_BSNS = [/^111\D?222\D?333$/, /^123\D?456\D?782$/, /^1234\.56\.782$/];

export const detectors: Detector[] = [
  {
    id: 'pii/nl/bsn',
    category: 'pii',
    kind: 'nl_bsn',
    // The 11-proof passes about 1 in 11 random numbers: only beside a BSN word.
    pattern: new RegExp(`${B}(\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}[ .-]\\d{3}[ .-]\\d{3})${E}`, 'g'),
    keywords: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'sofi nummer', 'persoonsnummer', 'citizen service number'],
    validate: nlBsn,
    ignore: TEST_BSNS,
    context: { words: BSN_WORDS, required: true },
    confidence: { base: 0.9, withContext: 0.9 },
    examples: {
      match: ['Mijn BSN is 312966210, graag verwerken.', 'Burgerservicenummer: 171 497 685'],
      noMatch: ['Mijn BSN is 312966211', 'Ordernummer 312966210 is verzonden', 'Test-BSN 111222333 uit de documentatie'],
    },
  },
  {
    id: 'pii/nl/bsn-layout',
    category: 'pii',
    kind: 'nl_bsn',
    // The layout printed on Dutch passports and ID cards, "1234.56.782".
    pattern: new RegExp(`${B}(\\d{4}\\.\\d{2}\\.\\d{3})${E}`, 'g'),
    keywords: [],
    minDigits: 9,
    validate: nlBsn,
    ignore: TEST_BSNS,
    confidence: { base: 0.6 },
    examples: {
      match: ['Persoonsgegevens: 2554.82.802, geboren te Utrecht', 'nummer 3129.66.210 staat op de kaart'],
      noMatch: ['nummer 3129.66.211 staat op de kaart', 'Versie 2024.01.001 uitgebracht', 'Voorbeeld 1234.56.782'],
    },
  },
];
