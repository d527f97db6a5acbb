import { krBrn, krChecksum, krDate } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

const PRE = String.raw`(?<![A-Za-z0-9_.\/+-]|\d[ ])`;
const POST = String.raw`(?![A-Za-z0-9_]|[ .\/-]\d)`;
// Korean words are followed by particles (는, 가, 을, …) with no space, so common inflections are listed.
const RRN_CONTEXT = ['rrn', 'resident registration', '주민등록번호', '주민번호', '주민등록번호는', '주민등록번호가', '주민등록번호를', '주민번호는', '주민등록'];
const FRN_CONTEXT = ['frn', 'foreigner registration', 'alien registration', '외국인등록번호', '외국인번호', '외국인등록번호는', '외국인등록'];
const BRN_CONTEXT = ['brn', 'business registration', '사업자등록번호', '사업자번호', '사업자등록번호는', '사업자'];
const DL_CONTEXT = ['driver', 'driving', 'license', 'licence', '운전면허', '면허번호', '운전면허번호', '면허'];
const PASSPORT_CONTEXT = ['passport', '여권', '여권번호', '여권번호는', '여권번호:', '여권번호가'];

const rrnDate = (v: string): boolean => krDate(v);
const rrnChecked = (v: string): boolean => krDate(v) && krChecksum(v);
const frnChecked = (v: string): boolean => krDate(v) && krChecksum(v, true);

export const detectors: Detector[] = [
  {
    id: 'pii/kr/rrn',
    category: 'pii',
    kind: 'kr_rrn',
    // YYMMDD-SNNNNNN, S = 1–4 (century and sex). Numbers issued since October 2020 have random last
    // digits, so with the dash the date is the check.
    pattern: new RegExp(`${PRE}(\\d{6}-[1-4]\\d{6})${POST}`, 'g'),
    keywords: [],
    minDigits: 13,
    validate: rrnDate,
    context: { words: RRN_CONTEXT },
    confidence: { base: 0.85, withContext: 1 },
    examples: {
      match: ['주민등록번호: 890611-1641737', 'RRN 810816-1338233 on the form'],
      noMatch: ['RRN 891311-1641737 (month 13)', 'ref 890611-5641737 is not an RRN'],
    },
  },
  {
    id: 'pii/kr/rrn-bare',
    category: 'pii',
    kind: 'kr_rrn',
    // Thirteen bare digits: date plus the pre-2020 check digit.
    pattern: new RegExp(`${PRE}(\\d{6}[1-4]\\d{6})${POST}`, 'g'),
    keywords: [],
    minDigits: 13,
    validate: rrnChecked,
    context: { words: RRN_CONTEXT },
    confidence: { base: 0.7, withContext: 0.95 },
    examples: {
      match: ['resident registration 8906111641737', 'id=8001112736849'],
      noMatch: ['8906111641738', '8913111641737'],
    },
  },
  {
    id: 'pii/kr/rrn-context',
    category: 'pii',
    kind: 'kr_rrn',
    // Bare digits with a valid date but no check digit (issued since 2020): only beside the words.
    pattern: new RegExp(`${PRE}(\\d{6}[1-4]\\d{6})${POST}`, 'g'),
    keywords: ['rrn', 'resident registration', '주민'],
    validate: rrnDate,
    context: { words: RRN_CONTEXT, required: true },
    confidence: { base: 0.8, withContext: 0.9 },
    examples: {
      match: ['주민번호: 8906111641738', 'His RRN is 2105033123456'],
      noMatch: ['His RRN is 8913111641738', 'RRN: 890611164173'],
    },
  },
  {
    id: 'pii/kr/frn',
    category: 'pii',
    kind: 'kr_frn',
    // Foreigner registration number: as the RRN with S = 5–8.
    pattern: new RegExp(`${PRE}(\\d{6}-[5-8]\\d{6})${POST}`, 'g'),
    keywords: [],
    minDigits: 13,
    validate: rrnDate,
    context: { words: FRN_CONTEXT },
    confidence: { base: 0.85, withContext: 1 },
    examples: {
      match: ['외국인등록번호: 870210-5309927', 'FRN 820417-6604753'],
      noMatch: ['FRN 870230-5309927 (no such date)', 'FRN 870210+5309927'],
    },
  },
  {
    id: 'pii/kr/frn-bare',
    category: 'pii',
    kind: 'kr_frn',
    pattern: new RegExp(`${PRE}(\\d{6}[5-8]\\d{6})${POST}`, 'g'),
    keywords: [],
    minDigits: 13,
    validate: frnChecked,
    context: { words: FRN_CONTEXT },
    confidence: { base: 0.7, withContext: 0.95 },
    examples: {
      match: ['foreigner registration 8702105309927', 'no. 8202186889126'],
      noMatch: ['8702105309928', '8702305309927'],
    },
  },
  {
    id: 'pii/kr/frn-context',
    category: 'pii',
    kind: 'kr_frn',
    pattern: new RegExp(`${PRE}(\\d{6}[5-8]\\d{6})${POST}`, 'g'),
    keywords: ['frn', 'foreigner registration', 'alien registration', '외국인'],
    validate: rrnDate,
    context: { words: FRN_CONTEXT, required: true },
    confidence: { base: 0.8, withContext: 0.9 },
    examples: {
      match: ['His FRN is 8702105309928', '외국인등록번호: 2203057123456'],
      noMatch: ['His FRN is 8702305309928', 'FRN: 870210530992'],
    },
  },
  {
    id: 'pii/kr/brn',
    category: 'pii',
    kind: 'kr_brn',
    // Business registration number NNN-NN-NNNNN with a weighted mod-10 check digit.
    pattern: new RegExp(`${PRE}(\\d{3}-\\d{2}-\\d{5})${POST}`, 'g'),
    keywords: [],
    minDigits: 10,
    validate: krBrn,
    context: { words: BRN_CONTEXT },
    confidence: { base: 0.6, withContext: 0.85 },
    examples: {
      match: ['사업자등록번호: 730-87-65779', 'Supplier 872-01-79312 (Seoul)'],
      noMatch: ['BRN 730-87-65770', 'BRN 730-87-6577'],
    },
  },
  {
    id: 'pii/kr/brn-bare',
    category: 'pii',
    kind: 'kr_brn',
    pattern: new RegExp(`${PRE}(\\d{10})${POST}`, 'g'),
    keywords: ['brn', 'business registration', '사업자'],
    validate: krBrn,
    context: { words: BRN_CONTEXT, required: true },
    confidence: { base: 0.6, withContext: 0.85 },
    examples: {
      match: ['My BRN is 8416562444', '사업자번호 7308765779'],
      noMatch: ['My BRN is 8416562445', 'BRN: 841656244'],
    },
  },
  {
    id: 'pii/kr/driver-license',
    category: 'pii',
    kind: 'kr_driver_license',
    // Region code (11–28) + year + 6-digit serial + 2 check digits, printed with dashes or spaces.
    pattern: new RegExp(`${PRE}((?:1[1-9]|2[0-8])(?:-\\d{2}-\\d{6}-\\d{2}| \\d{2} \\d{6} \\d{2}))${POST}`, 'g'),
    keywords: [],
    // The groups are joined by single separators, so the whole number is one 12-digit run.
    minDigits: 12,
    context: { words: DL_CONTEXT },
    confidence: { base: 0.6, withContext: 0.9 },
    examples: {
      match: ['운전면허번호: 12-19-384756-31', 'licence 21 08 556677 42'],
      noMatch: ['licence 99-19-384756-31', 'licence 12-19-38475-31'],
    },
  },
  {
    id: 'pii/kr/driver-license-bare',
    category: 'pii',
    kind: 'kr_driver_license',
    pattern: new RegExp(`${PRE}((?:1[1-9]|2[0-8])\\d{10})${POST}`, 'g'),
    // Not the bare 'license' (software licences): the phrases a driving licence number follows.
    keywords: ['driver', 'driving', 'license no', 'licence no', 'license number', 'licence number', 'license:', 'licence:', 'license is', 'licence is', '면허'],
    context: { words: DL_CONTEXT, required: true },
    confidence: { base: 0.55, withContext: 0.8 },
    examples: {
      match: ['운전면허 121938475631', 'driver license no 210855667742'],
      noMatch: ['driver license no 991938475631', 'driver license no 12193847563'],
    },
  },
  {
    id: 'pii/kr/passport',
    category: 'pii',
    kind: 'kr_passport',
    // Passports since 2021: type letter + 3 digits + letter + 4 digits (M123A4567).
    pattern: /\b([MSRODGmsrodg]\d{3}[A-Za-z]\d{4})\b/g,
    keywords: [],
    minDigits: 4,
    context: { words: PASSPORT_CONTEXT },
    confidence: { base: 0.6, withContext: 0.9 },
    examples: {
      match: ['여권번호: M483K2917', 'passport s902q1175 expires 2031'],
      noMatch: ['code A483K2917', 'M483K291 is too short'],
    },
  },
  {
    id: 'pii/kr/passport-old',
    category: 'pii',
    kind: 'kr_passport',
    // Older passports: type letter + 8 digits. The shape is rare in ordinary text (none in the benign and
    // business corpora), so it fires alone at low confidence; the word raises it.
    pattern: /\b([MSRODGmsrodg]\d{8})\b/g,
    keywords: [],
    minDigits: 8,
    context: { words: PASSPORT_CONTEXT },
    confidence: { base: 0.35, withContext: 0.8 },
    examples: {
      match: ['old passport M48329170', '대한민국 여권 S90211754', 'copy of M48329170 attached'],
      noMatch: ['old passport M4832917', 'old passport A48329170'],
    },
  },
];
