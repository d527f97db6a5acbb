import { itCodiceFiscale, itPartitaIva } from '../../checksums/national-eu.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_+\-/@])(?<!\d[.,])`;
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

/** Digit positions of a codice fiscale may hold the omocodia letters instead. */
const D = '[0-9LMNPQRSTUV]';
/** Start of a letter-led token (\\b is much faster than a lookbehind class on long texts). */
const BL = String.raw`\b(?<![+\-/@])`;

export const detectors: Detector[] = [
  {
    id: 'pii/it/codice-fiscale',
    category: 'pii',
    kind: 'it_fiscal_code',
    pattern: new RegExp(`${BL}([A-Z]{6}${D}{2}[ABCDEHLMPRST]${D}{2}[A-Z]${D}{3}[A-Z])${E}`, 'g'),
    keywords: [],
    minDigits: 1,
    validate: itCodiceFiscale,
    ignore: [/^RSSMRA85T10A562S$/], // 'Mario Rossi', the specimen in official examples
    context: { words: ['codice fiscale', 'cod. fiscale', 'cf', 'c.f.', 'tessera sanitaria', 'fiscal code'] },
    confidence: { base: 0.9, withContext: 1 },
    examples: {
      match: ['Il mio codice fiscale è BNCGPP90A41H501K, grazie.', 'CF: VRDLCU77M12F205L'],
      noMatch: ['Codice fiscale BNCGPP90A41H501A', 'Codice prodotto BNCGPP90A71H501K', 'Esempio: RSSMRA85T10A562S'],
    },
  },
  {
    id: 'pii/it/partita-iva',
    category: 'pii',
    kind: 'it_vat_code',
    pattern: new RegExp(`${B}(\\d{11})${E}`, 'g'),
    keywords: ['partita iva', 'p.iva', 'p. iva', 'piva', 'p.i.', 'vat'],
    validate: itPartitaIva,
    context: { words: ['partita iva', 'p.iva', 'p. iva', 'piva', 'p.i.', 'vat', 'vat number', 'vat code'], required: true },
    confidence: { base: 0.7, withContext: 0.7 },
    examples: {
      match: ['Fattura intestata a P.IVA 01333550323, Trieste', 'Partita IVA: IT 00743110157'],
      noMatch: ['Partita IVA 01333550324', 'Ordine 01333550323 spedito'],
    },
  },
  {
    id: 'pii/it/carta-identita',
    category: 'pii',
    kind: 'it_identity_card',
    // CIE "CA00000AA" or paper card "AA 1234567".
    pattern: new RegExp(`${BL}([A-Z]{2}(?:\\d{5}[A-Z]{2}| ?\\d{7}))${E}`, 'g'),
    keywords: ['identità', 'identita', 'cie', 'identity card'],
    context: {
      words: ['carta d\'identità', 'carta di identità', 'carta d’identità', 'carta identità', 'carta d\'identita', 'cie', 'identity card',
        'documento d\'identità'],
      required: true,
    },
    confidence: { base: 0.7, withContext: 0.7 },
    examples: {
      match: ['Carta d\'identità n. CA12345BC rilasciata dal Comune di Roma', 'CIE AY 1234567 valida fino al 2029'],
      noMatch: ['Carta d\'identità scaduta, rinnovo in corso', 'Volo AZ 1234567 senza documento'],
    },
  },
  {
    id: 'pii/it/passaporto',
    category: 'pii',
    kind: 'it_passport',
    pattern: new RegExp(`${BL}([A-Z]{2}\\d{7})${E}`, 'g'),
    keywords: ['passaporto', 'passport'],
    context: { words: ['passaporto', 'passport', 'numero di passaporto'], required: true },
    confidence: { base: 0.7, withContext: 0.7 },
    examples: {
      match: ['Numero di passaporto YA1234567, scadenza 2031', 'Passaporto: AA7654321'],
      noMatch: ['Passaporto in rinnovo presso la questura', 'Codice AA7654321 del magazzino'],
    },
  },
  {
    id: 'pii/it/patente',
    category: 'pii',
    kind: 'it_driver_license',
    pattern: new RegExp(`${BL}([A-Z]{2}\\d{7}[A-Z]|U1[A-Z0-9]{7}[A-Z])${E}`, 'g'),
    keywords: ['patente', 'driving licen', 'driver licen', 'driver\'s licen', 'license', 'licence'],
    validate: (v) => /\d.*\d/.test(v),
    context: {
      words: ['patente', 'patente di guida', 'driving licence', 'driving license', 'driver license', 'driver\'s license', 'license',
        'licence'],
      required: true,
    },
    confidence: { base: 0.7, withContext: 0.7 },
    examples: {
      match: ['Patente di guida n. AA0123456B, categoria B', 'license U1K711J11M here'],
      noMatch: ['Patente B conseguita nel 2010', 'Codice AA0123456B in magazzino'],
    },
  },
];
