import { thNationalId } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

export const detectors: Detector[] = [
  {
    id: 'pii/th/national-id',
    category: 'pii',
    kind: 'th_national_id',
    // 13 digits, first 1–8, printed 1-2345-67890-12-1; check = (11 − Σ d·(13…2) mod 11) mod 10.
    pattern: /(?<![A-Za-z0-9_.+\/-]|\d[ ])([1-8](?:\d{12}|-\d{4}-\d{5}-\d{2}-\d| \d{4} \d{5} \d{2} \d))(?![A-Za-z0-9_]|[ .\/-]\d)/g,
    keywords: [],
    minDigits: 13,
    validate: thNationalId,
    context: { words: ['เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'บัตรประชาชน', 'thai id', 'national id', 'tnin', 'citizen id', 'id card'] },
    confidence: { base: 0.75, withContext: 0.95 },
    examples: {
      match: ['เลขประจำตัวประชาชน 8-6695-81405-97-6', 'Thai ID 6465092940927 for the booking'],
      noMatch: ['Thai ID 6465092940928', 'ISBN 9780306406157'],
    },
  },
];
