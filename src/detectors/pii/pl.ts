import { plNip, plPesel } from '../../checksums/national-eu.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_+\-/@])(?<!\d[.,])`;
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

export const detectors: Detector[] = [
  {
    id: 'pii/pl/pesel',
    category: 'pii',
    kind: 'pl_pesel',
    pattern: new RegExp(`${B}(\\d{11})${E}`, 'g'),
    keywords: [],
    minDigits: 11,
    validate: plPesel,
    context: { words: ['pesel', 'numer pesel', 'nr pesel'] },
    confidence: { base: 0.6, withContext: 0.95 },
    examples: {
      match: ['Mój PESEL to 44051401359, proszę o wpis.', 'Pacjent 02070803628 przyjęty na oddział'],
      noMatch: ['PESEL 44051401358', 'Numer 44131401359 w rejestrze'],
    },
  },
  {
    id: 'pii/pl/nip',
    category: 'pii',
    kind: 'pl_nip',
    pattern: new RegExp(`${B}(\\d{10}|\\d{3}-\\d{3}-\\d{2}-\\d{2}|\\d{3}-\\d{2}-\\d{2}-\\d{3})${E}`, 'g'),
    keywords: ['nip:', 'nip ', 'nip-', 'nip.', 'nip\n', 'numer identyfikacji podatkowej'],
    validate: plNip,
    context: { words: ['nip', 'numer identyfikacji podatkowej', 'nr nip'], required: true },
    confidence: { base: 0.8, withContext: 0.8 },
    examples: {
      match: ['NIP: 856-734-62-15, jednoosobowa działalność', 'Mój NIP to 8567346215.'],
      noMatch: ['NIP: 8567346216', 'Faktura 8567346215 opłacona'],
    },
  },
];
