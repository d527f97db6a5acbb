import { myNumber } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

const MY_NUMBER_WORDS = ['マイナンバー', '個人番号', 'my number', 'mynumber', 'マイナンバーカード', '個人番号カード'];

export const detectors: Detector[] = [
  {
    id: 'pii/jp/my-number',
    category: 'pii',
    kind: 'jp_my_number',
    // 12 digits (often 4-4-4) with a mod-11 check digit; 1 in 11 random numbers pass, so the words are required.
    pattern: /(?<![A-Za-z0-9_.+\/-]|\d[ ])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![A-Za-z0-9_]|[ .\/-]\d)/g,
    keywords: MY_NUMBER_WORDS,
    validate: myNumber,
    context: { words: MY_NUMBER_WORDS, required: true, before: 60 },
    confidence: { base: 0.9, withContext: 0.95 },
    examples: {
      match: ['マイナンバー: 1808 8379 4301', 'My Number 048699959297 for the tax form'],
      noMatch: ['マイナンバー: 1808 8379 4302', 'order 180883794301 shipped (no ID words here)'],
    },
  },
];
