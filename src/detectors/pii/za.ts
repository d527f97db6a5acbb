import { zaId } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

export const detectors: Detector[] = [
  {
    id: 'pii/za/id-number',
    category: 'pii',
    kind: 'za_id_number',
    // YYMMDD SSSS C A Z: birth date, sequence (sex), citizenship 0/1/2, then Luhn over all 13 digits.
    pattern: /(?<![A-Za-z0-9_.+\/-]|\d[ ])(\d{6} ?\d{4} ?[012]\d{2})(?![A-Za-z0-9_]|[ .\/-]\d)/g,
    keywords: [],
    minDigits: 13,
    validate: zaId,
    context: { words: ['id number', 'identity number', 'sa id', 'rsa id', 'south african id', 'id no', 'identity document', 'smart id'] },
    confidence: { base: 0.85, withContext: 1 },
    examples: {
      match: ['SA ID: 8105182237080', 'Applicant 860713 1111 084 lives in Durban'],
      noMatch: ['SA ID: 8105182237081', 'SA ID: 8113182237080'],
    },
  },
];
