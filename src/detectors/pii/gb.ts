import { nhsValid, ninoValid, ukDrivingLicenceValid } from '../../checksums/banking.ts';
import { allSameDigit } from '../../checksums/digits.ts';
import type { Detector } from '../../engine/types.ts';

const NHS_WORDS = ['nhs', 'nhs number', 'nhs no', 'health service', 'chi number', 'patient'];
const ADDRESS_WORDS = [
  'address', 'postcode', 'post code', 'postal code', 'street', 'road', 'lane', 'avenue', 'close', 'drive', 'flat',
  'house', 'ship to', 'deliver', 'delivery', 'send to', 'lives at', 'live at', 'located at', 'london', 'manchester',
  'birmingham', 'uk', 'united kingdom', 'england', 'scotland', 'wales',
];
/** Prefilter for the context-required postcode: ADDRESS_WORDS as they occur ('uk', 'road', 'close' alone are in 'ukulele', 'roadmap', 'closed'). */
const ADDRESS_KEYWORDS = [
  'address', 'postcode', 'post code', 'postal code', 'street', ' road,', ' road ', ' lane', 'avenue', ' close,', ' close ', ' drive,',
  ' drive ', ' flat ', 'house', 'ship to', 'deliver', 'send to', 'lives at', 'live at', 'located at', 'london', 'manchester',
  'birmingham', ' uk', ',uk', 'united kingdom', 'england', 'scotland', 'wales',
];
const VEHICLE_WORDS = [
  'registration', 'reg', 'reg no', 'number plate', 'numberplate', 'licence plate', 'license plate', 'plate', 'vehicle',
  'car', 'van', 'vrm', 'vrn', 'dvla', 'mot',
];

/**
 * 3-3-4 is also how North American numbers are written: NANP-shaped values (area and exchange 2–9) need an NHS
 * word. (libphonenumber would spare unassigned area codes, but costs ~30 µs a call on a pasted phone list.)
 */
const nanpShaped = (v: string): boolean => /^[2-9]\d\d[ -][2-9]/.test(v);

/** Current-style registration age identifier: March series 02–now, September series 51–(50 + now). */
function ukRegistrationValid(v: string): boolean {
  const s = v.replace(/[\s-]/g, '').toUpperCase();
  const now = new Date().getUTCFullYear() % 100;
  const current = /^[A-HJ-PR-Y][A-HJ-PR-Y](\d{2})[A-HJ-PR-Z]{3}$/.exec(s);
  if (current) {
    const age = Number(current[1]);
    return (age >= 2 && age <= now) || (age >= 51 && age <= 50 + now);
  }
  return /^[A-HJ-NP-Y]\d{1,3}[A-HJ-PR-Y]{3}$/.test(s) || /^[A-HJ-PR-Y]{3}\d{1,3}[A-HJ-NP-Y]$/.test(s);
}

export const detectors: Detector[] = [
  {
    id: 'pii/gb/nino',
    category: 'pii',
    kind: 'uk_nino',
    pattern: /(?<![\w-])([A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?![\w-])/gi,
    keywords: [],
    minDigits: 6,
    validate: ninoValid,
    context: { words: ['national insurance', 'ni number', 'ni no', 'nino', 'nin', 'insurance number'] },
    confidence: { base: 0.75, withContext: 0.95 },
    examples: {
      match: ['My National Insurance number is JG 10 37 21 C.', 'NINO: SN294817A, tax code 1257L'],
      noMatch: ['NINO QQ 12 34 56 C uses a forbidden prefix.', 'Reference GB 12 34 56 A is an invalid prefix.'],
    },
  },
  {
    id: 'pii/gb/nhs-number',
    category: 'pii',
    kind: 'uk_nhs_number',
    // The 3-3-4 layout (the NHS's own presentation, with spaces or dashes) fires alone.
    pattern: /(?<![\w.-])(\d{3} \d{3} \d{4}|\d{3}-\d{3}-\d{4})(?![\w-]|[ .]\d)/g,
    keywords: [],
    minDigits: 10,
    // 3-3-4 is also how North American phone numbers are written: valid US/CA numbers need an NHS word
    validate: (v) => nhsValid(v) && !nanpShaped(v),
    context: { words: NHS_WORDS },
    confidence: { base: 0.55, withContext: 0.95 },
    examples: {
      match: ['Referral letter for 612 098 7657, see attached.', 'The patient (401 023 2137) missed the appointment.', 'Ref 401-023-2137 on the referral form.'],
      noMatch: ['NHS number 943 476 5918 fails the check.', 'Reference 000 000 0000 is blank.', 'Call Toronto on 416 756 2324 x 234.'],
    },
  },
  {
    id: 'pii/gb/nhs-number-context',
    category: 'pii',
    kind: 'uk_nhs_number',
    pattern: /(?<![\w.-])(\d{10}|\d{3}[ -]\d{3}[ -]\d{4})(?![\w-]|\.\d)/g,
    keywords: ['nhs', 'health service', 'chi number'],
    validate: nhsValid,
    context: { words: ['nhs', 'nhs number', 'nhs no', 'health service', 'chi number'], required: true },
    confidence: { base: 0.9, withContext: 0.9 },
    examples: {
      match: ['NHS no: 9434765919', 'nhs number 943-476-5919 (from the GP letter)', 'NHS number 943 476 5919 for the referral.'],
      noMatch: ['NHS no: 9434765918', 'Call 943-476-5919 about your order.'],
    },
  },
  {
    id: 'pii/gb/passport',
    category: 'pii',
    kind: 'passport_number',
    pattern: /(?<![\w-])([A-Z]{2}\d{7}|\d{9})(?![\w-])/gi,
    keywords: ['passport', 'hmpo', 'travel document'],
    validate: (v) => !allSameDigit(v) && !/^(?:123456789|012345678)$/.test(v),
    context: { words: ['passport', 'passports', 'passport number', 'passport no', 'hmpo', 'travel document'], required: true, before: 40, after: 10 },
    confidence: { base: 0.8, withContext: 0.8 },
    examples: {
      match: ['My passport number is CD7654321 and it expires soon.', 'UK passport 502135326 (HMPO).'],
      noMatch: ['My passport is at home, no number here.', 'Passport number: 000000000'],
    },
  },
  {
    id: 'pii/gb/driving-licence',
    category: 'pii',
    kind: 'driving_licence',
    pattern: /(?<![\w-])([A-Z][A-Z9]{4}\d{6}[A-Z9]{2}\d[A-Z]{2})(?![\w-])/gi,
    keywords: [],
    minDigits: 6,
    validate: ukDrivingLicenceValid,
    context: { words: ['driving licence', 'driving license', 'licence', 'license', 'dvla'] },
    confidence: { base: 0.8, withContext: 0.95 },
    examples: {
      match: ['Driving licence: MORGA753116SM9IJ', 'DVLA number WOODS861024JA8CD for the hire car.'],
      noMatch: ['Licence MORGA713116SM9IJ has month 13.', 'Licence MORGA701006SM9IJ has day 00.'],
    },
  },
  {
    id: 'pii/gb/postcode',
    category: 'pii',
    kind: 'uk_postcode',
    pattern:
      /(?<![\w-])((?:[A-PR-UWYZ]\d[A-HJKPSTUW\d]?|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])/g,
    keywords: ADDRESS_KEYWORDS,
    context: { words: ADDRESS_WORDS, required: true, before: 60, after: 30 },
    confidence: { base: 0.6, withContext: 0.6 },
    examples: {
      match: ['My address is 14 Elm Road, Leeds LS6 2QR.', 'Please ship to postcode SW1A 2AA by Friday.'],
      noMatch: ['Postcode QA1 1AA does not exist.', 'The part M1 1AA is in stock.'],
    },
  },
  {
    id: 'pii/gb/utr',
    category: 'pii',
    kind: 'uk_utr',
    pattern: /(?<![\w.-])(\d{5} ?\d{5})(?![\w-]|\.\d)/g,
    keywords: ['utr', 'unique taxpayer', 'self assessment', 'self-assessment', 'hmrc'],
    validate: (v) => !allSameDigit(v),
    context: { words: ['utr', 'unique taxpayer reference', 'unique taxpayer', 'self assessment', 'self-assessment', 'hmrc'], required: true },
    confidence: { base: 0.75, withContext: 0.75 },
    examples: {
      match: ['My UTR is 12345 67890, self assessment is due.', 'HMRC reference (UTR) 8204917365'],
      noMatch: ['UTR 00000 00000 is a placeholder.', 'Order 8204917365 has shipped.'],
    },
  },
  {
    id: 'pii/gb/vehicle-registration',
    category: 'pii',
    kind: 'vehicle_registration',
    pattern: /(?<![\w-])([A-Z]{2}\d{2}[ -]?[A-Z]{3}|[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-Z])(?![\w-])/g,
    // 'reg' alone is in 'regex' and 'region', 'mot' in 'remote'
    keywords: [
      'registration', 'reg ', 'reg:', 'reg.', 'reg no', 'number plate', 'numberplate', 'licence plate', 'license plate', 'plate', 'vehicle',
      'vrm', 'vrn', 'dvla', 'car reg', 'my car', 'the car', 'van reg', ' mot ', 'mot:', 'mot due',
    ],
    validate: ukRegistrationValid,
    context: { words: VEHICLE_WORDS, required: true, before: 40, after: 20 },
    confidence: { base: 0.65, withContext: 0.65 },
    examples: {
      match: ['My car reg is AB51 ABC and the MOT is due.', 'Vehicle registration LN14 HGT was seen at the gate.'],
      noMatch: ['Vehicle reg AB00 ABC cannot be issued.', 'Number plate IB51 ABC uses a forbidden first letter.', 'Model AB51 ABC is in stock.'],
    },
  },
];
