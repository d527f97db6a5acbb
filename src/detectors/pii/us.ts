import { deaValid, einValid, itinValid, mbiValid, npiValid, ssnValid } from '../../checksums/banking.ts';
import { allSameDigit } from '../../checksums/digits.ts';
import type { Detector } from '../../engine/types.ts';

const SSN_WORDS = ['ssn', 'ssns', 'social security', 'social security number', 'soc sec', 'ss#', 'ss no'];
const ITIN_WORDS = ['itin', 'taxpayer', 'tin', 'tax id', 'taxpayer identification'];
const NPI_WORDS = ['npi', 'national provider', 'provider id', 'provider identifier', 'provider number', 'provider'];
const US_DL_WORDS = [
  'driver license', "driver's license", 'drivers license', "driver's licence", 'driver licence', 'dl', 'dl#', 'dl no',
  'dmv', 'state id',
];

const MBI_KEYWORDS = [
  'medicare', 'medicaid', 'mbi ', 'mbi:', 'mbi#', 'mbi=', 'mbi)', 'mbi,', 'mbi.', 'beneficiary', 'cms', 'hicn', 'patient', 'member id',
  'insurance', 'insured', 'health plan', 'enrollee',
];

export const detectors: Detector[] = [
  {
    id: 'pii/us/ssn',
    category: 'pii',
    kind: 'us_ssn',
    // 3-2-4 with one consistent separator: the canonical layout fires alone.
    pattern: /(?<![\w.-])(\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{3}\.\d{2}\.\d{4})(?![\w-]|\.\d)/g,
    keywords: [],
    minDigits: 9,
    validate: ssnValid,
    context: { words: SSN_WORDS },
    confidence: { base: 0.6, withContext: 0.95 },
    examples: {
      match: ['Employee SSN: 536-90-4399, start date Monday.', 'Her social security number is 372 18 6104.'],
      noMatch: ['SSN 078-05-1120 is the famous Woolworth card.', 'Invalid SSN 666-12-3456 (area 666).', 'SSN 900-12-3456 is not issued.'],
    },
  },
  {
    id: 'pii/us/ssn-bare',
    category: 'pii',
    kind: 'us_ssn',
    pattern: /(?<![\w.-])(\d{9}|\d{3}-\d{6})(?![\w-]|\.\d)/g,
    keywords: SSN_WORDS,
    validate: ssnValid,
    context: { words: SSN_WORDS, required: true },
    confidence: { base: 0.9, withContext: 0.9 },
    examples: {
      match: ['SSN 536904399 on the W-2 form.', 'My social security number is 372186104.'],
      noMatch: ['SSN 000123456 cannot exist.', 'The total was 536904399 without any identifier word.'],
    },
  },
  {
    id: 'pii/us/itin',
    category: 'pii',
    kind: 'us_itin',
    pattern: /(?<![\w.-])(9\d{2}(?:-\d{2}-\d{4}| \d{2} \d{4}|-\d{6}))(?![\w-]|\.\d)/g,
    keywords: [],
    minDigits: 9,
    validate: (v) => itinValid(v) && !allSameDigit(v.slice(5)),
    context: { words: ITIN_WORDS },
    confidence: { base: 0.5, withContext: 0.9 },
    examples: {
      match: ['ITIN 912-78-4410 for the non-resident filer.', 'The form lists 931-52-7781 as the taxpayer number.'],
      noMatch: ['ITIN 912-89-4410 has an unassigned group.', 'Number 812-78-4410 does not start with 9.'],
    },
  },
  {
    id: 'pii/us/itin-bare',
    category: 'pii',
    kind: 'us_itin',
    pattern: /(?<![\w.-])(9\d{8})(?![\w-]|\.\d)/g,
    // 'itin' is in 'writing' and 'waiting': the 9-digit run selects far fewer texts
    keywords: [],
    minDigits: 9,
    validate: itinValid,
    context: { words: ITIN_WORDS, required: true },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: ['ITIN: 912784410', 'taxpayer identification number 931527781 (ITIN)'],
      noMatch: ['ITIN: 912894410', 'Order 912784410 shipped today.'],
    },
  },
  {
    id: 'pii/us/npi',
    category: 'pii',
    kind: 'us_npi',
    pattern: /(?<![\w.-])([12]\d{9}|[12]\d{3}[ -]\d{3}[ -]\d{3})(?![\w-]|\.\d)/g,
    keywords: NPI_WORDS,
    validate: npiValid,
    context: { words: NPI_WORDS, required: true },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: ['Referring physician NPI 1245319599, please verify.', 'Provider identifier: 1003000126'],
      noMatch: ['NPI 1245319598 fails the check digit.', 'Timestamp 1245319599 from the log.'],
    },
  },
  {
    id: 'pii/us/npi-layout',
    category: 'pii',
    kind: 'us_npi',
    // 4-3-3 groups starting with 1 or 2 and passing the NPI check: found in none of the benign, code, health,
    // financial or confidential corpora, so it fires alone (low confidence without a provider word).
    pattern: /(?<![\w.-])([12]\d{3}-\d{3}-\d{3}|[12]\d{3} \d{3} \d{3})(?![\w-]|[ .-]\d)/g,
    keywords: [],
    minDigits: 10,
    validate: npiValid,
    context: { words: NPI_WORDS },
    confidence: { base: 0.45, withContext: 0.85 },
    examples: {
      match: ['Rendering provider 1245-319-599 on the claim.', 'Please bill under 1003 000 126.'],
      noMatch: ['Rendering provider 1245-319-598 on the claim.', 'Part 3245-319-599 starts with 3.'],
    },
  },
  {
    id: 'pii/us/mbi',
    category: 'pii',
    kind: 'us_mbi',
    pattern:
      /(?<![\w-])([1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2})(?![\w-])/gi,
    // minDigits would be 2 (a third of all prompts): runs only where Medicare, claims or patients are mentioned
    keywords: MBI_KEYWORDS,
    validate: (v) => mbiValid(v) && (v.includes('-') || /[a-z]/i.test(v.slice(1, 3))),
    context: { words: ['medicare', 'mbi', 'beneficiary', 'cms'] },
    confidence: { base: 0.75, withContext: 0.95 },
    examples: {
      match: ['Medicare number 1EG4-TE5-MK73 on the claim.', 'MBI 5KW8CH3QR62 for the patient.'],
      noMatch: ['Code 1SG4-TE5-MK73 uses the forbidden letter S.', 'SKU 1EG4TE5MK7 is one character short.'],
    },
  },
  {
    id: 'pii/us/dea',
    category: 'pii',
    kind: 'dea_number',
    pattern: /(?<![\w-])([ABCDEFGHJKLMPRSTUX][A-Z9]\d{7})(?![\w-])/g,
    keywords: [],
    minDigits: 7,
    validate: deaValid,
    context: { words: ['dea', 'dea number', 'dea#', 'prescriber', 'registration', 'certificate', 'license'] },
    confidence: { base: 0.55, withContext: 0.9 },
    examples: {
      match: ['Prescriber DEA number AB1234563, please confirm.', 'DEA: FK4081179 (Dr. Kim)'],
      noMatch: ['DEA: AB1234567 does not pass the checksum.', 'Ticket ZZ1234563 starts with an unused letter.'],
    },
  },
  {
    id: 'pii/us/ein',
    category: 'pii',
    kind: 'us_ein',
    pattern: /(?<![\w.-])(\d{2}-\d{7})(?![\w-]|\.\d)/g,
    // 'ein' and 'tin' are in 'being' and 'setting': the 9-digit run (2 + 7 joined by '-') selects far fewer texts
    keywords: [],
    minDigits: 9,
    validate: einValid,
    context: { words: ['ein', 'employer identification', 'employer identification number', 'fein', 'tax id', 'federal tax', 'employer id', 'tin'], required: true },
    confidence: { base: 0.75, withContext: 0.75 },
    examples: {
      match: ['Our EIN is 84-3027719 for the W-9.', 'Federal tax ID 27-1048862 (LLC).'],
      noMatch: ['EIN 07-3027719 uses an unassigned prefix.', 'Reference 84-3027719 without any tax words.'],
    },
  },
  {
    id: 'pii/us/passport',
    category: 'pii',
    kind: 'passport_number',
    pattern: /(?<![\w-])(\d{9}|[A-Z]\d{8})(?![\w-])/g,
    keywords: ['passport', 'travel document'],
    validate: (v) => !allSameDigit(v) && !/^(?:0{3}|123456789)/.test(v),
    context: { words: ['passport', 'passport number', 'passport no', 'passport #', 'us passport', 'travel document'], required: true, before: 40, after: 10 },
    confidence: { base: 0.75, withContext: 0.75 },
    examples: {
      match: ['US passport number 571938264, expires 2031.', 'my travel document is A47291836'],
      noMatch: ['Passport fees went up by 000000000 percent.', 'Shipment 571938264 left the warehouse.'],
    },
  },
  {
    id: 'pii/us/driver-license',
    category: 'pii',
    kind: 'driving_licence',
    // Common state layouts: letter + 4–14 digits, 7–13 digits, or Florida/Wisconsin style dashed groups.
    pattern: /(?<![\w-])([A-Z]{1,2}\d{4,14}|\d{7,13}|[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d|[A-Z]\d{3}-\d{4}-\d{4}-\d{2})(?![\w-])/g,
    keywords: US_DL_WORDS.filter((w) => w.length > 2),
    validate: (v) => !allSameDigit(v) && !/^(?:0123|1234)/.test(v.replace(/^[A-Z]+/, '')),
    context: { words: US_DL_WORDS, required: true, before: 40, after: 10 },
    confidence: { base: 0.75, withContext: 0.75 },
    examples: {
      match: ['California driver license D7043318, exp 2027.', 'DL# S530-417-82-190-0 (Florida).'],
      noMatch: ['Driver license renewal takes 10 days.', 'My DMV appointment is at 1400 on Monday.'],
    },
  },
];
