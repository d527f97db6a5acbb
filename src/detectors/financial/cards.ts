import { cardValid } from '../../checksums/banking.ts';
import { digitsOf } from '../../checksums/digits.ts';
import type { Detector } from '../../engine/types.ts';

/**
 * Stripe's documented test numbers (the ones its docs tell developers to paste): never live cards. The older
 * generic test PANs (4111…1111 and friends) stay findings: peer suites treat them as card numbers.
 */
const TEST_PANS = new Set([
  '4242424242424242', '4000056655665556', '4000002500003155', '4000002760003184', '4000000000003220',
  '4000000000009995', '4000000000000002', '4000000000000077', '4000000000000341', '4000000000000069',
  '4000000000000127', '4000000000000119', '2223003122003222', '5200828282828210', '5105105105105100',
  '378282246310005', '6011111111111117', '6011000990139424', '3056930009020004', '36227206271667',
  '3566002020360505', '6200000000000005',
]);

export const detectors: Detector[] = [
  {
    id: 'financial/cards/pan',
    category: 'financial',
    kind: 'credit_card',
    // Compact 13–19 digits, 4-4-4-4(-3) groups, or Amex/Diners 4-6-4(5) groups; one space or dash between groups.
    pattern:
      /(?<![\w.,-])(?<![A-Z]{2}\d{2}[ -])(\d{13,19}|\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,4}(?:[ -]\d{3})?|\d{4}[ -]\d{6}[ -]\d{4,5})(?![\w-]|[.,]\d)/g,
    keywords: [],
    minDigits: 13,
    validate: (v) => cardValid(v) && !TEST_PANS.has(digitsOf(v)),
    context: { words: ['credit card', 'card number', 'card no', 'visa', 'mastercard', 'amex', 'cc', 'debit card', 'kreditkarte', 'carte bancaire', 'tarjeta', 'pan'] },
    confidence: { base: 0.9, withContext: 1 },
    examples: {
      match: [
        'Please charge my card 4539 1488 0343 6467 for the renewal.',
        'Card: 5425-2334-3010-9903, exp 09/28, can you check why it was declined?',
        'amex 3714 921063 84753 was billed twice',
        'The customer paid with 6011528739041261 yesterday.',
      ],
      noMatch: [
        'Card 4539 1488 0343 6468 fails the checksum, as expected.',
        'Order number 1234567890123 shipped today.',
        'Use 0000 0000 0000 0000 as the masked value.',
        'Stripe test card 4242 4242 4242 4242 declines in live mode.',
        'Tracking id 45391488034364671234567 is too long for a card.',
      ],
    },
  },
];
