import { auAbn, auAcn, auMedicare, auTfn } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

// Digit groups must not continue another digit group: "51 824 753 556" is not the TFN "824 753 556".
const PRE = String.raw`(?<![A-Za-z0-9_.+\/-]|\d[ ])`;
const POST = String.raw`(?![A-Za-z0-9_]|[ .\/-]\d)`;
const TFN_CONTEXT = ['tfn', 'tax file number', 'tax file no', 'ato'];
const ABN_CONTEXT = ['abn', 'australian business number', 'business number'];
const ACN_CONTEXT = ['acn', 'australian company number', 'company number', 'asic'];
const MEDICARE_CONTEXT = ['medicare', 'medicare card', 'medicare number', 'irn'];

export const detectors: Detector[] = [
  {
    id: 'pii/au/tfn',
    category: 'pii',
    kind: 'au_tfn',
    // Tax file number in its printed layout NNN NNN NNN; mod-11 weights 1,4,3,7,5,8,6,9,10.
    pattern: new RegExp(`${PRE}(\\d{3} \\d{3} \\d{3})${POST}`, 'g'),
    keywords: [],
    minDigits: 9,
    validate: auTfn,
    context: { words: TFN_CONTEXT },
    confidence: { base: 0.6, withContext: 0.95 },
    examples: {
      match: ['My TFN is 669 926 183, can you fill in the form?', 'tax file number: 336 183 265'],
      noMatch: ['TFN 669 926 184', 'call 669 926 1834 now'],
    },
  },
  {
    id: 'pii/au/tfn-bare',
    category: 'pii',
    kind: 'au_tfn',
    // Bare 8–9 digits pass the check 1 in 11 times: only beside the words.
    pattern: new RegExp(`${PRE}(\\d{8,9}|\\d{3}-\\d{3}-\\d{2,3})${POST}`, 'g'),
    keywords: ['tfn', 'tax file'],
    validate: auTfn,
    context: { words: TFN_CONTEXT, required: true },
    confidence: { base: 0.85, withContext: 0.95 },
    examples: {
      match: ['TFN: 016825216', 'my tax file number is 669-926-183'],
      noMatch: ['TFN: 016825217', 'TFN: 6699261834'],
    },
  },
  {
    id: 'pii/au/abn',
    category: 'pii',
    kind: 'au_abn',
    // Business number, printed NN NNN NNN NNN; mod-89 check.
    pattern: new RegExp(`${PRE}(\\d{2} \\d{3} \\d{3} \\d{3})${POST}`, 'g'),
    keywords: [],
    minDigits: 11,
    validate: auAbn,
    context: { words: ABN_CONTEXT },
    confidence: { base: 0.6, withContext: 0.85 },
    examples: {
      match: ['Supplier ABN 96 658 657 513', 'Invoice from 21 858 891 919 (Sydney office)'],
      noMatch: ['ABN 96 658 657 514', 'ABN 00 000 000 000'],
    },
  },
  {
    id: 'pii/au/abn-bare',
    category: 'pii',
    kind: 'au_abn',
    // Eleven bare digits pass the mod-89 check about 1 in 89 times (none in the benign corpus), so a valid
    // one fires alone at low confidence. Round numbers (10000000000, 10000000145) are not ABNs.
    pattern: new RegExp(`${PRE}(\\d{11})${POST}`, 'g'),
    keywords: [],
    minDigits: 11,
    validate: auAbn,
    ignore: [/0{6}/],
    context: { words: ABN_CONTEXT },
    confidence: { base: 0.4, withContext: 0.85 },
    examples: {
      match: ['ABN: 19131970483', 'our abn is 96658657513', 'Supplier 96658657513, Sydney'],
      noMatch: ['ABN: 19131970484', 'ABN: 1913197048'],
    },
  },
  {
    id: 'pii/au/acn',
    category: 'pii',
    kind: 'au_acn',
    // Company number NNN NNN NNN; check digit from weights 8…1.
    pattern: new RegExp(`${PRE}(\\d{3} \\d{3} \\d{3})${POST}`, 'g'),
    keywords: [],
    minDigits: 9,
    validate: auAcn,
    context: { words: ACN_CONTEXT },
    confidence: { base: 0.55, withContext: 0.85 },
    examples: {
      match: ['Pty Ltd, ACN 119 947 689', 'registered company 663 713 997'],
      noMatch: ['ACN 119 947 680', 'ACN 119 947 6899'],
    },
  },
  {
    id: 'pii/au/acn-bare',
    category: 'pii',
    kind: 'au_acn',
    pattern: new RegExp(`${PRE}(\\d{9})${POST}`, 'g'),
    keywords: ['acn', 'company number'],
    validate: auAcn,
    context: { words: ACN_CONTEXT, required: true },
    confidence: { base: 0.55, withContext: 0.85 },
    examples: {
      match: ['ACN: 213563681', 'acn 119947689 (Pty Ltd)'],
      noMatch: ['ACN: 213563682', 'ACN: 2135636810'],
    },
  },
  {
    id: 'pii/au/medicare',
    category: 'pii',
    kind: 'au_medicare',
    // Card number NNNN NNNNN N (+ optional IRN digit), first digit 2–6, weighted mod-10 check.
    pattern: new RegExp(`${PRE}([2-6]\\d{3} \\d{5} \\d(?:[ -]?\\d)?)${POST}`, 'g'),
    keywords: [],
    minDigits: 10,
    validate: auMedicare,
    context: { words: MEDICARE_CONTEXT },
    confidence: { base: 0.7, withContext: 0.95 },
    examples: {
      match: ['Medicare card 5864 19430 1, IRN 2', 'patient 2279 56728 1 booked for Tuesday'],
      noMatch: ['Medicare 5864 19431 1', 'Medicare 1864 19430 1'],
    },
  },
  {
    id: 'pii/au/medicare-bare',
    category: 'pii',
    kind: 'au_medicare',
    pattern: new RegExp(`${PRE}([2-6]\\d{9,10})${POST}`, 'g'),
    keywords: ['medicare'],
    validate: auMedicare,
    context: { words: MEDICARE_CONTEXT, required: true },
    confidence: { base: 0.7, withContext: 0.95 },
    examples: {
      match: ['Medicare number: 6540253611', 'medicare 58641943012'],
      noMatch: ['Medicare number: 6540253621', 'Medicare number: 654025361'],
    },
  },
];
