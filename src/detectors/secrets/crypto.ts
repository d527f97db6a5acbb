/** Cryptographic and cryptocurrency private keys: age, Bitcoin WIF / xprv, Ethereum (secp256k1) hex keys. */
import type { Detector } from '../../engine/types.ts';
import { bech32Verify, isExtendedPrivateKey, isWif } from '../../checksums/encodings.ts';
import { afterBoundary } from './assignment.ts';

const B58 = '[1-9A-HJ-NP-Za-km-z]';

export const detectors: Detector[] = [
  {
    id: 'secrets/crypto/age-secret-key',
    category: 'secret',
    kind: 'age_secret_key',
    pattern: /(AGE-SECRET-KEY-1(?<![A-Za-z0-9]AGE-SECRET-KEY-1)[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/g,
    keywords: ['age-secret-key-1'],
    validate: (value) => bech32Verify(value),
    confidence: { base: 0.99 },
    examples: {
      match: [
        'my age identity file says AGE-SECRET-KEY-1NKQ3WS4F07XSANQ55VE4FEL0XJ4MJKZAZ8WEFM8EDDQ2K6ELJMFQMZQG92',
        '# created: 2024-05-01\n# public key: age1qyqszqgpqyqszqgp\nAGE-SECRET-KEY-1NKQ3WS4F07XSANQ55VE4FEL0XJ4MJKZAZ8WEFM8EDDQ2K6ELJMFQMZQG92',
      ],
      noMatch: [
        'AGE-SECRET-KEY-1NKQ3WS4F07XSANQ55VE4FEL0XJ4MJKZAZ8WEFM8EDDQ2K6ELJMFQMZQG93',
        'age keys start with AGE-SECRET-KEY-1 followed by 58 characters',
      ],
    },
  },
  {
    // Same shape without a passing checksum (hand-edited or mistyped keys still deserve a block, with less certainty).
    id: 'secrets/crypto/age-secret-key-unverified',
    category: 'secret',
    kind: 'age_secret_key',
    pattern: /(AGE-SECRET-KEY-1(?<![A-Za-z0-9]AGE-SECRET-KEY-1)[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/g,
    keywords: ['age-secret-key-1'],
    confidence: { base: 0.8 },
    examples: {
      match: [
        'AGE_KEY=AGE-SECRET-KEY-1NKQ3WS4F07XSANQ55VE4FEL0XJ4MJKZAZ8WEFM8EDDQ2K6ELJMFQMZQG93',
        'sops key: AGE-SECRET-KEY-1NKQ3WS4F07XSANQ55VE4FEL0XJ4MJKZAZ8WEFM8EDDQ2K6ELJMFQMZQG92',
      ],
      noMatch: [
        'AGE-SECRET-KEY-1NKQ3WS4F07XSANQ55VE4FEL0XJ4MJKZAZ8WEFM8EDDQ2K6ELJMFQ',
        'AGE-SECRET-KEY-1NKQ3WS4F07XSANQ55VE4FEL0XJ4MJKZAZ8WEFM8EDDQ2K6ELJMFQMZQG92B',
      ],
    },
  },
  {
    id: 'secrets/crypto/bitcoin-wif',
    category: 'secret',
    kind: 'crypto_private_key',
    pattern: new RegExp(`(?<![A-Za-z0-9])([59]${B58}{50}|[KLc]${B58}{51})(?![A-Za-z0-9])`, 'g'),
    // Not bare 'key', 'wif' (wifi) or 'priv' (privacy): key names, and "key " before a WIF's first character.
    keywords: [
      'wallet', 'bitcoin', 'btc', 'electrum', 'sweep', 'importprivkey', 'privkey', 'priv_key', 'private key', 'private_key',
      'privatekey', 'private-key', 'key:', 'key=', 'key =', 'key"', "key'", ...[...'59klc'].map((c) => `key ${c}`),
      ...['wif ', 'wif:', 'wif=', 'wif_', 'wif"', "wif'", 'wif)', 'wif.', 'wif,', 'wif-'],
    ],
    validate: isWif,
    confidence: { base: 0.97 },
    examples: {
      match: [
        'I imported this private key into Electrum but the balance is zero: KyR6K3uGyS2pBSLCx7s7RjZDo1arHrZuFRw3m4f3RYCWUsEmhjeK',
        'old paper wallet key 5JV3gbdbnZR2vg5BzzzqRZGjmaKEDGqrUWdL2BKkTRXebTgfMWT',
      ],
      noMatch: [
        'wallet key 5JV3gbdbnZR2vg5BzzzqRZGjmaKEDGqrUWdL2BKkTRXebTgfMWU',
        'the key KyR6K3uGyS2pBSLCx7s7RjZDo1arHrZuFRw3m4f3RYCWUsEmhje is one char short',
      ],
    },
  },
  {
    id: 'secrets/crypto/bip32-xprv',
    category: 'secret',
    kind: 'crypto_private_key',
    pattern: new RegExp(`((?:xprv|tprv|yprv|zprv)(?<![A-Za-z0-9][xtyz]prv)${B58}{107,108})(?![A-Za-z0-9])`, 'g'),
    keywords: ['xprv', 'tprv', 'yprv', 'zprv'],
    validate: isExtendedPrivateKey,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'master key: xprvFdMHVwcwanPMHvGqujc2SK1KW6gt4sC6yCQbEvumX8ngWrdWL9N3arh5iuksdV1CxzAxsVKygLsio5HYn6i54ou8RA6gDCdHt8tpFE85X2Y',
        'xprvFdMHVwcwanPMHvGqujc2SK1KW6gt4sC6yCQbEvumX8ngWrdWL9N3arh5iuksdV1CxzAxsVKygLsio5HYn6i54ou8RA6gDCdHt8tpFE85X2Y',
      ],
      noMatch: [
        'xprvFdMHVwcwanPMHvGqujc2SK1KW6gt4sC6yCQbEvumX8ngWrdWL9N3arh5iuksdV1CxzAxsVKygLsio5HYn6i54ou8RA6gDCdHt8tpFE85X2Z',
        'An extended private key starts with xprv and is 111 characters long.',
      ],
    },
  },
  {
    id: 'secrets/crypto/secp256k1-private-key',
    category: 'secret',
    kind: 'crypto_private_key',
    pattern: /(?<![A-Za-z0-9])(?:0x)?([0-9a-fA-F]{64})(?![A-Za-z0-9])/g,
    // The context words (required) at a word start: 'signer' not inside 'designer', 'private key' not 'private'.
    keywords: [
      'private key', 'private_key', 'privatekey', 'private-key', 'privkey', 'priv_key', 'mnemonic', 'wallet', 'secret key',
      'deployer', 'eth_private', ...afterBoundary(['signer', 'seed']),
    ],
    validate: (value) => /[a-f]/i.test(value) && /\d/.test(value),
    minEntropy: 3.0,
    context: {
      words: [
        'private key', 'private_key', 'privatekey', 'private-key', 'privkey', 'priv_key', 'mnemonic', 'wallet',
        'secret key', 'signer', 'deployer_key', 'deployer key', 'seed', 'eth_private',
      ],
      required: true,
      before: 80,
      after: 80,
    },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: [
        'const privateKey = "0x3927153e587a7e1053a0e72f0a40c77fa3911dcf6fa39f511e968dc66c0bfdcb";',
        'Oops, pasted my wallet private key: 3927153e587a7e1053a0e72f0a40c77fa3911dcf6fa39f511e968dc66c0bfdcb',
      ],
      noMatch: [
        'The transaction hash is 0x3927153e587a7e1053a0e72f0a40c77fa3911dcf6fa39f511e968dc66c0bfdcb, see etherscan.',
        'wallet public key 037cfbfc90234cfdab7eb54050566293789efaa1a35dc420749662db400dc9c4b2 (compressed)',
      ],
    },
  },
];
