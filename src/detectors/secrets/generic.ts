/**
 * Generic credentials: secret-named assignments (gitleaks' generic-api-key idea), password assignments,
 * passwords stated in prose in many languages, Kubernetes Secret manifests, .env blocks, SQL passwords.
 * These run last and carry lower confidence (0.5–0.75) so provider-specific findings win overlaps.
 */
import type { Detector } from '../../engine/types.ts';
import { base64Decode } from '../../checksums/encodings.ts';

/** 'token' → 'token|Token|TOKEN' (no `i` flag: case carries the identifier-part boundary). */
const cases = (...words: string[]): string =>
  words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
const upper = (alternation: string): string => alternation.toUpperCase().replace(/\(\?:/g, '(?:');

/** Words that name a secret when they start an identifier part (api_key, AUTH_TOKEN, x-api-key, passwd). */
const SECRET_WORDS = 'access|auth|api|credentials?|creds|key|passw(?:or)?d|secret|token';
/** Lower-case concatenations seen in config keys (clientsecret, privatekey). */
const GLUED_WORDS =
  'clientsecret|privatekey|masterkey|signingkey|encryptionkey|refreshtoken|sessiontoken|bearertoken|usertoken|bottoken|webhooksecret|jwtsecret|appsecret|appkey';
/** Parts that may follow in the same identifier (secret_access_key, api_key_secret, SECRET_KEY_BASE). */
const SUFFIX_WORDS = 'keys?|tokens?|secrets?|pass(?:w(?:or)?d)?|phrase|value|base|salt|access|auth|private|hash';
/** Identifier parts before a secret word that make the name not a secret (public_key, csrf_token, bucket_key). */
const NOT_SECRET = [
  'public', 'pub', 'csrf', 'xsrf', 'bucket', 'schema', 'sequence', 'primary', 'foreign', 'kms', 'idx', 'hot', 'natural',
  'sort', 'partition', 'cache', 'store', 'vault', 'index', 'unique', 'composite', 'hash', 'lookup', 'map', 'dict',
  'registry', 'row', 'object', 'publishable', 'site',
];

/** Assignment operators of many languages; after a quoted key also ',' (setProperty("KEY", "value")). */
const ASSIGN =
  `(?:[\\x60'"]\\]?[ \\t]{0,2}(?:=>|:=|[:=,])|(?:[ \\t]{1,3}string|:[ \\t]{0,2}string|[ \\t]{1,3}String)?[ \\t]{0,3}(?:=>|={1,2}|:{1,3}=?|\\?=|\\.=|\\+=|\\|\\|=?))`;
/** The value: 10–150 token chars ('=' only as padding, so a value never swallows the next assignment). */
const TOKEN_VALUE = `[ \\t]{0,3}[\\x60'"]?([A-Za-z0-9_.+/~-]{10,150}={0,3})`;
const VALUE_END = `(?=[\\x60'"\\s;,)\\]}<>&]|\\\\[nrt]|$)`;
const ASSIGNED_VALUE = `${ASSIGN}${TOKEN_VALUE}${VALUE_END}`;

/** snake_case, kebab-case, dotted, UPPER_SNAKE and lower-case keys. */
const SNAKE_KEY =
  `(?<![A-Za-z0-9])(?<!(?:${NOT_SECRET.flatMap((w) => [w, w.toUpperCase()]).join('|')})[_.-])` +
  `(?:${GLUED_WORDS}|${SECRET_WORDS}|${upper(SECRET_WORDS)})(?:[_.-]?(?:${SUFFIX_WORDS}|${upper(SUFFIX_WORDS)})){0,2}`;
/** camelCase keys ending in Key/Token: genericToken, apiKey, githubAccessToken (not publicKey, csrfToken). */
const CAMEL_KEY_TOKEN =
  `(?<![A-Za-z0-9_])(?!(?:${NOT_SECRET.join('|')})(?:Key|Token))[a-z][a-z0-9]{0,30}` +
  '(?:Api|Access|Auth|Secret|Private|Session|Refresh|Bearer|Signing|Master)?(?:Keys?|Tokens?)';
/** camelCase keys with Secret/Password/Credentials: clientSecret, dbPassword, userCreds. */
const CAMEL_SECRET =
  '(?<![A-Za-z0-9_])[a-z][a-z0-9]{0,30}(?:Secrets?|Passw(?:or)?d|Credentials?|Creds|Auth)(?:AccessKey|Key|Token|Value|Base|Salt|Hash)?';

/**
 * Prefilter keywords: a key name's last word followed by how an assignment starts (quote, operator, or blanks
 * then an operator), so prose that merely says "key", "token" or "api" does not run the assignment patterns.
 */
const ASSIGN_STARTS = ['"', "'", '`', '=', ':', '?=', '.=', '+=', '|', '\t', '  ', ' \t', ' =', ' :', ' ?', ' .', ' +', ' |', ' string'];
const assignKeywords = (endings: readonly string[], starts: readonly string[] = ASSIGN_STARTS): string[] =>
  endings.flatMap((e) => starts.map((s) => e + s));
const SECRET_WORD_LIST = ['access', 'auth', 'api', 'credential', 'credentials', 'creds', 'key', 'passwd', 'password', 'secret', 'token'];
const SUFFIX_WORD_LIST = [
  'key', 'keys', 'token', 'tokens', 'secret', 'secrets', 'pass', 'passwd', 'password', 'phrase', 'value', 'base', 'salt',
  'access', 'auth', 'private', 'hash',
];
/** SNAKE_KEY: a secret word, then a suffix part ('api_key', 'secretkey') or the assignment. */
const SNAKE_KEYWORDS = [
  ...assignKeywords(SECRET_WORD_LIST),
  ...SECRET_WORD_LIST.flatMap((w) => ['', '_', '.', '-'].flatMap((sep) => SUFFIX_WORD_LIST.map((suffix) => w + sep + suffix))),
];
const CAMEL_SECRET_KEYWORDS = assignKeywords(
  ['secret', 'secrets', 'passwd', 'password', 'credential', 'credentials', 'creds', 'auth'].flatMap((a) =>
    ['', 'key', 'token', 'value', 'base', 'salt', 'hash'].map((b) => a + b),
  ),
);
const PASSWORD_NAMES = ['password', 'passwd', 'passwort', 'pwd', 'pass', 'passphrase'];

/** Values that are code, not secrets: references, identifiers, paths, versions, URLs. */
const CODE_VALUE = [
  /^(?:process\.env|os\.environ|os\.getenv|import\.meta|System\.getenv|ENV|env|config|settings|self|this|window|params|props|secrets|vars?|args?|options|opts|cfg|conf|ctx|context|request|req|res|app|data|values|inputs?|credentials|creds|auth|keys?|local|module|Deno\.env|Environment)[.[]/,
  /^[a-z][a-z0-9]*(?:[._-][a-z][a-z0-9]*)+$/, // dotted/underscored lowercase identifiers (jetbrains.mps.v8_elimination)
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, // CONSTANT_NAMES
  /^[a-z]+(?:[A-Z][a-z0-9]*)+$/, // camelCase identifiers
  /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$/, // PascalCase identifiers
  /^(?:true|false|null|nil|none|undefined|string|number|required|optional)$/i,
  /(?:^|[^A-Za-z0-9])v?\d{1,3}\.\d{1,3}(?:\.\d{1,4})?(?:[^A-Za-z0-9]|$)/, // versions
  /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/, // paths
  /\.(?:pem|p12|pfx|key|crt|cer|der|jks|keystore|keytab|json|ya?ml|txt|env|xml|ini|conf|cfg|properties|js|ts|py|rb|go|sh|html?|png|jpg)$/i,
  /^(?:https?|ftp|file|s3|gs):/i,
  /[()]/, // calls: get_auth_from_url(proxy), z.string(), str(password)
  /^[a-z][a-z0-9]*(?:[./-][a-z][a-z0-9]*)+$/, // lowercase paths and names: karpenter.k8s.aws/instance-type
  /^ENC\[/, // SOPS-encrypted
  /(?:^|[-_.])(?:SNAPSHOT|RELEASE|FINAL)$/i,
];

/** Member paths (mutableState.credential, JsonToken.EndObject) with few digits are code references. */
const MEMBER_PATH = /^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)+$/;

/** Unquoted password values that are code: references, member paths, calls, SOPS values, file paths. */
const isCodeReference = (value: string): boolean =>
  [CODE_VALUE[0]!, /[()]/, /^ENC\[/, /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/, /^[a-z]+(?:_[a-z]+)+$/].some((re) => re.test(value)) ||
  (MEMBER_PATH.test(value) && value.replace(/\D/g, '').length <= 3);

/** Average length of same-case letter runs: identifiers ("JSONParameterEncoder") have long runs, tokens short. */
function meanCaseRun(value: string): number {
  const runs = value.match(/[a-z]+|[A-Z]+/g) ?? [];
  return runs.length ? runs.reduce((n, r) => n + r.length, 0) / runs.length : 0;
}

/** Random-token variety: a digit, or mixed case that is not just capitalised words; not a code reference. */
function hasVariety(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  if (MEMBER_PATH.test(value) && digits <= 3) return false;
  if (digits > 0) return true;
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && meanCaseRun(value) < 3;
}

/** Common words a real password is not ("incorrect", "required", "too short" ...). */
const NOT_A_PASSWORD =
  /^(?:password|passwort|passwd|pass|secret|incorrect|correct|invalid|wrong|required|optional|mandatory|empty|blank|hidden|masked|encrypted|hashed|expired|changed|reset|strong|weak|long|short|missing|needed|necessary|case-sensitive|stored|saved|set|unset|the|a|an|not|too|very|same|different|below|above|following|attached|provided|given|sent|here|there|this|that|what|which|your|my|our|their|its|his|her|null|none|undefined|true|false|string|unknown|default|admin|changeme|welcome|letmein|qwerty|example|sample|dummy|placeholder|credentials|anonymous|secret123|password123|passw0rd)$/i;

/** Password-like: 6+ chars with at least two character classes (or 8+ digits), not a plain word. */
export function looksLikePassword(value: string): boolean {
  if (value.length < 6 || NOT_A_PASSWORD.test(value)) return false;
  if (/^\d+$/.test(value)) return value.length >= 8;
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/\d/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  if (classes < 2) return false;
  // A capitalised plain word ("Monday", "Incorrect") or a word with trailing punctuation is not enough.
  if (/^[A-Z]?[a-z]+[.,;:!?]?$/.test(value)) return false;
  return !/^(?:https?:|www\.|[/~\\]|\.{1,2}\/)/i.test(value) && !/^[^@\s]{1,64}@[^@\s]{1,255}\.[a-z]{2,}$/i.test(value);
}

/**
 * A password stated in prose must look chosen, not like a word of the sentence: a digit, a symbol, or mixed
 * case that is not just a capitalised word ("indiqué", "Incorrect", "re-enter" are words).
 */
export function looksLikeProsePassword(value: string): boolean {
  if (!looksLikePassword(value)) return false;
  if (/^\p{Lu}?\p{Ll}+(?:[-'’]\p{Ll}+)*$/u.test(value) || /^\p{Lu}+$/u.test(value)) return false;
  return /\d/.test(value) || /[^\p{L}\p{N}]/u.test(value) || (/\p{Ll}/u.test(value) && /\p{Lu}/u.test(value));
}

/** A password with no verb before it ("username admin, password X"): it must be strong, several classes. */
function looksLikeStrongPassword(value: string): boolean {
  if (!looksLikeProsePassword(value) || value.length < 8 || !/\d/.test(value)) return false;
  if (/^\p{Lu}?\p{Ll}+\d{1,4}[!.]?$/u.test(value)) return false; // Password1, Summer2024!
  return /[^A-Za-z0-9]/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value));
}

/** Kubernetes Secret data value: canonical padded base64 that decodes. */
function isK8sSecretValue(value: string): boolean {
  const v = value.trim();
  if (v.length < 12) return false;
  const full = v.length <= 300 && v.length % 4 === 0;
  // Base64 of real data nearly always shows a digit or + / =; plain words ("LoadBalancer") do not.
  if (!/[\d+/=]/.test(v)) return false;
  const bytes = base64Decode(full ? v : v.slice(0, v.length - (v.length % 4)));
  return bytes !== null && bytes.length >= 8 && (full || v.length > 300);
}

const PROSE_PASSWORD_WORDS = [
  // English
  '(?:pass ?word|passcode|passphrase|pass phrase|pwd|pin code)',
  // German, Dutch, French, Spanish, Portuguese, Italian (password/parola d’ordine), Nordic, Polish, Czech, Turkish, Finnish, Hungarian
  '(?:passwort|kennwort|wachtwoord|mot de passe|mdp|contraseña|contrasena|clave|senha|parola d.ordine|lösenord|losenord|adgangskode|passord|hasło|haslo|heslo|şifre|sifre|şifrem|sifrem|salasana|jelszó|jelszo)',
  // Russian, Japanese, Chinese, Korean
  '(?:пароль|парол|パスワード|暗証番号|密码|密碼|口令|비밀번호|암호)',
].join('|');
/** '… for the VPN account', '… für das WLAN', '… per l’account' between the word and the verb. */
const PROSE_QUALIFIER =
  "(?:[ \\t]{1,2}(?:(?:for|to|of|on|per|pour|de|du|des|für|fur|voor|van|para|do|da|del|della|dell|zum|zur|til|för|dla|pro|için|icin)[ \\t]|(?:dell|l|d)['’])[^\\n:=?：是为為는은이は]{1,40}?)?";
const PROSE_VERB =
  '(?:[ \\t]{0,2}(?::|=|：|は|是|为|為|는|은|이)|[ \\t]{1,2}-|[ \\t]{1,2}(?:is|was|will be|is now|is set to|has been set to|lautet|ist|war|est|es|era|é|è|is nu|luidt|är|er|on|jest|to|je|olarak|это)[ \\t]{0,2}:?)';

export const detectors: Detector[] = [
  {
    id: 'secrets/generic/api-key-assignment',
    category: 'secret',
    kind: 'generic_secret',
    pattern: new RegExp(`${SNAKE_KEY}${ASSIGNED_VALUE}`, 'g'),
    keywords: SNAKE_KEYWORDS,
    minEntropy: 3.5,
    validate: (value) => hasVariety(value) && !CODE_VALUE.some((re) => re.test(value)),
    confidence: { base: 0.6 },
    examples: {
      match: [
        'In my config I have client_secret = "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB" — is that safe to commit?',
        '{"generic_token": "o-_Ex1JXY1ts1x3sPOO9i8WJ9-JfPRUT"}',
        'API_KEY: "fiKs6epBx78QRZSaaxaGcF01h+wOsdkb"',
        "app.config['SECRET_KEY'] = 'f3a9c1e7b2d84f6a9c0e1b3d5f7a9c2e'",
        'System.setProperty("SERVICE_AUTH_TOKEN", "IspLuF6oRryY8TejezkG-LfLaenX4LqH467C5AIA")',
        'aws_secret_access_key = Ts9xq2Lm8RvP4wZ7nK3jB6yH1cF5dG0aE2uI9oQ',
      ],
      noMatch: [
        'public_key = "9Cnzq4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
        'api_version = "2023-10-01-preview"',
        'csrf_token = "Mj2qykJO5rELyHgezQ69nzUX0i3OH67V"',
        'token_url = "https://auth.acme-corp.io/oauth/token"',
        'api_key = os.getenv("OPENAI_API_KEY")',
        'secret_name = "prod-db-credentials"',
        'const apiKey = process.env.STRIPE_SECRET_KEY;',
      ],
    },
  },
  {
    id: 'secrets/generic/camel-key-assignment',
    category: 'secret',
    kind: 'generic_secret',
    pattern: new RegExp(`${CAMEL_KEY_TOKEN}${ASSIGNED_VALUE}`, 'g'),
    keywords: assignKeywords(['key', 'keys', 'token', 'tokens']),
    minEntropy: 3.5,
    validate: (value) => hasVariety(value) && !CODE_VALUE.some((re) => re.test(value)),
    confidence: { base: 0.6 },
    examples: {
      match: [
        'String genericToken = "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB";',
        'const config = { apiKey: "fiKs6epBx78QRZSaaxaGcF01h+wOsdkb", region: "eu" };',
        'const apiKey: string = "fiKs6epBx78QRZSaaxaGcF01h+wOsdkb";',
      ],
      noMatch: [
        'publicKey = "9Cnzq4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
        'const cacheKey = buildKey(userId, "v2");',
      ],
    },
  },
  {
    id: 'secrets/generic/camel-secret-assignment',
    category: 'secret',
    kind: 'generic_secret',
    pattern: new RegExp(`${CAMEL_SECRET}${ASSIGNED_VALUE}`, 'g'),
    keywords: CAMEL_SECRET_KEYWORDS,
    minEntropy: 3.5,
    validate: (value) => hasVariety(value) && !CODE_VALUE.some((re) => re.test(value)),
    confidence: { base: 0.6 },
    examples: {
      match: [
        'oauth: { clientSecret: "o-_Ex1JXY1ts1x3sPOO9i8WJ9-JfPRUT" }',
        '$dbPassword = "Kq8zR2vLx9wTm4pN";',
      ],
      noMatch: ['clientSecret = process.env.CLIENT_SECRET', 'secretSize = XXH3_SECRET_SIZE_MIN'],
    },
  },
  {
    id: 'secrets/generic/xml-secret-element',
    category: 'secret',
    kind: 'generic_secret',
    pattern: new RegExp(
      `<(?:[A-Za-z0-9_.-]{0,40}(?:${SECRET_WORDS}|${upper(SECRET_WORDS)}|Access|Auth|Api|Credentials?|Creds|Key|Passw(?:or)?d|Secret|Token))>\\s{0,20}([A-Za-z0-9_.+/~=-]{10,150})\\s{0,20}</`,
      'g',
    ),
    keywords: SECRET_WORD_LIST.map((w) => `${w}>`),
    minEntropy: 3.5,
    validate: (value) => hasVariety(value) && !CODE_VALUE.some((re) => re.test(value)),
    confidence: { base: 0.6 },
    examples: {
      match: [
        '<settings>\n  <apiToken>o-_Ex1JXY1ts1x3sPOO9i8WJ9-JfPRUT</apiToken>\n</settings>',
        '<ClientSecret>Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB</ClientSecret>',
      ],
      noMatch: ['<UserSecretsId>79a3edd0-2092-40a2-a04d-dcb46d5ca9ed</UserSecretsId>', '<apiKey>${API_KEY}</apiKey>'],
    },
  },
  {
    id: 'secrets/generic/password-assignment',
    category: 'secret',
    kind: 'password',
    // password = "…" / PASSWORD: '…' / "db_password": "…" — quoted literal, lower entropy allowed.
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9])(?:client|private|app|master|user|admin|service|shared|root|login|smtp|mail|email|ldap|db|database|redis|mysql|postgres|pg|sql|ftp|wifi|vpn|sa|bind|keystore|truststore)?(?:${cases('password', 'passwd', 'passwort', 'pwd', 'pass', 'passphrase', 'pw')})|(?<=[a-z0-9])(?:Password|Passwd|Pwd|Pass|Passphrase))` +
        `(?:[ \\t]{0,2}[\\x60'"])?[ \\t]{0,12}(?:=>|:=|={1,2}|:|,)[ \\t]{0,3}[\\x60'"]([^\\s'"\\x60<>{}()\\[\\]]{6,100})[\\x60'"]`,
      'g',
    ),
    keywords: assignKeywords(
      [...PASSWORD_NAMES, 'pw'],
      ['"', "'", '`', '=', ':', ',', '\t', '  ', ' \t', ' "', " '", ' `', ' =', ' :', ' ,'],
    ),
    validate: looksLikePassword,
    minEntropy: 2.3,
    ignore: [/^(?:password|passwd|secret|changeit|changeme|hunter2|admin123|root|toor|string)$/i, /^%[a-z]/i, /^[A-Z_]+$/],
    confidence: { base: 0.7 },
    examples: {
      match: [
        'DATABASES = {"default": {"USER": "app", "PASSWORD": "Kq8!zR2vLx9w"}}',
        "smtp_password: 'Tr0ub4dor&3'",
        'administrator_login_password = "lakehouse4Pike"',
        'db.connect(host="10.0.0.5", user="etl", password="Wx9#rT2q")',
      ],
      noMatch: [
        'password = "password"',
        '<input type="password" name="pwd">',
        'password: "${DB_PASSWORD}"',
        'if (password == "") return error',
      ],
    },
  },
  {
    id: 'secrets/generic/password-assignment-unquoted',
    category: 'secret',
    kind: 'password',
    // PASSWORD=Kq8!zR2vLx9w / password: hunter22 (YAML, .env, ini, CLI --password=)
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9])(?:client|private|app|master|user|admin|service|shared|root|login|smtp|mail|email|ldap|db|database|redis|mysql|postgres|pg|sql|ftp|wifi|vpn|sa|bind|keystore|truststore)?(?:${cases('password', 'passwd', 'passwort', 'pwd', 'pass', 'passphrase')})|(?<=[a-z0-9])(?:Password|Passwd|Pwd|Pass|Passphrase))` +
        `[ \\t]?(?:=|:[ \\t])[ \\t]?([^\\s'"\\x60<>{}()\\[\\],;]{6,100})`,
      'g',
    ),
    keywords: assignKeywords(PASSWORD_NAMES, ['=', ': ', ':\t', ' =', ' : ', ' :\t', '\t=', '\t:']),
    validate: (value) => looksLikePassword(value) && !isCodeReference(value) && !/^\$|^%/.test(value),
    minEntropy: 2.5,
    confidence: { base: 0.65 },
    examples: {
      match: ['DB_PASSWORD=8ae31cacf141669ddfb5da', 'mysql --user=doadmin --password=str0ng!Pw9 --host=db.internal', 'redis_password: Rd5!kLm2qW'],
      noMatch: ['password: ${DB_PASSWORD}', 'password = var.db_password', 'PASSWORD=changeme', 'password: required'],
    },
  },
  {
    id: 'secrets/generic/password-in-prose',
    category: 'secret',
    kind: 'password',
    pattern: new RegExp(
      `(?<![A-Za-z0-9_.$\\u00C0-\\u024F\\u0400-\\u04FF-])(?:${PROSE_PASSWORD_WORDS})${PROSE_QUALIFIER}${PROSE_VERB}[ \\t]{0,3}["'“”‘’«»「]?([^\\s"'“”‘’«»」]{5,63}[^\\s"'“”‘’«»」.,;:!?)])(?=$|[\\s"'“”‘’«»」.,;:!?)])`,
      'gi',
    ),
    keywords: [
      'password', 'pass word', 'passcode', 'passphrase', 'pass phrase', 'pwd', 'pin code', 'passwort', 'kennwort',
      'wachtwoord', 'mot de passe', 'mdp', 'contraseña', 'contrasena', 'clave', 'senha', 'parola', 'lösenord', 'losenord',
      'adgangskode', 'passord', 'hasło', 'haslo', 'heslo', 'şifre', 'sifre', 'ifre', 'salasana', 'jelszó', 'jelszo',
      // the prefilter lower-cases ASCII only: 'ароль' also finds 'Пароль'
      'ароль', 'арол', 'パスワード', '暗証番号', '密码', '密碼', '口令', '비밀번호', '암호',
    ],
    validate: (value) => looksLikeProsePassword(value) && !isCodeReference(value),
    confidence: { base: 0.7 },
    examples: {
      match: [
        'Das neue Passwort für den gemeinsamen Server-Zugang lautet Kq7!mWz2pLx und gilt ab sofort.',
        "La password dell'account di backup è Ve9#tRq2Lm, cambiala subito.",
        'Can you help me log in? my password is Tr0ub4dor&3 and it keeps failing',
        'The wifi password: Blue-Lagoon-2291',
        'Mein Passwort lautet Sonne#Berg77, bitte prüfen.',
        'Le mot de passe : Chat!Noir2024',
        'La contraseña es Gato_Rojo88',
        'Het wachtwoord is Fiets2023!',
        'A senha é Praia#Azul55',
        "La password per l'account è Roma2024!x",
        'Пароль: Qwe!rty2024',
        '我的密码是 Beijing2024!',
      ],
      noMatch: [
        'What is a good password? Something like 12 characters?',
        'The password is incorrect.',
        'Your password is required to continue.',
        'My password is password',
        'Das Passwort ist zu kurz.',
        'The password must be at least 8 characters.',
        'Dans la doc, le mot de passe est indiqué comme ******** pour le masquer.',
        'The password is re-entered on the next screen.',
      ],
    },
  },
  {
    id: 'secrets/generic/password-after-username',
    category: 'secret',
    kind: 'password',
    // "username admin, password X": credentials listed without a verb; the value must be strong.
    pattern:
      /\b(?:user(?:name)?|user name|login|benutzer(?:name)?|utilisateur|usuario)[ \t]{1,2}[^\s,;]{1,40}[ \t]{0,2}[,;][ \t]{0,3}(?:and[ \t]{1,2}|und[ \t]{1,2}|et[ \t]{1,2}|y[ \t]{1,2})?(?:password|passwort|kennwort|pwd|mot de passe|contraseña)[ \t]{1,2}([^\s"'“”‘’«»]{7,63}[^\s"'“”‘’«».,;:!?)])(?=$|[\s"'“”‘’«».,;:!?)])/gi,
    keywords: ['password', 'passwort', 'kennwort', 'pwd', 'mot de passe', 'contraseña'],
    validate: (value) => looksLikeStrongPassword(value) && !isCodeReference(value),
    confidence: { base: 0.7 },
    examples: {
      match: [
        'I cannot reach the router UI, username admin, password Zr8=kP!w2Tq. Is it locked?',
        'Benutzer backup; Passwort Hq4!vN7zLp9 — bitte prüfen',
      ],
      noMatch: [
        'username admin, password required for every login',
        'username admin, password Password1',
        'username jdoe, password reset link expired',
      ],
    },
  },
  {
    id: 'secrets/generic/login-user-slash-password',
    category: 'secret',
    kind: 'password',
    // "the login for staging is ops / X", "credentials: deploy / X"
    pattern:
      /\b(?:login|logins|credentials?|creds)(?:[ \t](?:for|to|on)[ \t][^\n/:]{1,40}?)?(?:[ \t](?:is|are)[ \t]|:[ \t]?)[A-Za-z0-9._@-]{1,40} ?\/ ?([^\s"'“”‘’«»]{7,63}[^\s"'“”‘’«».,;:!?)])(?=$|[\s"'“”‘’«».,;:!?)])/gi,
    keywords: ['login', 'credential', 'creds'],
    validate: (value) => looksLikeStrongPassword(value) && !isCodeReference(value),
    confidence: { base: 0.7 },
    examples: {
      match: [
        'the login for the test jenkins is ci / Wq7%hLz2Rk9, please write the job config',
        'Credentials: deploy / Pm4#xT8vQz2',
      ],
      noMatch: [
        'the login page is /auth / see docs/login.md',
        'credentials are admin / admin123 on the demo box',
        'login is ops / the usual one',
      ],
    },
  },
  {
    id: 'secrets/generic/env-list-secret',
    category: 'secret',
    kind: 'generic_secret',
    // Kubernetes / Helm env lists: "- name: API_TOKEN" then "value: …" on the next line.
    pattern:
      /-[ \t]{1,3}name:[ \t]{0,2}['"]?[A-Z0-9_]{0,60}(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY|SIGNING_KEY|CREDENTIALS?)[A-Z0-9_]{0,30}['"]?[ \t]{0,4}\r?\n[ \t]{0,20}value:[ \t]{0,2}['"]?([^\s'"#]{8,200})/g,
    keywords: ['- name:'],
    minEntropy: 3.0,
    validate: (value) => hasVariety(value) && !CODE_VALUE.some((re) => re.test(value)) && !/^\$|^%|^\{/.test(value),
    confidence: { base: 0.65 },
    examples: {
      match: [
        'env:\n  - name: API_TOKEN\n    value: "Hq2Lw9XzPk4TmR7vNc3BdY8sFg"\n  - name: LOG_LEVEL\n    value: info',
        'containers:\n  - env:\n    - name: DB_PASSWORD\n      value: Rk8zWq3mTx9L',
      ],
      noMatch: [
        'env:\n  - name: API_TOKEN\n    value: "{{ .Values.apiToken }}"',
        'env:\n  - name: LOG_LEVEL\n    value: "Hq2Lw9XzPk4TmR7vNc3BdY8sFg"',
        'env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: api\n        key: token',
      ],
    },
  },
  {
    id: 'secrets/generic/kubernetes-secret-data',
    category: 'secret',
    kind: 'kubernetes_secret',
    pattern:
      /^[ \t]{1,16}[A-Za-z0-9._-]{1,100}:[ \t]{1,3}(?:[|>][-+]?[ \t]{0,4}\r?\n[ \t]{1,20})?['"]?([A-Za-z0-9+/]{12,300}={0,2})(?=['"]?[ \t]{0,8}(?:\r?\n|$)|[A-Za-z0-9+/])/gm,
    keywords: ['kind: secret', "kind: 'secret'", 'kind: "secret"'],
    validate: isK8sSecretValue,
    ignore: [/^(?:MWYyZDFlMmU2N2Rm|YWRtaW4=)$/], // the Kubernetes documentation's Secret example (admin / 1f2d1e2e67df)
    context: {
      words: ['kind: secret', "kind: 'secret'", 'kind: "secret"'],
      required: true,
      before: 1000,
      after: 1000,
    },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: [
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  username: c3ZjLXJlcG9ydGluZw==\n  password: Vng3I2tQMm0hcVI5d3o=\n',
        "apiVersion: v1\ndata:\n  password: 'Vng3I2tQMm0hcVI5d3o='\nkind: Secret\nmetadata:\n  name: app\n",
      ],
      noMatch: [
        'apiVersion: v1\nkind: ConfigMap\ndata:\n  settings: c3ZjLXJlcG9ydGluZw==\n',
        'apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.password }}\n  extra: YmFyCg==\n',
      ],
    },
  },
  {
    id: 'secrets/generic/dotenv-secret',
    category: 'secret',
    kind: 'generic_secret',
    // .env lines: UPPER_SNAKE name containing SECRET/TOKEN/PASSWORD/KEY = high-entropy value
    pattern:
      /^[ \t]{0,8}(?:export[ \t]{1,3})?(?!(?:NEXT_)?PUBLIC_)[A-Z0-9_]{0,60}(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|PRIVATE_KEY|API_KEY|APIKEY|ACCESS_KEY|SIGNING_KEY|ENCRYPTION_KEY|MASTER_KEY|AUTH_KEY|CLIENT_KEY|SECRET_KEY|CREDENTIALS?)S?(?:_(?:KEY|BASE|VALUE|SALT|SECRET|TOKEN))?[ \t]{0,2}=[ \t]{0,2}['"]?([^\s'"#]{8,200})/gm,
    keywords: assignKeywords(
      ['secret', 'token', 'password', 'passwd', 'passphrase', 'key', 'credential', 'credentials', '_base', '_value', '_salt']
        .flatMap((e) => [e, `${e}s`]),
      ['=', ' =', '  =', '\t'],
    ),
    minEntropy: 3.0,
    validate: (value) => hasVariety(value) && !CODE_VALUE.some((re) => re.test(value)) && !/^\$|^%/.test(value),
    confidence: { base: 0.65 },
    examples: {
      match: [
        'NODE_ENV=production\nJWT_SECRET=kP9x!vR2qLm8zW4t\nPORT=8080',
        'export STRIPE_WEBHOOK_SECRET="Wq7$zL2x9RvP4mKt"',
      ],
      noMatch: ['JWT_SECRET=\nAPI_KEY=', 'NEXT_PUBLIC_API_KEY=${PUBLIC_KEY}', 'SESSION_SECRET=changeme'],
    },
  },
  {
    id: 'secrets/generic/sql-password',
    category: 'secret',
    kind: 'password',
    pattern: /\b(?:IDENTIFIED[ \t]{1,3}BY|WITH[ \t]{1,3}(?:ENCRYPTED[ \t]{1,3})?PASSWORD|PASSWORD[ \t]{0,2}=)[ \t]{1,3}'([^'\s]{4,100})'/gi,
    keywords: ['identified', 'password'],
    ignore: [/^(?:password|passwd|secret|changeme|pass|test)$/i, /^\$|^%|^:/],
    confidence: { base: 0.75 },
    examples: {
      match: [
        "CREATE USER 'report'@'%' IDENTIFIED BY 'Rp7!xq2Lzw';",
        "ALTER ROLE app_rw WITH PASSWORD 'Kx3v9PqLz2';",
      ],
      noMatch: ["CREATE USER 'report'@'%' IDENTIFIED BY 'password';", "ALTER USER app WITH PASSWORD '$1';"],
    },
  },
];
