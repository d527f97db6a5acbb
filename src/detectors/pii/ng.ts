import { verhoeff } from '../../checksums/digits.ts';
import type { Detector } from '../../engine/types.ts';

const NIN_CONTEXT = ['nin', 'national identification number', 'national identity number', 'nimc', 'nin slip'];
/** Eleven-digit numbers that are Nigerian or other phone numbers rather than NINs. */
const PHONE_LIKE = /^(?:0[789][01]|234|1[3-9])/;
const nin = (v: string): boolean => verhoeff(v) && !PHONE_LIKE.test(v);

export const detectors: Detector[] = [
  {
    id: 'pii/ng/nin',
    category: 'pii',
    kind: 'ng_nin',
    // National Identification Number: 11 digits with a Verhoeff check digit. One in ten 11-digit numbers
    // (drug NDC codes, phone numbers) passes, so it needs the words.
    pattern: /(?<![A-Za-z0-9_.\/+-]|\d[ ])(\d{11})(?![A-Za-z0-9_]|[ .\/-]\d)/g,
    // The word followed by a separator: a bare 'nin' is inside "running", "morning", "planning".
    keywords: ['nin ', 'nin:', 'nin.', 'nin,', 'nin)', 'nin-', 'nin#', 'nin=', "nin'", 'national identification', 'national identity', 'nimc'],
    validate: nin,
    context: { words: NIN_CONTEXT, required: true },
    confidence: { base: 0.85, withContext: 0.9 },
    examples: {
      match: ['NIN: 40499806524', 'please verify 87545192815 with NIMC'],
      noMatch: ['NIN: 40499806525', 'NIN 08031234567 looks like a phone number'],
    },
  },
  {
    id: 'pii/ng/vehicle-registration',
    category: 'pii',
    kind: 'ng_vehicle_registration',
    // Local government code (3 letters) + 3 digits + 2 letters: ABC-123DE. Lower case only with the dash.
    pattern: /\b([A-Za-z]{3}-\d{3}[A-Za-z]{2}|[A-Z]{3} ?\d{3}[A-Z]{2})\b/g,
    keywords: [],
    minDigits: 3,
    // "THE 100TH", "ARE 250ML": ordinals and units, not plates.
    ignore: [/\d(?:ST|ND|RD|TH|MM|CM|KM|ML|KG|MG|MW|KW|GB|MB|KB|HZ)$/i],
    context: { words: ['plate', 'number plate', 'vehicle', 'registration', 'car', 'frsc'] },
    confidence: { base: 0.5, withContext: 0.8 },
    examples: {
      match: ['The car plate is LSD-482KJ', 'vehicle EKY 903TA was towed'],
      noMatch: ['plate LS-4829KJ', 'order abc123de shipped'],
    },
  },
];
