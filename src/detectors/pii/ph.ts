import { phTin } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

const TIN_CONTEXT = ['tin', 'taxpayer identification', 'taxpayer id', 'tax id', 'bir', 'rdo', 'revenue district'];

export const detectors: Detector[] = [
  {
    id: 'pii/ph/tin',
    category: 'pii',
    kind: 'ph_tin',
    // NNN-NNN-NNN(-NNN branch); the 9th digit is (weights 9…2 on the first 8) mod 11.
    pattern: /(?<![A-Za-z0-9_.+\/-]|\d[ ])(\d{3}-\d{3}-\d{3}(?:-\d{3})?)(?![A-Za-z0-9_]|[ .\/-]\d)/g,
    keywords: [],
    minDigits: 9,
    validate: phTin,
    context: { words: TIN_CONTEXT },
    confidence: { base: 0.6, withContext: 0.9 },
    examples: {
      match: ['My TIN is 149-485-220-000', 'Please use 821-079-505 on the BIR form'],
      noMatch: ['TIN 149-485-221-000', 'TIN 149-485-22'],
    },
  },
  {
    id: 'pii/ph/tin-bare',
    category: 'pii',
    kind: 'ph_tin',
    pattern: /(?<![A-Za-z0-9_.+\/-]|\d[ ])(\d{9}|\d{12})(?![A-Za-z0-9_]|[ .\/-]\d)/g,
    // The word followed by a separator: a bare 'tin' is inside "continue", "setting", "testing".
    keywords: ['tin ', 'tin:', 'tin.', 'tin#', 'tin-', 'tin)', 'tin=', 'bir ', 'tax id', 'taxpayer'],
    validate: phTin,
    context: { words: TIN_CONTEXT, required: true },
    confidence: { base: 0.6, withContext: 0.85 },
    examples: {
      match: ['TIN: 990304954', 'BIR TIN 149485220000'],
      noMatch: ['TIN: 990304955', 'TIN: 99030495'],
    },
  },
  {
    id: 'pii/ph/mobile',
    category: 'pii',
    kind: 'phone',
    // Philippine mobile: +63 9XX XXX XXXX or 09XX XXX XXXX (spaces, dashes, parentheses).
    pattern: /(?<![A-Za-z0-9_+.\/-]|\d[ ])((?:\+63[ -]?|0 ?)(?:9\d{2}|\(9\d{2}\))[ -]?\d{3}[ -]?\d{4})(?![A-Za-z0-9_]|[ .\/-]\d)/g,
    keywords: [],
    // The shortest digit run of a match: 0(917)482-1934 has 482-1934.
    minDigits: 7,
    context: { words: ['mobile', 'cell', 'phone', 'telepono', 'numero', 'number', 'contact', 'globe', 'smart', 'viber', 'gcash'] },
    confidence: { base: 0.6, withContext: 0.85 },
    examples: {
      match: ['Text me at 0917 482 1934', 'mobile: +63 998 215 4470'],
      noMatch: ['call 917 482 1934', 'id 09174821934567'],
    },
  },
];
