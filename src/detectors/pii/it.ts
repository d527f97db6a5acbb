import { itCodiceFiscale, itPartitaIva } from '../../checksums/national-eu.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_+\-/@])(?<!\d[.,])`;
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

/** Digit positions of a codice fiscale may hold the omocodia letters instead. */
const D = '[0-9LMNPQRSTUV]';
/** Start of a letter-led token (\\b is much faster than a lookbehind class on long texts). */
const BL = String.raw`\b(?<![+\-/@])`;

/**
 * Prefilter of a codice fiscale: its surname-and-name letters end in a letter followed by the first digit of the
 * birth year, and ordinary prompts rarely hold a letter directly followed by a digit (digits alone are common).
 */
const LETTER_DIGIT = [...'abcdefghijklmnopqrstuvwxyz'].flatMap((l) => [...'0123456789'].map((d) => l + d));

const PATENTE_WORDS = ['patente', 'patente di guida', 'driving licence', 'driving license', 'driver license', 'driver\'s license',
  'license', 'licence'];

export const detectors: Detector[] = [
  {
    id: 'pii/it/codice-fiscale',
    category: 'pii',
    kind: 'it_fiscal_code',
    pattern: new RegExp(`${BL}([A-Z]{6}${D}{2}[ABCDEHLMPRST]${D}{2}[A-Z]${D}{3}[A-Z])${E}`, 'g'),
    keywords: LETTER_DIGIT,
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
    // Luhn plus a valid provincial-office code passes about 1 in 100 random 11-digit numbers, and benign text
    // shows none: alone at a low confidence, beside a VAT word high.
    pattern: new RegExp(`${B}(\\d{11})${E}`, 'g'),
    keywords: [],
    minDigits: 11,
    validate: itPartitaIva,
    context: { words: ['partita iva', 'p.iva', 'p. iva', 'piva', 'p.i.', 'vat', 'vat number', 'vat code', 'codice fiscale'] },
    confidence: { base: 0.4, withContext: 0.85 },
    examples: {
      match: ['Fattura intestata a P.IVA 01333550323, Trieste', 'Partita IVA: IT 00743110157', 'Fornitore 01333550323 da aggiornare'],
      noMatch: ['Partita IVA 01333550324', 'Partita IVA 00000000001', 'Ordine 01333550329 spedito'],
    },
  },
  {
    id: 'pii/it/carta-identita',
    category: 'pii',
    kind: 'it_identity_card',
    // CIE "CA00000AA" or paper card "AA 1234567".
    pattern: new RegExp(`${BL}([A-Z]{2}(?:\\d{5}[A-Z]{2}| ?\\d{7}))${E}`, 'g'),
    keywords: ['identità', 'identita', 'cie ', 'cie:', 'cie.', 'cie,', 'cie n', 'identity card'],
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
    context: { words: PATENTE_WORDS, required: true },
    confidence: { base: 0.7, withContext: 0.7 },
    examples: {
      match: ['Patente di guida n. AA0123456B, categoria B', 'license U1K711J11M here'],
      noMatch: ['Patente B conseguita nel 2010', 'Codice AA0123456B in magazzino'],
    },
  },
  {
    id: 'pii/it/patente-layout',
    category: 'pii',
    kind: 'it_driver_license',
    // Paper-era licence "AA0123456B": two letters, seven digits, a letter; a shape ordinary text lacks.
    pattern: new RegExp(`${BL}([A-Z]{2}\\d{7}[A-Z])${E}`, 'g'),
    keywords: [],
    minDigits: 7,
    context: { words: PATENTE_WORDS },
    confidence: { base: 0.4, withContext: 0.8 },
    examples: {
      match: ['Conducente: Luca Esempio, RM4417302K', 'Patente di guida n. AA0123456B, categoria B'],
      noMatch: ['Codice RM441730K nel modulo', 'Seriale RM44173021K', 'Volo AZ1234567 da Roma'],
    },
  },
  {
    id: 'pii/it/patente-u1',
    category: 'pii',
    kind: 'it_driver_license',
    // Card licence issued since 1999 by the Motorizzazione: "U1", seven digits or letters other than A I O Q V,
    // and a letter.
    pattern: new RegExp(`${BL}(U1[BCDEFGHJKLMNPRSTUWXYZ0-9]{7}[A-Z])${E}`, 'g'),
    keywords: ['u1'],
    validate: (v) => /\d.*\d/.test(v.slice(2)),
    context: { words: PATENTE_WORDS },
    confidence: { base: 0.4, withContext: 0.8 },
    examples: {
      match: ['Conducente: Luca Esempio, U1K711J11M', 'patente U1H00B000C rilasciata a Roma'],
      noMatch: ['Modello U1KBCDFGHM in vendita', 'Codice U1K711J11 incompleto', 'Codice U1H00A000B (lettera A non ammessa)'],
    },
  },
];
