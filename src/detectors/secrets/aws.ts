/** AWS: access key IDs, secret access keys, session tokens, MWS keys and Amazon Bedrock API keys. */
import { assignment, decodeBase64 } from '../../checksums/cloud-tokens.ts';
import type { Detector } from '../../engine/types.ts';

/** AKIA long-term, ASIA STS, ABIA/ACCA service, A3T legacy + 16 chars of the base32 alphabet. */
const KEY_ID = '(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}';

export const detectors: Detector[] = [
  {
    id: 'secrets/aws/access-key-id',
    category: 'secret',
    kind: 'aws_access_key_id',
    pattern: new RegExp(`(?<![A-Za-z0-9])(${KEY_ID})(?![A-Za-z0-9])`, 'g'),
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    minEntropy: 3,
    ignore: [/EXAMPLE$/],
    confidence: { base: 0.95 },
    examples: {
      match: ['aws configure says AKIAEPJ66UHZPF5G6TED is invalid, why?', 'AWS_ACCESS_KEY_ID=ASIAWN5XV7TQFHBM3LSU'],
      noMatch: ['aws_access_key: AKIAIOSFODNN7EXAMPLE', 'TODAYINASIAASACKOFRICEFELLOVER near the AKIA0123 prefix'],
    },
  },
  {
    id: 'secrets/aws/secret-access-key',
    category: 'secret',
    kind: 'aws_secret_access_key',
    pattern: assignment('aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key|aws_?secret', '[A-Za-z0-9/+]{40}'),
    keywords: ['secret_access_key', 'secretaccesskey', 'aws_secret', 'awssecret', 'secret-access-key', 'secretkey'],
    minEntropy: 4,
    validate: (v) => /[A-Z]/.test(v) && /[a-z]/.test(v),
    ignore: [/^wJalrXUtnFEMI\/K7MDENG\/bPxRfiCY/], // AWS documentation's example secret and its variants
    confidence: { base: 0.95 },
    examples: {
      match: ['AWS_SECRET_ACCESS_KEY = KemmO7i5CQDiHsyxsk47MsOxLaiPn50uZlQytYYQ', 'aws_secret_access_key: "r7Tq2/Lp9XmZ4vWc8NbH+3Jd6Fg1Ks5AeQy0UoIi"'],
      noMatch: [
        'AWS_SECRET_ACCESS_KEY = R6WCNd0erkAuZyD+Fe8C4IwjpYQtniKqnHAzE7Pk5fPrBRpwOnuYxA==',
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      ],
    },
  },
  {
    id: 'secrets/aws/secret-access-key-pair',
    category: 'secret',
    kind: 'aws_secret_access_key',
    // A 40-char secret shortly after an access key ID (CSV exports, "id / secret" pastes).
    pattern: new RegExp(`(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])[^A-Za-z0-9/+]{1,20}(?:[A-Za-z_ ]{1,30}[^A-Za-z0-9/+]{1,10})?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, 'g'),
    keywords: ['akia', 'asia'],
    minEntropy: 4,
    validate: (v) => /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9/+]/.test(v),
    confidence: { base: 0.9 },
    examples: {
      match: ['Access key ID,Secret access key\nAKIAEPJ66UHZPF5G6TED,KemmO7i5CQDiHsyxsk47MsOxLaiPn50uZlQytYYQ', 'key: ASIAWN5XV7TQFHBM3LSU secret: r7Tq2/Lp9XmZ4vWc8NbH+3Jd6Fg1Ks5AeQy0UoIi'],
      noMatch: ['AKIAEPJ66UHZPF5G6TED,5e1b3d7f9a2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c', 'AKIAEPJ66UHZPF5G6TED then some words and nothing else'],
    },
  },
  {
    id: 'secrets/aws/session-token',
    category: 'secret',
    kind: 'aws_session_token',
    pattern: assignment('aws_?session_?token|aws_?security_?token|x-amz-security-token', '[A-Za-z0-9/+]{100}[A-Za-z0-9/+=]{0,2000}'),
    keywords: ['session_token', 'sessiontoken', 'security_token', 'security-token'],
    minEntropy: 4.5,
    confidence: { base: 0.95 },
    examples: {
      match: [
        'aws_session_token = 3UL+FL2L+qSSIoEYdZAbRc7UnRee7ZUZL3R7yonRit+EcMbdDHwgzdkNGdXE0hKpyLwteGSDUztdF/Y4LP7VtU3D/2hPMlTQQdfDaS36bfuKgbqIAawaliojJXZiAjEXbUseepbruei7HItOmrv3ARNR2FAwaVpZbrEKa5Sgy2awReQyI8Mj8YCHNBCv9cTG2+jPLj0JcMHCbId6Vk8E1Cfu5Ac0F9C3W0RhTl5uy2udY+ndlMLm4B7KF6LVC6O3TEo2tqflj4ll4kFXCZ1sy+5ZzITbjs2SCHC7Q+avYjVi',
        'export AWS_SESSION_TOKEN="IQoJb3JpZ2luX2VjEHgaCXVzLWVhc3QtMSJHMEUCIQD7rT9Lp2XmZ4vWc8NbH3Jd6Fg1Ks5AeQy0UoIiR7tq2Lp9XmZ4vWc8NbH3Jd6Fg1Ks5AeQy0UoIiqWErTyUiOpAsDfGhJkLzXcVbNm=="',
      ],
      noMatch: ['aws_session_token = ${AWS_SESSION_TOKEN}', 'aws_session_token = IQoJb3JpZ2luX2VjEHgaCXVzLWVhc3QtMSJHMEUCIQD7rT9Lp2Xm'],
    },
  },
  {
    id: 'secrets/aws/mws-auth-token',
    category: 'secret',
    kind: 'aws_mws_token',
    pattern: /(?<![A-Za-z0-9_.-])(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/g,
    keywords: ['amzn.mws.'],
    confidence: { base: 0.95 },
    examples: {
      match: ['MWS_AUTH_TOKEN=amzn.mws.17d4f6a4-a390-4116-9716-7f6e8591fcc4', 'seller auth token amzn.mws.4c2e8a1b-7d3f-4e9a-b5c1-2f8d6e4a0b3c for the EU store'],
      noMatch: ['amzn.mws.17d4f6a4-a390-4116-9716', 'see amzn.mws docs'],
    },
  },
  {
    id: 'secrets/aws/bedrock-long-lived-key',
    category: 'secret',
    kind: 'aws_bedrock_api_key',
    // `ABSK` + base64 of "BedrockAPIKey-" + identity and secret.
    pattern: /(?<![A-Za-z0-9+/])(ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{87,260}={0,2})(?![A-Za-z0-9+/=])/g,
    keywords: ['absk'],
    minEntropy: 4,
    confidence: { base: 0.98 },
    examples: {
      match: [
        'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS26TxZiYFYt37fmwckc52IOdXfVdtbumuiSkRvqfvzAh0sPGXEJ8cjeTJQm1KQdKqCWDc/pc/bZFN2yNwYumv5OO+L7SlYyO3Dctcu7GZaaVCeh4sU4nsi+13KnvMH45Ab7pSUg',
        'bedrock key ABSKQmVkcm9ja0FQSUtleS1Lp4Xq9Zr2Tw7Vn1Mc5Hb8Jd3Fg6Ks0AeQy4Uo9Ii2Rt7Ew1Lz5Mx8Vc3Bn6Ps0Dk4Gf9Hj2Al5Qw8Er1Ty4Ui7Op0As3Df6Gh9Jk2Lz5Xc8Vb1Nm4Qw7Er0Ty3Ui6Op9As2= works',
      ],
      noMatch: ['ABSKQmVkcm9ja0FQSUtleS26TxZiYFYt37fmwckc52', 'AXSKQmVkcm9ja0FQSUtleS26TxZiYFYt37fmwckc52IOdXfVdtbumuiSkRvqfvzAh0sPGXEJ8cjeTJQm1KQdKqCWDc/pc/bZFN2yNwYumv5OO+L7SlYyO3Dctcu7GZaaVCeh4sU4nsi+13KnvMH45Ab7pSUg'],
    },
  },
  {
    id: 'secrets/aws/bedrock-short-lived-key',
    category: 'secret',
    kind: 'aws_bedrock_api_key',
    // `bedrock-api-key-` + base64 of "bedrock.amazonaws.com..." (a presigned request).
    pattern: /(?<![A-Za-z0-9_-])(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{0,3000}={0,2})(?![A-Za-z0-9_+/=-])/g,
    keywords: ['bedrock-api-key-'],
    validate: (v) => decodeBase64(v.slice(16)) !== null,
    confidence: { base: 0.97 },
    examples: {
      match: [
        'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPURNT1BRSk5CcmZPenJuaTU4cVZtZzNBajJySWVWUg==',
        'token: "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbg=="',
      ],
      noMatch: ['prefix is bedrock-api-key- followed by base64', 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29x'],
    },
  },
];
