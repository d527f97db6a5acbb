import { abaValid, IBAN_LENGTHS, ibanValid } from '../../checksums/banking.ts';
import { allSameDigit, digitsOf } from '../../checksums/digits.ts';
import type { Detector } from '../../engine/types.ts';

/**
 * IBAN: one alternative per total length, listing the countries of that length, so the match stops exactly
 * where that country's IBAN ends (compact, or grouped by 4 with one space or dash).
 */
function ibanPattern(): RegExp {
  const byLength = new Map<number, string[]>();
  for (const [cc, len] of Object.entries(IBAN_LENGTHS)) byLength.set(len, [...(byLength.get(len) ?? []), cc]);
  const branches = [...byLength.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([len, ccs]) => {
      const bban = len - 4;
      const groups = Math.floor(bban / 4);
      const rest = bban % 4;
      const grouped = `(?:[ -]?[A-Z0-9]{4}){${groups}}${rest ? `(?:[ -]?[A-Z0-9]{${rest}})` : ''}`;
      return `(?:${ccs.sort().join('|')})\\d{2}${grouped}`;
    });
  return new RegExp(`(?<![A-Za-z0-9])(?:${branches.join('|')})(?![A-Za-z0-9])`, 'g');
}

/** ISO 3166 codes allowed in position 5–6 of a BIC: IBAN countries plus the main non-IBAN banking centres. */
const BIC_COUNTRIES = new Set([
  ...Object.keys(IBAN_LENGTHS),
  ...('US CA AU NZ JP CN HK SG IN KR MX AR CL CO PE VE ZA NG KE GH MA TH MY ID PH VN TW BD LK NP AF UZ TJ KG TM ' +
    'AM BO PY UY EC PA HT JM TT BS BB BM KY BZ HN ET TZ UG RW ZM ZW BW NA MW SZ LS SL LR GM GN CD SS ER SY ' +
    'MM KH LA MO BN MV BT PG FJ WS TO VU SB').split(' '),
]);

export const detectors: Detector[] = [
  {
    id: 'financial/banking/iban',
    category: 'financial',
    kind: 'iban',
    pattern: ibanPattern(),
    keywords: [],
    minDigits: 8,
    validate: ibanValid,
    context: { words: ['iban', 'bank', 'account', 'transfer', 'konto', 'virement', 'cuenta', 'rekening', 'conto'] },
    ignore: [/^DE89 ?3704 ?0044 ?0532 ?0130 ?00$/, /^GB82 ?WEST ?1234 ?5698 ?7654 ?32$/, /^GB29 ?NWBK ?6016 ?1331 ?9268 ?19$/],
    confidence: { base: 0.9, withContext: 1 },
    examples: {
      match: [
        'Please wire the deposit to DE75 5121 0800 1245 1261 99 by Friday.',
        'My IBAN is FR7630006000011234567890189, the account is in my name.',
        'Beneficiary: NL02ABNA0123456789 (ABN AMRO)',
        'Refund to GB33BUKB20201555555555 please.',
      ],
      noMatch: [
        'The IBAN DE75 5121 0800 1245 1261 98 has a wrong check digit.',
        'Use the documented sample DE89 3704 0044 0532 0130 00 in the tests.',
        'The IBAN field accepts up to 34 characters such as DE00 0000 0000 0000 0000 00.',
        'Reference NL02ABNA012345678 is one digit short.',
      ],
    },
  },
  {
    id: 'financial/banking/aba-routing-layout',
    category: 'financial',
    kind: 'aba_routing',
    // The check-printed 4-4-1 layout.
    pattern: /(?<![\w-])(\d{4}-\d{4}-\d)(?![\w-])/g,
    keywords: [],
    minDigits: 9,
    validate: abaValid,
    context: { words: ['aba', 'routing', 'rtn', 'transit', 'bank', 'wire', 'ach'] },
    confidence: { base: 0.6, withContext: 0.9 },
    examples: {
      match: ['Routing 0260-0959-3 for the domestic wire.', 'The check shows 1210-4288-2 at the bottom left.'],
      noMatch: ['Routing 0260-0959-4 does not check out.', 'Part number 1234-5678-9 is out of stock.'],
    },
  },
  {
    id: 'financial/banking/aba-routing',
    category: 'financial',
    kind: 'aba_routing',
    pattern: /(?<![\w-])(\d{9})(?![\w-])/g,
    // 'ach' and 'aba' are in 'each' and 'database': the 9-digit run selects far fewer texts
    keywords: [],
    minDigits: 9,
    validate: abaValid,
    context: { words: ['aba', 'routing', 'rtn', 'transit number', 'ach', 'wire'], required: true },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: ['ABA routing number 026009593, account 4401 2289 77.', 'Set up ACH with routing 121042882 please.'],
      noMatch: ['Routing number 026009594 looks mistyped.', 'The invoice total was 026009593 cents (no bank words).'],
    },
  },
  {
    id: 'financial/banking/us-account',
    category: 'financial',
    kind: 'bank_account',
    pattern: /(?<![\w-])(\d{8,17}|\d{4}[ -]\d{4}[ -]\d{2,6})(?![\w-])/g,
    keywords: ['account', 'acct', 'a/c', 'checking', 'savings', 'konto', 'kontonummer'],
    // not a placeholder, and not a yyyymmdd… timestamp
    validate: (v) => !allSameDigit(v) && !/^0?12345678/.test(digitsOf(v)) && !/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{0,9}$/.test(v),
    context: {
      words: ['account number', 'account no', 'account #', 'acct', 'a/c', 'bank account', 'checking account', 'savings account', 'checking', 'savings', 'kontonummer', 'account'],
      required: true,
      before: 40,
      after: 10,
    },
    confidence: { base: 0.65, withContext: 0.65 },
    examples: {
      match: ['My checking account number is 4401228977, routing 026009593.', 'Deposit into acct 000123456781 at Chase.'],
      noMatch: ['My account has 3 users and costs 1200 per year.', 'Account number: 00000000 (placeholder)'],
    },
  },
  {
    id: 'financial/banking/uk-sort-code',
    category: 'financial',
    kind: 'uk_sort_code',
    pattern: /(?<![\w-])(\d{2}-\d{2}-\d{2}|\d{2} \d{2} \d{2})(?![\w-]|[ -]\d{2}\b)/g,
    keywords: ['sort code', 'sort-code', 'sortcode'],
    validate: (v) => !allSameDigit(v),
    context: { words: ['sort code', 'sort-code', 'sortcode'], required: true },
    confidence: { base: 0.8, withContext: 0.8 },
    examples: {
      match: ['Sort code 20-45-77, account 41234567 (Barclays).', 'Pay to sort-code 40 11 62 account number 71584685.'],
      noMatch: ['The sort code field is 00-00-00 by default.', 'The meeting is on 12-05-24 at noon.'],
    },
  },
  {
    id: 'financial/banking/swift-bic',
    category: 'financial',
    kind: 'swift_bic',
    pattern: /(?<![A-Za-z0-9])([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![A-Za-z0-9])/g,
    keywords: ['swift', 'bic'],
    validate: (v) => BIC_COUNTRIES.has(v.slice(4, 6)) && !/^(?:SWIFT|BIC)/.test(v) && v[6] !== '0' && v[6] !== '1',
    context: { words: ['swift', 'bic', 'swift code', 'bic code', 'swift/bic', 'bic/swift'], required: true },
    confidence: { base: 0.8, withContext: 0.8 },
    examples: {
      match: ['SWIFT: COBADEFFXXX, IBAN to follow.', 'Our BIC is NWBKGB2L for incoming transfers.'],
      noMatch: ['SWIFT: COBAQQFF is not a real country code.', 'DEUTDEFF appears here without any banking word.'],
    },
  },
  {
    id: 'financial/banking/swift-mt-message',
    category: 'financial',
    kind: 'swift_message',
    // Basic header block {1:F01<12-char LT address><4-digit session><6-digit sequence>}.
    pattern: /\{1:[FAL]0[1-9][A-Z0-9]{12}\d{10}\}(?:\{2:[IO]\d{3}[A-Z0-9]{0,40}\})?/g,
    keywords: ['{1:f01', '{1:a01', '{1:l01'],
    confidence: { base: 0.95 },
    examples: {
      match: [
        'Why does this fail? {1:F01COBADEFFAXXX0123456789}{2:I103NWBKGB2LXXXXN}{4:\n:20:REF123\n-}',
        'Message header {1:F01NWBKGB2LAXXX5555123456} was rejected.',
      ],
      noMatch: ['The header block starts with {1:F01 followed by the address.', '{1:F01COBADEFF} is truncated.'],
    },
  },
];
