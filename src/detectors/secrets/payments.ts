import type { Detector } from '../../engine/types.ts';
import { assigned, mixed, namedCredentials, prefixedTokens, UUID } from './assignment.ts';

/** A token made of a fixed literal prefix and a fixed-shape body; the whole match is the value. */
const prefixed = prefixedTokens(
  'payments',
  (name, prefix, values) => ({
    match: [`the ${name.replace(/-/g, ' ')} is ${prefix}${values[0]}`, `KEY="${prefix}${values[1]}"`],
    noMatch: [`${prefix}${'x'.repeat(values[0].length)}`, `${prefix}${values[0].slice(0, 8)} (truncated)`],
  }),
  'A-Za-z0-9_+/-',
);

/** An exchange API credential recognisable only by the exchange's name in the key. */
const byExchangeName = namedCredentials('payments', (name, values) => ({
  match: [`${name.toUpperCase()}_API_SECRET=${values[0]}`, `${name}_key: "${values[1]}"`],
  noMatch: [`${name} order ${values[0]} filled`, `${name.toUpperCase()}_API_SECRET=\${${name.toUpperCase()}_SECRET}`],
}));
const exchange = (name: string, value: string, values: [string, string]): Detector =>
  byExchangeName(`${name}-api-key`, 'crypto_exchange_key', [name], value, values);

export const detectors: Detector[] = [
  {
    id: 'secrets/payments/stripe-secret-key',
    category: 'secret',
    kind: 'stripe_key',
    // Live / prod secret keys only: sk_test_ keys move no money (and the engine drops '_test_' values).
    pattern: /(?<![A-Za-z0-9_])sk_(?:live|prod)_[A-Za-z0-9]{10,99}(?![A-Za-z0-9_])/g,
    keywords: ['sk_live_', 'sk_prod_'],
    minEntropy: 3,
    confidence: { base: 0.95, withContext: 0.97 },
    context: { words: ['stripe'], before: 80 },
    examples: {
      match: ['STRIPE_SECRET_KEY=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', 'stripe.api_key = "sk_live_8Wp8oXye9xvMveb5QdlVMLri"'],
      noMatch: ['sk_test_8Wp8oXye9xvMveb5QdlVMLri', 'pk_live_8Wp8oXye9xvMveb5QdlVMLri', 'sk_live_AAAAAAAAAAAAAAAAAAAAAAAA'],
    },
  },
  {
    id: 'secrets/payments/stripe-restricted-key',
    category: 'secret',
    kind: 'stripe_key',
    pattern: /(?<![A-Za-z0-9_])rk_(?:live|prod)_[A-Za-z0-9]{10,99}(?![A-Za-z0-9_])/g,
    keywords: ['rk_live_', 'rk_prod_'],
    minEntropy: 3,
    confidence: { base: 0.95 },
    examples: {
      match: ['restricted key rk_live_51lvMohPsTWZsAxU0BNS7cIFyW8Wp8oXye9xvMveb5QdlVMLri', 'STRIPE_RK=rk_prod_8Wp8oXye9xvMveb5QdlVMLri'],
      noMatch: ['rk_test_8Wp8oXye9xvMveb5QdlVMLri', 'rk_live_x'],
    },
  },
  prefixed('stripe-webhook-secret', 'stripe_webhook_secret', 'whsec_', '[A-Za-z0-9+/=]{32,100}', ['TfI6affWwdgmmhgCWoAm9OJ4kYlFOZcX', 'suIlQHYZgtzikcYKp4VF4ABmyQm3Je7z']),
  prefixed('square-access-token', 'square_token', 'sq0atp-', '[0-9A-Za-z_-]{22}', ['i1Val6RUtRdD8s_JkJiyK6', 'wcM3oQSErjC_NJt6kIWGDw']),
  {
    id: 'secrets/payments/square-production-token',
    category: 'secret',
    kind: 'square_token',
    pattern: /(?<![A-Za-z0-9_+/-])EAAA[A-Za-z0-9_+-]{22,60}(?![A-Za-z0-9_+-])/g,
    keywords: ['eaaa'],
    minEntropy: 4,
    confidence: { base: 0.85, withContext: 0.95 },
    context: { words: ['square', 'token', 'access_token'], before: 60 },
    examples: {
      match: ['SQUARE_ACCESS_TOKEN=EAAAvruGRDV_K8X0-6BdetZPL5JM1krMED69TWO0i4gomTMacSQlU1', 'token=EAAAnVxymj4OnHSkZj01w7mJP4zE_h4fxb_eReBcx0xbdqvdFp085J'],
      noMatch: ['aws-cli@sha256:eaaa7b11777babe28e6133a8b19ff71cea687e0d7f05158dee95a71f76ce3d00', 'EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    },
  },
  prefixed('square-oauth-secret', 'square_secret', 'sq0csp-', '[0-9A-Za-z_-]{43}', ['HAopU0UtbeVnVBtQdRYIiVyFPaHB4rsNxFwGHd4ZR9D', '0Y5xWM6nFEdVNRAikoediOKEombQ2oq-kx6-Owyhxsp']),
  prefixed('braintree-access-token', 'braintree_token', 'access_token$production$', '[0-9a-z]{16}\\$[0-9a-f]{32}', ['fafbwho7j2stojlh$e8ce9ac8533c6af92630d518fb5f5225', 'ztyou47rqcoptwf3$9c5ddffe192078cb9f6ab870f4ff665c']),
  prefixed('razorpay-key-id', 'razorpay_key', 'rzp_live_', '[A-Za-z0-9]{14}', ['i5wInZeFJAVF2H', '6E6MQtLfQZ33x8'], { confidence: { base: 0.85 } }),
  {
    id: 'secrets/payments/razorpay-key-secret',
    category: 'secret',
    kind: 'razorpay_key',
    pattern: assigned(['razorpay'], '[A-Za-z0-9]{24}'),
    keywords: ['razorpay'],
    minEntropy: 3.5,
    validate: mixed,
    confidence: { base: 0.85 },
    examples: { match: ['RAZORPAY_KEY_SECRET=lvMohPsTWZsAxU0BNS7cIFyW', "razorpay_secret: '8Wp8oXye9xvMveb5QdlVMLri'"], noMatch: ['RAZORPAY_KEY_ID=rzp_test_abc', 'razorpay order lvMohPsTWZsAxU0BNS7cIFyW'] },
  },
  {
    id: 'secrets/payments/paystack-secret-key',
    category: 'secret',
    kind: 'paystack_key',
    pattern: /(?<![A-Za-z0-9_])sk_live_[a-z0-9]{40}(?![A-Za-z0-9_])/g,
    keywords: ['sk_live_'],
    minEntropy: 3.5,
    confidence: { base: 0.97 },
    context: { words: ['paystack'], required: true, before: 80 },
    examples: { match: ['PAYSTACK_SECRET_KEY=sk_live_g9bjbd3jz8dv7c39bh4qdpx9pbtawhz5jaxpsfk7', 'paystack secret: sk_live_r2fbwlb285ugvb2l6tda5uyq3m06m29tw2nv6xfj'], noMatch: ['sk_live_g9bjbd3jz8dv7c39bh4qdpx9pbtawhz5jaxpsfk7', 'PAYSTACK_SECRET_KEY=sk_test_g9bjbd3jz8dv7c39bh4qdpx9pbtawhz5jaxpsfk7'] },
  },
  prefixed('flutterwave-secret-key', 'flutterwave_key', 'FLWSECK-', '[a-h0-9]{32}-X', ['d49b3ea4250920fabfe863a1730cbcac-X', '7afaad20bedeb6c49ce19799af0fd14c-X']),
  {
    id: 'secrets/payments/gocardless-token',
    category: 'secret',
    kind: 'gocardless_token',
    pattern: /(?<![A-Za-z0-9_-])live_[A-Za-z0-9_=-]{40}(?![A-Za-z0-9_=-])/g,
    keywords: ['gocardless'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    context: { words: ['gocardless'], required: true, before: 80, after: 0 },
    examples: { match: ['GOCARDLESS_ACCESS_TOKEN=live_QEuUTCna_UW7bFhw1fOZqCPKpuof88iaTAMyIOAZ', 'gocardless token: live_Ve4svmpsSlKzSUTRfAPaqfF8NsvxsNd6fuV5zSf_'], noMatch: ['live_QEuUTCna_UW7bFhw1fOZqCPKpuof88iaTAMyIOAZ gocardless', 'GOCARDLESS_ENV=live'] },
  },
  {
    id: 'secrets/payments/plaid-access-token',
    category: 'secret',
    kind: 'plaid_token',
    pattern: new RegExp(`(?<![A-Za-z0-9_-])access-(?:sandbox|development|production)-${UUID}(?![A-Za-z0-9_-])`, 'g'),
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    confidence: { base: 0.95 },
    examples: { match: ['plaid access_token: access-production-c3f7a9e1-5b2d-4e8f-9a6c-1d3b5f7e9a20', '"access_token": "access-development-7e2b9d41-0c6a-4f53-b8e7-2a9c4d6f1b83"'], noMatch: ['access-production-c3f7a9e1 truncated', 'access-staging-7e2b9d41-0c6a-4f53-b8e7-2a9c4d6f1b83'] },
  },
  {
    id: 'secrets/payments/plaid-secret',
    category: 'secret',
    kind: 'plaid_token',
    pattern: assigned(['plaid'], '[a-f0-9]{30}'),
    keywords: ['plaid'],
    minEntropy: 3,
    confidence: { base: 0.85 },
    examples: { match: ['PLAID_SECRET=bde6c3bed174e58279fc972e4f730e', 'plaid_secret: "7baa535637af60e1627ce2d9da0626"'], noMatch: ['PLAID_ENV=production', 'plaid item bde6c3bed174e58279fc972e4f730e'] },
  },
  prefixed('duffel-token', 'duffel_token', 'duffel_live_', '[A-Za-z0-9_=-]{43}', ['UB1FZQ1LfuIt9onKcOh6TsckPYXtZSvg3aOMk-LOjbs', 'iFNEh2BfSfOYubQeRtS4nJlzcV2Hzrm1kSyUFOhZbR9']),
  prefixed('easypost-api-key', 'easypost_key', 'EZAK', '[A-Za-z0-9]{54}', ['9yJeF5z0KQGo9YPBKDLI7IIorbxz6J8f6rNfO0hRwR1mcRYqhpoMCz', 'xkDhbwakoPLhByx64l0U2ABDfJ6CnF27jYbdKjb69sSYA98PUQm696'], {
    examples: {
      match: ['EASYPOST_API_KEY=EZAK9yJeF5z0KQGo9YPBKDLI7IIorbxz6J8f6rNfO0hRwR1mcRYqhpoMCz', 'client = easypost.EasyPostClient("EZAKxkDhbwakoPLhByx64l0U2ABDfJ6CnF27jYbdKjb69sSYA98PUQm696")'],
      noMatch: ['...6wqX6fNUXA/rYqRvfQ+EZAKGqQRiRyqAFRQshGPWOIAwNWGORfKHSBnVNFtVmWYoW6PH23lkqbbDWep95C/3VmWq/edti6...', 'EZAK9yJeF5z0KQGo9YPB'],
    },
  }),
  prefixed('easypost-test-api-key', 'easypost_key', 'EZTK', '[A-Za-z0-9]{54}', ['9yJeF5z0KQGo9YPBKDLI7IIorbxz6J8f6rNfO0hRwR1mcRYqhpoMCz', 'xkDhbwakoPLhByx64l0U2ABDfJ6CnF27jYbdKjb69sSYA98PUQm696'], {
    confidence: { base: 0.8 },
    examples: {
      match: ['EASYPOST_TEST_KEY=EZTK9yJeF5z0KQGo9YPBKDLI7IIorbxz6J8f6rNfO0hRwR1mcRYqhpoMCz', 'api_key: EZTKxkDhbwakoPLhByx64l0U2ABDfJ6CnF27jYbdKjb69sSYA98PUQm696'],
      noMatch: ['...6wqX6fNUXA/rYqRvfQ+EZTKGqQRiRyqAFRQshGPWOIAwNWGORfKHSBnVNFtVmWYoW6PH23lkqbbDWep95C/3VmWq/edti6...', 'EZTK9yJeF5z0KQGo9YPB'],
    },
  }),
  prefixed('shippo-token', 'shippo_token', 'shippo_live_', '[a-f0-9]{40}', ['18c7d6bf4ca4e10074f7b464b4ef7461058e8fe5', 'de25c92301d21ad7cdfbeedd571553f08c50c0f1']),
  {
    id: 'secrets/payments/lob-api-key',
    category: 'secret',
    kind: 'lob_key',
    pattern: assigned(['lob'], 'live_[a-f0-9]{35}'),
    keywords: ['live_'],
    minEntropy: 3,
    confidence: { base: 0.9 },
    examples: { match: ['LOB_API_KEY=live_9a5b1e129dd1e3ac6edc1a4032847751d48', 'lob_key: "live_00327fed6522a7169d730e95224b3302684"'], noMatch: ['global_key=live_9a5b1e129dd1e3ac6edc1a4032847751d48', 'LOB_API_KEY=test_9a5b1e129dd1e3ac6edc1a4032847751d48'] },
  },
  prefixed('shopify-access-token', 'shopify_token', 'shpat_', '[A-Za-z0-9]{32,64}', ['LO01cF9tHNyFbI2fDb2X4buNft0ElP3Q', 'e8ce9ac8533c6af92630d518fb5f5225']),
  prefixed('shopify-custom-app-token', 'shopify_token', 'shpca_', '[A-Za-z0-9]{32,64}', ['i6i7LRwlHD8nCEt73h01TqE6qRlZkX7v', '9c5ddffe192078cb9f6ab870f4ff665c']),
  prefixed('shopify-private-app-token', 'shopify_token', 'shppa_', '[A-Za-z0-9]{32,64}', ['d49b3ea4250920fabfe863a1730cbcac', 'rKY46zyEYM7GiaGVlP9kUhODfbZRd9YDIunARN']),
  prefixed('shopify-shared-secret', 'shopify_secret', 'shpss_', '[A-Za-z0-9]{32,64}', ['7afaad20bedeb6c49ce19799af0fd14c', 'xMCnaOwzxBNO341cttkuQUEdtkPYFvU0Wsd09J']),
  {
    id: 'secrets/payments/mollie-api-key',
    category: 'secret',
    kind: 'mollie_key',
    pattern: assigned(['mollie'], 'live_[A-Za-z0-9]{30}'),
    keywords: ['mollie'],
    minEntropy: 3.5,
    confidence: { base: 0.9 },
    examples: { match: ['MOLLIE_API_KEY=live_5IyLDt0HVj5R9kXG79qnwRLvNq7Vc1', "mollie_key: 'live_LO01cF9tHNyFbI2fDb2X4buNft0ElP'"], noMatch: ['MOLLIE_API_KEY=test_5IyLDt0HVj5R9kXG79qnwRLvNq7Vc1', 'mollie payment live_5IyLDt0HVj5R9kXG79qnwRLvNq7Vc1'] },
  },
  exchange('coinbase', '[A-Za-z0-9_-]{64}', ['AHamc2I3oSbOIQP6sKaeBdJBfHa59452qWZSzoKcb3NMdP4mUgziXsgSTYIGUjcS', 'NKiAqKdh4eh0TFX6msrQ249n534yC3c2A4mmEt4VN6YmrxC7t6oHz95Qyo4DfwqH']),
  exchange('binance', '[A-Za-z0-9]{64}', ['NKiAqKdh4eh0TFX6msrQ249n534yC3c2A4mmEt4VN6YmrxC7t6oHz95Qyo4DfwqH', 'AHamc2I3oSbOIQP6sKaeBdJBfHa59452qWZSzoKcb3NMdP4mUgziXsgSTYIGUjcS']),
  exchange('kraken', '[A-Za-z0-9/+=_-]{80,90}', ['01aupji8f0/Ws6RbJunwCF90jkdbqD9cCbPrUod8vvPw0CAu9zEtqHN8KQAoHuyJZFKL4/jBiKf0q+7eBVcwp2BQ34', '5ere+7aWALYPVjiKB4WjDq+p/wwCNVnBu0w6pvFb6+wBriYvikncJlu9cvYBGhuTxZtbWUZTHUgxDewd61dHoFN3']),
  exchange('kucoin', `[a-f0-9]{24}|${UUID}`, ['52d4d1bc2232588a019ade43', 'c3f7a9e1-5b2d-4e8f-9a6c-1d3b5f7e9a20']),
  exchange('bittrex', '[A-Za-z0-9]{32}', ['LO01cF9tHNyFbI2fDb2X4buNft0ElP3Q', 'i6i7LRwlHD8nCEt73h01TqE6qRlZkX7v']),
  exchange('bitfinex', '[A-Za-z0-9]{43}', ['CXDg8BgucvYUBznFT4taddlPvF3LGWCvCFbU43zG6fI', '0uvvJWXQ9xxu8WucdVgx9B36cNbXrSvuk4oIgNezyhf']),
  {
    id: 'secrets/payments/finicity-credentials',
    category: 'secret',
    kind: 'finicity_key',
    pattern: assigned(['finicity'], '[a-f0-9]{32}|[A-Za-z0-9]{20}'),
    keywords: ['finicity'],
    minEntropy: 3.3,
    validate: mixed,
    confidence: { base: 0.85 },
    examples: { match: ['FINICITY_APP_KEY=4da72167726aef8789c495aacde0d8ba', "finicity_partner_secret: 'oaMHdw9xhKpZYLc1VWB1'"], noMatch: ['finicity customer 4da72167726aef8789c495aacde0d8ba', 'FINICITY_PARTNER_ID=2445583946651'] },
  },
];
