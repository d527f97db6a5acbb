import { frNir, frSpi } from '../../checksums/national-eu.ts';
import { allSameDigit } from '../../checksums/digits.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_+\-/@])(?<!\d[.,])`;
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

export const detectors: Detector[] = [
  {
    id: 'pii/fr/nir',
    category: 'pii',
    kind: 'fr_nir',
    // Sex, YY, MM, department (2 digits or 2A/2B), commune, order, key: "1 84 12 75 123 456 78".
    pattern: new RegExp(`${B}([1-478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2})${E}`, 'g'),
    keywords: [],
    minDigits: 8,
    validate: frNir,
    context: {
      words: ['sécurité sociale', 'securite sociale', 'sécu', 'secu', 'nir', 'insee', 'carte vitale', 'numéro de sécurité sociale',
        'n° ss', 'social security', 'immatriculation'],
    },
    confidence: { base: 0.85, withContext: 1 },
    examples: {
      match: ['Mon numéro de sécurité sociale est 2 95 10 99 126 111 93.', 'NIR 184052A12345682 (né en Corse-du-Sud)'],
      noMatch: ['Numéro de sécurité sociale : 2 95 10 99 126 111 94', 'Référence 595109912611193 du colis'],
    },
  },
  {
    id: 'pii/fr/numero-fiscal',
    category: 'pii',
    kind: 'fr_tax_number',
    pattern: new RegExp(`${B}([0-3]\\d ?\\d{2} ?\\d{3} ?\\d{3} ?\\d{3})${E}`, 'g'),
    keywords: [],
    minDigits: 13,
    validate: frSpi,
    context: {
      words: ['numéro fiscal', 'numero fiscal', 'spi', 'référence fiscale', 'identifiant fiscal', 'avis d\'imposition', 'impots',
        'impôts', 'déclaration de revenus', 'n° fiscal'],
    },
    confidence: { base: 0.55, withContext: 0.95 },
    examples: {
      match: ['Mon numéro fiscal est le 30 23 217 600 053, déclarant 1.', 'SPI 3023217600053 sur l\'avis d\'imposition'],
      noMatch: ['Numéro fiscal 3023217600054', 'Code-barres 5023217600053'],
    },
  },
  {
    id: 'pii/fr/passeport',
    category: 'pii',
    kind: 'fr_passport',
    pattern: new RegExp(`${B}(\\d{2}[A-Za-z]{2}\\d{5})${E}`, 'g'),
    keywords: ['passeport', 'passport'],
    context: { words: ['passeport', 'passport', 'n° de passeport', 'numéro de passeport'], required: true },
    confidence: { base: 0.75, withContext: 0.75 },
    examples: {
      match: ['Numéro de passeport : 18AB12345, délivré à Lyon', 'Passeport 09FK54321 valable jusqu\'en 2030'],
      noMatch: ['Passeport perdu, référence 18-AB', 'Ticket 18AB12345 sans rapport'],
    },
  },
  {
    id: 'pii/fr/cni',
    category: 'pii',
    kind: 'fr_id_card',
    // Old card: 12 digits; card issued since 2021: 9 letters/digits.
    pattern: new RegExp(`\\b(?<![+\\-/@])(?<!\\d[.,])(\\d{12}|[A-Z0-9]{9})${E}`, 'g'),
    keywords: ['d\'identit', 'd’identit', 'identity card', 'carte nationale', 'cni:', 'cni :', 'cni n', 'cni no'],
    validate: (v) => /\d.*\d.*\d/.test(v) && /^\d{12}$|[A-Za-z]/.test(v) && !allSameDigit(v),
    context: {
      words: ['carte d\'identité', 'carte d’identité', 'carte nationale d\'identité', 'carte d\'identite', 'cni', 'pièce d\'identité',
        'identity card', 'numéro de carte'],
      required: true,
    },
    confidence: { base: 0.7, withContext: 0.7 },
    examples: {
      match: ['Carte d\'identité n° 880692310285, délivrée en 2012', 'CNI : D2H6862M2 (nouvelle carte)'],
      noMatch: ['Carte d\'identité perdue au commissariat', 'Commande 880692310285 expédiée'],
    },
  },
];
