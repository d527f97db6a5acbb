import { base62Crc32TokenValid } from '../../checksums/tokens.ts';
import type { Detector } from '../../engine/types.ts';
import { assigned } from './assignment.ts';

/** `ghp_` & co: 30 random base62 chars and a 6-char base62 CRC-32 of them (GitHub blog, 2021-04-05). */
const classic = (prefix: string, name: string, kind: string, what: string, tokens: [string, string, string]): Detector => ({
  id: `secrets/github/${name}`,
  category: 'secret',
  kind,
  pattern: new RegExp(`(?<![A-Za-z0-9_])${prefix}_[A-Za-z0-9]{36}(?![A-Za-z0-9_])`, 'g'),
  keywords: [`${prefix}_`],
  validate: base62Crc32TokenValid,
  confidence: { base: 0.99 },
  examples: {
    match: [`my ${what} is ${tokens[0]} and it stopped working`, `GITHUB_TOKEN=${tokens[1]}`],
    noMatch: [
      `${what} ${tokens[2]} (checksum does not match)`,
      `${prefix}_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `set ${prefix}_ followed by your token`,
    ],
  },
});

export const detectors: Detector[] = [
  classic('ghp', 'classic-pat', 'github_pat', 'GitHub PAT', [
    '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',
    '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',
    'ghp_AvnhFrSBATGMu63TLXlj84a2GpvPah07r9nk',
  ]),
  classic('gho', 'oauth-token', 'github_oauth_token', 'GitHub OAuth token', [
    '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',
    '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',
    'gho_NcxWoEGwTuaeCLpejIL0VGktSx2K3s2OSVJG',
  ]),
  classic('ghu', 'user-to-server-token', 'github_app_token', 'GitHub app user token', [
    'ghu_4Tbt2Y3B2cnkNZ7F8SMDPvTr1qjEUL4Nkfy3',
    'ghu_4Tbt2Y3B2cnkNZ7F8SMDPvTr1qjEUL4Nkfy3',
    'ghu_4Tbt2Y3B2cnkNZ7F8SMDPvTr1qjEUL4Nkfy4',
  ]),
  classic('ghs', 'server-to-server-token', 'github_app_token', 'GitHub installation token', [
    'ghs_f6x6tuFUFjSQx5RKCx56e9hP2A8z1c2pdNRl',
    'ghs_f6x6tuFUFjSQx5RKCx56e9hP2A8z1c2pdNRl',
    'ghs_f6x6tuFUFjSQx5RKCx56e9hP2A8z1c2pdNRL',
  ]),
  classic('ghr', 'refresh-token', 'github_refresh_token', 'GitHub refresh token', [
    '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',
    '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',
    'ghr_hKpYXoGIPaF1dffsJVo9fNonMxwGqc1RKoBk',
  ]),
  {
    id: 'secrets/github/fine-grained-pat',
    category: 'secret',
    kind: 'github_pat',
    // github_pat_ + 22 base62 (id) + '_' + 59 base62 (secret) = 82 chars after the prefix.
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
    keywords: ['github_pat_'],
    minEntropy: 3.5,
    confidence: { base: 0.98 },
    examples: {
      match: [
        'export GH_TOKEN=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',
        'the fine-grained token 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 expired',
      ],
      noMatch: [
        'github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'create a token that starts with github_pat_ in the developer settings',
        'github_pat_56bfPmT9g8zk82DJ37FYAL_Z4DWQIPF5RAssAK0OhMIKgQsOUX is truncated',
      ],
    },
  },
  {
    id: 'secrets/github/installation-token-jwt',
    category: 'secret',
    kind: 'github_app_token',
    // Newer app installation tokens: ghs_ + numeric id + '_' + a JWT.
    pattern: /(?<![A-Za-z0-9_-])ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,300}\.eyJ[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])/g,
    keywords: ['ghs_'],
    confidence: { base: 0.97 },
    examples: {
      match: [
        'token: ghs_90713_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpYXQiOjE3NTAwMDAwMDAsImlzcyI6IjkwNzEzIn0.Qk3vR8mWz2Lp9Xt4Hn7Jd1Fs6Gb0Yc5Ve8Ua3Ko2Ti',
        'curl -H "Authorization: token ghs_4471_eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJnaXRodWJ8NDQ3MSJ9.Zp7Wq2Lm9Rv4Tx8Kc3Ny6Hb1Fd5Gs0Ej7Ua2Oi" https://api.github.com',
      ],
      noMatch: ['ghs_90713_eyJhbGci truncated', 'ghs_abc_eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJnaXRodWJ8NDQ3MSJ9.Zp7Wq2Lm9Rv4Tx8Kc3Ny6Hb1Fd5Gs0Ej7Ua2Oi'],
    },
  },
  {
    id: 'secrets/github/oauth-basic-url',
    category: 'secret',
    kind: 'github_token',
    // A token used as the user name of a git+https URL (package.json dependencies, CI clones).
    pattern: /https?:\/\/([A-Za-z0-9_]{20,255}):x-oauth-basic@github\.com/g,
    keywords: ['x-oauth-basic@github.com'],
    confidence: { base: 0.95 },
    examples: {
      match: [
        '"private-lib": "git+https://9f3e7a1c5b2d8e4f6a0c3b7d1e9f5a2c4b6d8e0f:x-oauth-basic@github.com/acme/private-lib.git#v2.1.0"',
        'git clone https://q8Wm3Xr7Tn2Kd5Vb9Lp4Hs6Jf1Gc0Ze8Ya3Ub7Ni:x-oauth-basic@github.com/acme/infra.git',
      ],
      noMatch: ['git clone https://${GH_TOKEN}:x-oauth-basic@github.com/acme/infra.git', 'the x-oauth-basic@github.com form puts the token in the URL'],
    },
  },
  {
    id: 'secrets/github/legacy-token',
    category: 'secret',
    kind: 'github_token',
    // Pre-2021 tokens: 40 lowercase hex chars, recognisable only by a github key name.
    pattern: assigned(['github', 'gh_token', 'gh_pat'], '[0-9a-f]{40}'),
    keywords: ['github', 'gh_token', 'gh_pat'],
    minEntropy: 3,
    confidence: { base: 0.85 },
    examples: {
      match: ['GITHUB_TOKEN=3f9c1e7a5b2d8f4c6e0a9b3d7f1c5e2a8b4d6f0c', "github_api_key: 'e8b2d4f6a0c3e5b7d9f1a2c4e6b8d0f3a5c7e9b1'"],
      noMatch: ['github commit 3f9c1e7a5b2d8f4c6e0a9b3d7f1c5e2a8b4d6f0c fixed it', 'GITHUB_TOKEN=0000000000000000000000000000000000000000'],
    },
  },
];
