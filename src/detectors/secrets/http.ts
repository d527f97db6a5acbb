/** HTTP credentials: Authorization headers, curl -u / -H, URLs with user:password, Bundler/Sidekiq and NuGet. */
import type { Detector } from '../../engine/types.ts';
import { base64DecodeText } from '../../checksums/encodings.ts';
import { PLACEHOLDER_PASSWORD } from './databases.ts';

/** Basic credentials: base64 of printable `user:password`, password not a template word. */
export function isBasicCredential(value: string): boolean {
  const text = base64DecodeText(value);
  if (text === null || text.length < 3) return false;
  const colon = text.indexOf(':');
  if (colon < 0) return false;
  let printable = 0;
  for (const ch of text) if (ch >= ' ' && ch <= '~') printable++;
  if (printable / text.length < 0.9) return false;
  const password = text.slice(colon + 1);
  if (!password || PLACEHOLDER_PASSWORD.test(password)) return false;
  if (/^(?:aladdin|Aladdin):open ?sesame$/.test(text)) return false; // RFC 7617's own example
  return !/^(?:password|pass|secret|pwd|\*+|x+)$/i.test(password) && !/[<>{}]|\$\{/.test(text);
}

/** A token value must look random: a digit, or both cases. */
const looksRandom = (value: string): boolean => /\d/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value));

/** Non-database URI schemes that may carry user:password (database schemes are in databases.ts). */
const URL_SCHEMES = 'https?|ftps?|sftp|ssh|git|svn|smb|rtsp|rtmp|wss?|socks5|imaps?|smtps?';

export const detectors: Detector[] = [
  {
    id: 'secrets/http/basic-auth-header',
    category: 'secret',
    kind: 'http_basic_auth',
    pattern: /[Bb]asic(?<![A-Za-z0-9][Bb]asic)[ \t]{1,3}([A-Za-z0-9+/]{6,300}={0,2})(?![A-Za-z0-9+/=._-])/g,
    keywords: ['basic'],
    validate: isBasicCredential,
    context: { words: ['authorization', 'auth', 'header', '-h', 'curl'], before: 60, after: 5 },
    confidence: { base: 0.85, withContext: 0.93 },
    examples: {
      match: [
        'curl -H "Authorization: Basic ZGVwbG95LWJvdDpRbTchdlIycEx4OXo=" https://ci.acme-corp.io/api/jobs',
        'the request has Authorization: Basic ZGVwbG95LWJvdDpRbTchdlIycEx4OXo= but still gets 401',
      ],
      noMatch: [
        'Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=',
        'This is a basic question about Python lists.',
        'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      ],
    },
  },
  {
    id: 'secrets/http/bearer-token',
    category: 'secret',
    kind: 'bearer_token',
    pattern: /[Bb]earer(?<![A-Za-z0-9][Bb]earer)[ \t]{1,3}([A-Za-z0-9_~+/-][A-Za-z0-9._~+/=-]{19,299})/g,
    keywords: ['bearer'],
    validate: looksRandom,
    minEntropy: 3.0,
    ignore: [/^[A-Z0-9_]+$/, /^[a-z_.-]+$/, /^\$/],
    context: { words: ['authorization', 'auth', 'header', '-h', 'curl', 'token'], before: 60, after: 5 },
    confidence: { base: 0.8, withContext: 0.88 },
    examples: {
      match: [
        'curl -H "Authorization: Bearer o-_Ex1JXY1ts1x3sPOO9i8WJ9-JfPRUT" https://api.acme-corp.io/v2/me',
        "headers = {'Authorization': 'Bearer IspLuF6oRryY8TejezkG-LfLaenX4LqH467C5AIA'}",
      ],
      noMatch: [
        'Authorization: Bearer $ACCESS_TOKEN',
        'Authorization: Bearer <token>',
        'Bearer ACCESS_TOKEN_GOES_HERE',
      ],
    },
  },
  {
    id: 'secrets/http/curl-auth-header',
    category: 'secret',
    kind: 'http_auth_header',
    // curl/wget/httpie -H "X-Api-Key: …", "Authorization: Token …", "Token: …"
    pattern:
      /(?:-H|--header)[ \t]{1,3}['"]?(?:X-)?(?:[A-Za-z]{1,20}-)?(?:Auth(?:orization)?|Api-?Key|(?:Api|Auth|Access|Private|Session|Vault)-?Token|Token|Secret|Auth-Key|Subscription-Key)[ \t]{0,2}:[ \t]{0,3}(?:(?:Bearer|Basic|Token|Api-Token|Key|Bot|OAuth|SSWS|Digest)[ \t]{1,3})?([^\s'"]{8,300})/gi,
    keywords: ['-h ', '-h\t', '--header'],
    validate: (value) => looksRandom(value) && !/^[$%]|^\(/.test(value),
    minEntropy: 2.5,
    ignore: [/^[A-Z0-9_]+$/, /^[a-z_.-]+$/],
    confidence: { base: 0.8 },
    examples: {
      match: [
        'curl -X POST https://api.acme-corp.io/v1/jobs -H "X-Api-Key: 9c2f7a1e4b8d4e2f9a0b3c6d" -d @job.json',
        "curl --header 'Authorization: Token 797e0a8b3a1ccc46d81c86642965b606' https://sentry.internal/api/0/",
        'http GET https://api.acme-corp.io -H "Token: 3fea6ab2349166ec"',
      ],
      noMatch: [
        'curl -H "Authorization: Bearer $API_TOKEN" https://api.acme-corp.io',
        'curl -H "Content-Type: application/json" -H "Accept: application/json" https://api.acme-corp.io',
        'curl -H "Authorization: Token **********" https://api.acme-corp.io',
      ],
    },
  },
  {
    id: 'secrets/http/curl-user-password',
    category: 'secret',
    kind: 'http_basic_auth',
    // curl -u user:password / --user 'user:password' (the finding is the password)
    pattern: /(?<![A-Za-z0-9-])(?:-u|--user)(?:[ \t]{1,3}|=)['"]?[^\s'":=]{0,100}['"]?:['"]?([^\s'"]{3,100})/g,
    keywords: ['curl'],
    ignore: [PLACEHOLDER_PASSWORD, /^(?:token|yyy+|\d{1,6}|pass(?:word)?\d?)$/i, /^[$[]/, /^%[A-Za-z_][A-Za-z0-9_]{0,60}%$/],
    context: { words: ['curl'], required: true, before: 500, after: 0 },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: [
        'curl -u elastic:Vq8!mZ2rLx https://es.internal:9200/_cat/indices',
        'curl -u ci-runner:%Lq7=vTz%42pW -X POST https://ci.acme-corp.io/job/build',
        "curl -s --user 'api:d7Kq2!xPz9Rw' https://api.mailer.acme-corp.io/v3/messages",
      ],
      noMatch: [
        'curl -u "$USERNAME:$PASSWORD" https://api.acme-corp.io',
        "curl -i -u 'test:test' https://api.acme-corp.io",
        'docker run -u 1000:1000 nginx',
        'curl -u %API_USER%:%API_PASSWORD% https://api.acme-corp.io',
      ],
    },
  },
  {
    id: 'secrets/http/curl-user-key',
    category: 'secret',
    kind: 'http_basic_auth',
    // curl -u sk_live_…: / -u "KEY:" — an API key sent as the user name with an empty password.
    pattern: /(?<![A-Za-z0-9-])(?:-u|--user)(?:[ \t]{1,3}|=)['"]?([^\s'":=$%{[<]{12,100}):['"]?(?=\s|$)/g,
    keywords: ['curl'],
    minEntropy: 3.2,
    validate: (value) => /\d/.test(value) && /[A-Za-z]/.test(value) && !/^\d+$/.test(value),
    context: { words: ['curl'], required: true, before: 500, after: 0 },
    confidence: { base: 0.8, withContext: 0.8 },
    examples: {
      match: [
        'curl https://api.billing-acme.io/v1/charges -u "rk9Tq2LmX7vPz4Wc:" -d amount=2000',
        'curl -u Hq7xZ2pLw9Rk4mTv: https://api.mailer.acme-corp.io/v3/lists',
      ],
      noMatch: [
        'curl -u "$API_KEY:" https://api.acme-corp.io',
        'curl -u administrator: https://intranet.acme-corp.io',
      ],
    },
  },
  {
    id: 'secrets/http/url-credentials',
    category: 'secret',
    kind: 'url_password',
    pattern: new RegExp(
      `(?<![A-Za-z0-9+.-])(?:${URL_SCHEMES})://[^\\s:@/'"<>{}\\[\\]()]{1,100}:([^\\s/'"<>()]{4,150})@(?=[A-Za-z0-9\\[._-])`,
      'gi',
    ),
    keywords: ['://'],
    ignore: [/^(?:password\d?|passwd|secret|pwd|\*+|x+|\.+|\?+|token|mypassword|yourpassword|changeme)$/i, /^[$%[]/],
    confidence: { base: 0.85 },
    examples: {
      match: [
        'git clone https://ci-bot:Gh7qLz2xVw9p@git.acme-corp.io/platform/infra.git',
        'proxy = http://jdoe:Winter2024!x@proxy.corp.local:3128',
        'ftp://backup:Bk9!vT3qZx@files.acme-corp.io/nightly/',
      ],
      noMatch: [
        'https://username:password@api.acme-corp.io/v1',
        'https://${USER}:${PASS}@registry.acme-corp.io',
        'see https://docs.acme-corp.io/auth:login@v2 for details',
      ],
    },
  },
  {
    id: 'secrets/http/bundler-credentials',
    category: 'secret',
    kind: 'package_registry_credentials',
    // BUNDLE_GEMS__CONTRIBSYS__COM=user:pass (Sidekiq Pro/Enterprise, private gem servers)
    pattern:
      /(?<![A-Za-z0-9_])BUNDLE_[A-Z0-9_]{2,80}__(?:COM|ORG|NET|IO|DEV|CO|CLOUD|APP|TECH|LOCAL|INTERNAL)[ \t]{0,3}[:=][ \t]{0,3}['"]?([^\s'":]{2,100}:[^\s'";]{3,100}?)(?=['"]?(?:[\s;&]|$))/g,
    keywords: ['bundle_'],
    ignore: [/\$\{?[A-Z_]/],
    confidence: { base: 0.9 },
    examples: {
      match: [
        'export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=4fa1c2d9:9b3e7f10',
        'BUNDLE_GEMS__ACME__IO: "deploy:Rg7q2LxPz9"',
      ],
      noMatch: ['BUNDLE_GEMS__CONTRIBSYS__COM: ${SIDEKIQ_CREDS}', 'BUNDLE_PATH=vendor/bundle'],
    },
  },
  {
    id: 'secrets/http/sidekiq-url',
    category: 'secret',
    kind: 'package_registry_credentials',
    pattern: /https?:\/\/([0-9a-f]{8}:[0-9a-f]{8})@(?:gems|enterprise)\.contribsys\.com/gi,
    keywords: ['contribsys.com'],
    confidence: { base: 0.95 },
    examples: {
      match: [
        'source "https://4fa1c2d9:9b3e7f10@gems.contribsys.com/" do',
        'gem source https://4fa1c2d9:9b3e7f10@enterprise.contribsys.com',
      ],
      noMatch: ['source "https://gems.contribsys.com/"', 'https://USER:PASS@gems.contribsys.com/'],
    },
  },
  {
    id: 'secrets/http/nuget-cleartext-password',
    category: 'secret',
    kind: 'package_registry_credentials',
    pattern:
      /<add[ \t]{1,3}key[ \t]{0,2}=[ \t]{0,2}"(?:ClearText)?Password"[ \t]{1,3}value[ \t]{0,2}=[ \t]{0,2}"([^"\s]{6,200})"/gi,
    keywords: ['password'],
    ignore: [PLACEHOLDER_PASSWORD],
    confidence: { base: 0.9 },
    examples: {
      match: [
        '<packageSourceCredentials><Internal><add key="Username" value="build" /><add key="ClearTextPassword" value="Nu9!qRz2xLw" /></Internal>',
        '<add key="Password" value="Feed-Pass-2291" />',
      ],
      noMatch: ['<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />', '<add key="ClearTextPassword" value="abc" />'],
    },
  },
];
