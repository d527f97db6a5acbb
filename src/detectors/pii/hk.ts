import { hkid } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

const HKID_CONTEXT = ['hkid', 'hong kong id', 'hong kong identity', 'identity card', '身份證', '香港身份證', 'id card'];

export const detectors: Detector[] = [
  {
    id: 'pii/hk/hkid',
    category: 'pii',
    kind: 'hk_hkid',
    // Printed form A123456(7): 1–2 letters + 6 digits + check (0–9 or A) in parentheses; weighted mod 11.
    // The printed layout with a valid check character is specific enough on its own, so there is no context
    // lookup (which costs more than the match itself on long pastes full of near-misses).
    pattern: /\b([A-Z]{1,2}\d{6} ?\([0-9A]\))(?![A-Za-z0-9_])/g,
    keywords: [],
    minDigits: 6,
    validate: hkid,
    confidence: { base: 0.95 },
    examples: {
      match: ['HKID: Z195774(1)', 'applicant LF537529(A) from Kowloon'],
      noMatch: ['HKID: Z195774(2)', 'ref Z19577(1)'],
    },
  },
  {
    id: 'pii/hk/hkid-bare',
    category: 'pii',
    kind: 'hk_hkid',
    // Without the parentheses the shape is common: only beside the words.
    pattern: /\b([A-Z]{1,2}\d{6}[0-9A])\b/g,
    keywords: ['hkid', 'hong kong', 'identity card', '身份證'],
    validate: hkid,
    context: { words: HKID_CONTEXT, required: true },
    confidence: { base: 0.8, withContext: 0.9 },
    examples: {
      match: ['HKID Q8161751', 'Hong Kong identity card no. DU7599841'],
      noMatch: ['HKID Q8161752', 'Q8161751 is a part number'],
    },
  },
];
