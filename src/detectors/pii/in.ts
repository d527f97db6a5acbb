import { verhoeff } from '../../checksums/digits.ts';
import { gstin, isPalindrome } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

const AADHAAR_CONTEXT = ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid', 'आधार', 'enrolment'];
const PAN_CONTEXT = ['pan', 'pan card', 'permanent account number', 'income tax', 'पैन'];
const GST_CONTEXT = ['gstin', 'gst', 'gst number', 'goods and services tax', 'tax registration'];
const aadhaar = (v: string): boolean => verhoeff(v) && !isPalindrome(v);
/** State codes of GSTINs: 01–37, 97 (other territory) and 99 (centre jurisdiction). */
const GSTIN_STATE = '(?:0[1-9]|[12]\\d|3[0-7]|97|99)';
/** PAN (10) or GSTIN (15); one pattern, so the four PAN / GSTIN detectors cost one scan of the text. */
const PAN_OR_GSTIN = /\b(\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z]|[A-Z]{5}\d{4}[A-Z])\b/g;
const PAN_HOLDER = /^[A-Z]{3}[ABCFGHJLPT]/;
const GSTIN_SHAPE = new RegExp(`^${GSTIN_STATE}[A-Z]{5}\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$`);
/** Indian RTO state / union-territory codes used on registration plates. */
const IN_STATES =
  'AN|AP|AR|AS|BH|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TG|TN|TR|TS|UA|UK|UP|WB';
/** Prefixes of ticket, record and document numbers that share the EPIC shape (3 letters + 7 digits). */
const NOT_EPIC =
  /^(?:inc|chg|prb|req|rit|tsk|tkt|prj|ctk|stk|sct|str|def|enh|bug|iss|sku|ord|inv|pur|sal|cas|acc|act|cus|cli|emp|usr|doc|ref|txn|trx|img|dsc|pic|vid|sha|md5|crc|abc|xyz|xxx|id[a-z]|no[a-z]|num|key|err|log|rev|ver|bld|job|run|rec|cve|awb|box|lot|bat|pkg|shp|dlv|rma|tic|ast|asn|svc|srv|wo[a-z]|kb[a-z]|sr[a-z]|cr[a-z])/i;

export const detectors: Detector[] = [
  {
    id: 'pii/in/aadhaar',
    category: 'pii',
    kind: 'in_aadhaar',
    // 12 digits, first 2–9, grouped 4-4-4 (space or dash); Verhoeff check, palindromes rejected. The digit
    // is matched before the lookbehinds so V8 can skip ahead to digits.
    pattern: /([2-9](?<![A-Za-z0-9_.:+\/-][2-9])(?<!\d [2-9])\d{3}(?: \d{4} \d{4}|-\d{4}-\d{4}))(?![A-Za-z0-9_]|[ .:\/-]\d)/g,
    keywords: [],
    minDigits: 12,
    validate: aadhaar,
    context: { words: AADHAAR_CONTEXT },
    confidence: { base: 0.7, withContext: 0.95 },
    examples: {
      match: ['My Aadhaar is 5662 1602 7744, please update the KYC', 'id 4522-8250-8645 on file'],
      noMatch: ['Aadhaar 5662 1602 7745 (wrong check digit)', 'order 1662 1602 7744 shipped'],
    },
  },
  {
    id: 'pii/in/aadhaar-bare',
    category: 'pii',
    kind: 'in_aadhaar',
    // Twelve bare digits pass Verhoeff 1 in 10 times (filing numbers, timestamps, contract numbers in the
    // corpora): only beside the words. Also the rare colon-grouped form.
    pattern: /([2-9](?<![A-Za-z0-9_.:+\/-][2-9])(?<!\d [2-9])(?:\d{11}|\d{3}:\d{4}:\d{4}))(?![A-Za-z0-9_]|[ .:\/-]\d)/g,
    // Not the bare 'uid' ("guide", "fluid"): it is still a context word.
    keywords: ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid no', 'uid number', 'uid:', 'आधार'],
    validate: aadhaar,
    context: { words: AADHAAR_CONTEXT, required: true },
    confidence: { base: 0.85, withContext: 0.95 },
    examples: {
      match: ['My Aadhaar number is 452282508645 for the KYC', 'uid: 382247304190', 'Aadhaar 4522:8250:8645'],
      noMatch: ['Aadhaar 452282508646', 'Aadhaar 123456654321'],
    },
  },
  {
    id: 'pii/in/pan',
    category: 'pii',
    kind: 'in_pan',
    // 5 letters + 4 digits + letter; the 4th letter is the holder type (P person, C company, H HUF, F firm, …).
    // The pattern is shared with the GSTIN detectors (a GSTIN embeds the holder's PAN), so it runs once.
    pattern: PAN_OR_GSTIN,
    keywords: [],
    minDigits: 4,
    validate: (v) => v.length === 10 && PAN_HOLDER.test(v),
    context: { words: PAN_CONTEXT },
    confidence: { base: 0.7, withContext: 0.95 },
    examples: {
      match: ['PAN: BKRPS4821M for the ITR filing', 'Employee Rahul, pan card AFZPK7190J, joined 2021'],
      noMatch: ['model ABCDE12345 is out of stock', 'PAN BKRPS482M is too short'],
    },
  },
  {
    id: 'pii/in/pan-shape',
    category: 'pii',
    kind: 'in_pan',
    // Upper-case PAN shape with an unknown holder-type letter: weaker, but the shape is rare in prose.
    pattern: PAN_OR_GSTIN,
    keywords: [],
    minDigits: 4,
    validate: (v) => v.length === 10 && !PAN_HOLDER.test(v),
    context: { words: PAN_CONTEXT },
    confidence: { base: 0.4, withContext: 0.85 },
    examples: {
      match: ['PAN: QWERT1234Y', 'reference KLMNO5678Z for the refund'],
      noMatch: ['model QWERT12345 is out of stock', 'qwert1234y in lower case'],
    },
  },
  {
    id: 'pii/in/pan-loose',
    category: 'pii',
    kind: 'in_pan',
    // Lower or mixed case: only beside the word PAN. Keywords are the word with what follows it, since a
    // bare 'pan' is inside "company", "japan", "expand".
    pattern: /\b([A-Za-z]{5}\d{4}[A-Za-z])\b/g,
    keywords: ['pan:', 'pan ', 'pan-', 'pan#', 'pan)', 'pan no', 'permanent account', 'पैन'],
    context: { words: PAN_CONTEXT, required: true },
    confidence: { base: 0.6, withContext: 0.85 },
    examples: {
      match: ['my PAN number is bkrds4821m', 'PAN: QWERT1234Y', 'pan card - afzpk7190j'],
      noMatch: ['The pan was hot. Code QWERT12345 is different', 'QWERT1234Y is a product code'],
    },
  },
  {
    id: 'pii/in/gstin',
    category: 'pii',
    kind: 'in_gstin',
    // State code + PAN + entity number + 'Z' + mod-36 check character: a business identifier.
    pattern: PAN_OR_GSTIN,
    keywords: [],
    minDigits: 4,
    validate: (v) => GSTIN_SHAPE.test(v) && gstin(v),
    context: { words: GST_CONTEXT },
    confidence: { base: 0.9, withContext: 0.95 },
    examples: {
      match: ['Invoice from GSTIN 29HOPPX7922M1ZJ dated 3 March', 'Vendor 29KUNPY7593P1ZO supplies the spare parts'],
      noMatch: ['GSTIN 29HOPPX7922M1ZK has a bad check character', 'GSTIN 38HOPPX7922M1ZJ has no such state'],
    },
  },
  {
    id: 'pii/in/gstin-format',
    category: 'pii',
    kind: 'in_gstin',
    // The structure alone (check character wrong or made up) is still specific: lower confidence.
    pattern: PAN_OR_GSTIN,
    keywords: [],
    minDigits: 4,
    validate: (v) => GSTIN_SHAPE.test(v),
    context: { words: GST_CONTEXT },
    confidence: { base: 0.55, withContext: 0.8 },
    examples: {
      match: ['GSTIN: 27QWERT1234K1Z9', 'Bill to 07ZXCVB5678L2Z3 (Delhi)'],
      noMatch: ['GSTIN 27QWERT1234K1Y9', 'GSTIN 00QWERT1234K1Z9'],
    },
  },
  {
    id: 'pii/in/voter-id',
    category: 'pii',
    kind: 'in_voter_id',
    // EPIC number: 3 letters + 7 digits. The same shape names tickets and records (ServiceNow INC0012345,
    // CHG0047731, RITM…; invoices, orders, SKUs): those prefixes are dropped.
    pattern: /\b([A-Za-z]{3}\d{7})\b/g,
    keywords: [],
    minDigits: 7,
    ignore: [NOT_EPIC],
    context: { words: ['voter', 'epic', 'election commission', 'electoral', 'matdata', 'vote'] },
    confidence: { base: 0.5, withContext: 0.85 },
    examples: {
      match: ['Voter ID: KPQ4417502', 'my epic number is ndw2873641'],
      noMatch: ['Voter ID KPQ441750 (one digit short)', 'ticket KPQ44175021 (too long)', 'Ticket INC0012345 and CHG0047731 are linked'],
    },
  },
  {
    id: 'pii/in/passport',
    category: 'pii',
    kind: 'in_passport',
    // Letter + 7 digits (first and last non-zero). The shape is rare in ordinary text (none in the benign and
    // business corpora), so it fires alone at low confidence; the word raises it.
    pattern: /\b([A-Z][1-9]\d{2} ?\d{3}[1-9])\b/g,
    keywords: [],
    minDigits: 7,
    // Counting digits (M1234567) are placeholders.
    ignore: [/^[A-Z](?:1234567|2345678|3456789)$/],
    context: { words: ['passport', 'passport number', 'passport no', 'पासपोर्ट'] },
    confidence: { base: 0.35, withContext: 0.85 },
    examples: {
      match: ['my passport number is K4817263', 'Passport no: Z2960183, valid till 2031', 'Please attach a copy of K4817263'],
      noMatch: ['passport K0817263', 'passport K481726 (one digit short)', 'passport M1234567'],
    },
  },
  {
    id: 'pii/in/vehicle-registration',
    category: 'pii',
    kind: 'in_vehicle_registration',
    // State code + RTO district (1–2 digits) + series (1–3 letters) + 4 digits: KA 05 MX 4321.
    pattern: new RegExp(`\\b((?:${IN_STATES})[ -]?\\d{1,2}[ -]?[A-Z]{1,3}[ -]?\\d{4})\\b`, 'g'),
    keywords: [],
    minDigits: 4,
    ignore: [/^[A-Z]{2}[ -]?0{1,2}[ -]?[A-Z]{1,3}[ -]?0000$/],
    context: { words: ['vehicle', 'registration', 'number plate', 'rc', 'car', 'bike', 'rto', 'challan'] },
    confidence: { base: 0.55, withContext: 0.8 },
    examples: {
      match: ['car no. MH12DE1433 was parked outside', 'Registration TN 09 BX 7781 expired'],
      noMatch: ['Flight XX12DE1433', 'MH12DE143 is too short', 'plate MH 00 AB 0000'],
    },
  },
];
