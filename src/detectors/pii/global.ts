import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import {
  btcBase58Valid,
  btcBech32Valid,
  mrzTd1Valid,
  mrzTd3Line2Valid,
  plausibleBirthDate,
} from '../../checksums/banking.ts';
import { allSameDigit, digitsOf } from '../../checksums/digits.ts';
import type { Detector } from '../../engine/types.ts';

// ------------------------------------------------------------------------------------------ helpers

/**
 * Every 'h:h' pair of hex digits around a colon: any IPv6 address other than '::' and any colon-separated MAC
 * contains one, and ordinary prose almost never does (0.5% of benign prompts, mostly clock times).
 */
const HEX = '0123456789abcdef';
const HEX_COLON_HEX: readonly string[] = [...HEX].flatMap((a) => [...HEX].map((b) => `${a}:${b}`));

/** A keyword must start a word: prefixes the short ones with the characters that can precede a word. */
const wordStart = (words: readonly string[]): string[] => words.flatMap((w) => [' ', '\n', '(', '"', '\t'].map((p) => p + w));

/** Regions whose national (no +CC) formats we accept when a phone word is near. */
const PHONE_REGIONS: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN', 'CA', 'BR', 'ES', 'IT', 'NL'];

const PHONE_WORDS = [
  'phone', 'tel', 'tel.', 'telephone', 'mobile', 'cell phone', 'cell number', 'cell:', 'my cell', 'cellphone', 'call', 'fax',
  'whatsapp', 'sms', 'text me', 'contact', 'reach me', 'landline', 'hotline', 'handy', 'handynummer', 'mobilnummer', 'telefon', 'telefonnummer', 'mobil', 'rufnummer',
  'téléphone', 'portable', 'tél', 'teléfono', 'telefono', 'móvil', 'celular', 'cellulare', 'telefoon', 'mobiel',
  'numéro', 'número', 'numero', 'nummer', 'phone number',
];

/**
 * Prefilter for national numbers (context is required, so these only need to cover PHONE_WORDS as they appear
 * before a number): 'tel', 'call' and 'cell' alone occur in 'hotel', 'callback' and 'excellent'.
 */
const PHONE_KEYWORDS = [
  'phone', 'tel:', 'tel.', ...wordStart(['tel ']), 'tél', 'telefon', 'telefoon', 'teléfono', 'mobile', 'mobil:', 'mobil ', 'mobilnummer',
  'cell phone', 'cell number', 'cell:', 'my cell', 'cell is', 'cell #', 'cellphone', 'celular', 'cellulare', 'móvil',
  'call me', 'call us', 'call on', 'call at', 'call my', 'call him', 'call her', 'call the', 'call (', ...[...'0123456789'].map((d) => `call ${d}`), 'fax', 'whatsapp',
  'sms', 'text me', 'contact', 'reach me', 'landline', 'hotline', 'handy', 'rufnummer', 'portable', 'numéro', 'número',
  'numero', 'nummer',
];

/** North American toll-free numbers (8XX) belong to businesses. */
const TOLL_FREE = /^(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]/;

/** libphonenumber costs ~10 µs a call: remember recent verdicts (a paste repeats the same numbers). */
function memo(fn: (value: string) => boolean): (value: string) => boolean {
  const cache = new Map<string, boolean>();
  return (value) => {
    let verdict = cache.get(value);
    if (verdict === undefined) {
      if (cache.size >= 2048) cache.clear();
      cache.set(value, (verdict = fn(value)));
    }
    return verdict;
  };
}

function internationalPhoneValid(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length < 8 || digits.length > 15 || allSameDigit(digits)) return false;
  return parsePhoneNumberFromString(value.replace(/[^\d+]/g, ''))?.isValid() ?? false;
}

function nationalPhoneValid(value: string, regions: readonly CountryCode[]): boolean {
  const digits = digitsOf(value);
  if (digits.length < 7 || digits.length > 13 || allSameDigit(digits) || /^(?:19|20)\d{6}$/.test(digits)) return false;
  return regions.some((r) => parsePhoneNumberFromString(value, r)?.isValid() ?? false);
}

/** Parses an IPv6 address (with an optional trailing dotted IPv4, zone and prefix); '::' alone is not enough. */
function ipv6Valid(value: string): boolean {
  let v = value;
  const slash = v.indexOf('/');
  if (slash >= 0) {
    if (Number(v.slice(slash + 1)) > 128) return false;
    v = v.slice(0, slash);
  }
  const pct = v.indexOf('%');
  if (pct >= 0) v = v.slice(0, pct);
  if (v === '::' && slash < 0) return false;
  // Rust/C++ paths such as F::Bbb or E::C are hex-shaped: a real address (or prefix) has a digit
  if (!/\d/.test(v)) return false;
  // '::1' (loopback) and Python slices such as [1::2] carry too few hex digits to be anyone's address
  if (v.includes('::') && !v.includes('.') && v.replace(/[^0-9A-Fa-f]/g, '').length < 4) return false;
  let groups = 0;
  const dot = v.indexOf('.');
  if (dot >= 0) {
    const lastColon = v.lastIndexOf(':');
    if (!ipv4Valid(v.slice(lastColon + 1))) return false;
    v = v.slice(0, lastColon + 1) + (v[lastColon - 1] === ':' ? '' : '0');
    groups = 2;
    if (v.endsWith(':0')) groups = 1; // the placeholder '0' counts as one of the two
  }
  const halves = v.split('::');
  if (halves.length > 2) return false;
  const parse = (s: string): number => {
    if (s === '') return 0;
    const parts = s.split(':');
    for (const p of parts) if (!/^[0-9A-Fa-f]{1,4}$/.test(p)) return -1;
    return parts.length;
  };
  const a = parse(halves[0]!);
  const b = halves.length === 2 ? parse(halves[1]!) : 0;
  if (a < 0 || b < 0) return false;
  const total = a + b + groups;
  return halves.length === 2 ? total <= 7 : total === 8;
}

function ipv4Valid(value: string): boolean {
  const parts = value.split('/')[0]!.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255 && !(p.length > 1 && p[0] === '0'));
}

/** Private, loopback, link-local, CGNAT, documentation, multicast and reserved IPv4 ranges identify nobody. */
function publicIpv4(value: string): boolean {
  if (!ipv4Valid(value)) return false;
  const prefix = value.split('/')[1];
  if (prefix !== undefined && Number(prefix) > 32) return false;
  const [a, b, c] = value.split('/')[0]!.split('.').map(Number) as [number, number, number, number];
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if ((a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if ((a === 192 && b === 0 && (c === 0 || c === 2)) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false;
  if (a === 198 && (b === 18 || b === 19)) return false;
  return true;
}

/** Every octet ≤ 30: reads like a version or build number (11.2.0.1) rather than an address. */
const versionLike = (value: string): boolean => value.split('/')[0]!.split('.').every((o) => Number(o) <= 30);

/** Public resolvers and the customary placeholders: shared infrastructure, not anyone's address. */
const WELL_KNOWN_IPV4 = /^(?:1\.1\.1\.1|1\.0\.0\.1|8\.8\.8\.8|8\.8\.4\.4|9\.9\.9\.9|149\.112\.112\.112|208\.67\.222\.222|208\.67\.220\.220|1\.2\.3\.4|4\.3\.2\.1|123\.123\.123\.123|123\.45\.67\.89)(?:\/\d+)?$/;

/** A base58 address has no literal to prefilter on, so it runs only where money or crypto is mentioned. */
const BTC_WORDS = [
  'btc', 'bitcoin', 'wallet', 'crypto', 'satoshi', 'blockchain', 'electrum', 'coinbase', 'binance', 'kraken', 'trezor',
  'segwit', 'p2pkh', 'p2sh', 'multisig', 'send to', 'send it to', 'pay to', 'refund to', 'address:', 'address is',
];

const IP_WORDS = ['ip', 'ips', 'ipv4', 'ip address', 'server', 'host', 'gateway', 'router', 'dns', 'ssh', 'ping', 'connect', 'connected', 'login', 'logged', 'firewall', 'blocked', 'attacker', 'source', 'vpn', 'address'];

/** Prefilter for the context-required small addresses: IP_WORDS as they occur ('ip' alone is in 'zip', 'tip'). */
const IP_KEYWORDS = [
  ...wordStart(['ip ', 'ip:', 'ips', 'ping ']), 'ip=', 'ipv4', 'ip address', 'address', 'server', 'host:', 'host ', 'hostname', 'gateway',
  'router', 'dns', 'ssh', 'connect', 'login', 'logged', 'firewall', 'blocked', 'attacker', 'source', 'vpn',
];

// `(?=\d)` first: the look-behinds then run only where a digit starts, not at every position.
const IPV4_PATTERN =
  /(?=\d)(?<![\w.-])(?<!version )(?<!version: )(?<!ver )(?<!release )(?<!build )(?<!firmware )(?<!v)(?<!v )(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:\/\d{1,2})?)(?![\w-]|\.\d)/gi;

/** Month names (EN, DE, FR, ES, NL, IT) → month number, for dates of birth written with words. */
const MONTHS: readonly [RegExp, number][] = [
  [/^(?:jan|gen|ene)/, 1], [/^f[eé][bv]/, 2], [/^(?:mar(?!s)|mär|maa|mars)/, 3], [/^a[pvb]r/, 4],
  [/^(?:may|mai|mei|mag|mayo)/, 5], [/^(?:jun|juin|giu)/, 6], [/^(?:jul|juil|lug)/, 7], [/^(?:aug|ao[uû]|ago)/, 8],
  [/^(?:sep|set)/, 9], [/^o[ck]t|^ott/, 10], [/^nov/, 11], [/^d[eéi][cz]|^dic/, 12],
];

function monthOf(word: string): number {
  const w = word.toLowerCase();
  if (/^mars?$/.test(w) || w.startsWith('marz') || w.startsWith('mär') || w.startsWith('maart') || w.startsWith('march')) return 3;
  if (w.startsWith('mai') || w.startsWith('may') || w.startsWith('mei') || w.startsWith('mag')) return 5;
  if (w.startsWith('juin') || w.startsWith('jun') || w.startsWith('giu')) return 6;
  if (w.startsWith('juil') || w.startsWith('jul') || w.startsWith('lug')) return 7;
  for (const [re, m] of MONTHS) if (re.test(w)) return m;
  return 0;
}

const fullYear = (y: string): number => (y.length === 4 ? Number(y) : Number(y) + (Number(y) > new Date().getUTCFullYear() % 100 ? 1900 : 2000));

/** A date (numeric in D/M/Y, M/D/Y or Y-M-D order, or with a month name) that can be a birth date. */
function birthDateValid(value: string): boolean {
  const v = value.trim();
  let m = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(v);
  if (m) return plausibleBirthDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(v);
  if (m) {
    const y = fullYear(m[3]!);
    return plausibleBirthDate(y, Number(m[2]), Number(m[1])) || plausibleBirthDate(y, Number(m[1]), Number(m[2]));
  }
  m = /^(\d{1,2})(?:st|nd|rd|th|er)?\.?\s(?:de\s)?([A-Za-zÀ-ÿ]{3,10})\.?,?\s(?:de\s)?(\d{4})$/.exec(v);
  if (m) return plausibleBirthDate(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  m = /^([A-Za-zÀ-ÿ]{3,10})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})$/.exec(v);
  if (m) return plausibleBirthDate(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  return false;
}

const MONTH_WORD =
  '(?:jan(?:uary|uar|vier|uari)?|feb(?:ruary|ruar|ruari)?|f[eé]vrier|mar(?:ch|s|zo)?|m[aä]rz|maart|apr(?:il|ile)?|avril|abril|' +
  'may|mai|mei|mayo|maggio|june?|juni|juin|junio|giugno|july?|juli|juillet|julio|luglio|aug(?:ust|ustus)?|ao[uû]t|agosto|' +
  'sep(?:t|tember|tembre)?|septiembre|settembre|oct(?:ober|obre)?|okt(?:ober)?|octubre|ottobre|nov(?:ember|embre|iembre)?|' +
  'dec(?:ember)?|d[eé]cembre|dez(?:ember)?|diciembre|dicembre|ene(?:ro)?|gen(?:naio)?)';

const DOB_WORDS = [
  'dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'born', 'born on', 'birthday', 'geboren',
  'geb.', 'geburtsdatum', 'né le', 'née le', 'né', 'née', 'date de naissance', 'fecha de nacimiento', 'nacido', 'nacida',
  'geboortedatum', 'data di nascita', 'nato il', 'nata il',
];

/** A private person's address, not an office's: "home address", "lives at", "wohnhaft", "woonachtig". */
/** Words of a personal attribute that, right after a name, make the name worth reporting. */
const PERSONAL_ATTRIBUTE_WORDS = [
  'salary', 'current', 'proposed', 'bonus', 'gross', 'net pay', 'diagnosis', 'diagnosed',
  'gehalt', 'brutto', 'netto', 'diagnose', 'salaire', 'brut', 'diagnostic', 'salario', 'bruto', 'diagnóstico',
  'salaris', 'loon',
];

const ADDRESS_WORDS = [
  'home address', 'private address', 'my address', 'his address', 'her address', 'their address', 'lives at',
  'live at', 'living at', 'resides', 'residence', 'wohnhaft', 'wohne', 'privatadresse', 'meine adresse', 'woonachtig',
  'woon', 'mijn adres', 'habite', 'demeurant', 'domicilio', 'mi dirección', 'residente', 'abito',
];

/** Form-like labels (not the narrative "born"), for dates written with month names. */
const DOB_FORM_WORDS = [
  'dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birthdate', 'geburtsdatum', 'geb.', 'né le', 'née le',
  'date de naissance', 'fecha de nacimiento', 'geboortedatum', 'data di nascita', 'nato il', 'nata il', 'geboren am',
  'geboren op', 'nacido el', 'nacida el', 'fecha nac', 'birthday is', 'my birthday', 'his birthday', 'her birthday',
];

const PASSPORT_WORDS = [
  'passport', 'passport no', 'passport number', 'passport #', 'passports', 'travel document', 'reisepass', 'reisepassnummer',
  'passeport', 'pasaporte', 'passaporto', 'paspoort', 'paspoortnummer',
];

const LICENCE_WORDS = [
  'driver license', "driver's license", 'drivers license', 'driver licence', 'driving licence', 'driving license',
  "driver's licence", 'dl', 'dl#', 'dl no',
  'führerschein', 'fuhrerschein', 'permis de conduire', 'carnet de conducir', 'licencia de conducir', 'patente',
  'rijbewijs', 'rijbewijsnummer',
];

/** Words that make the following capitalised word a salutation or label rather than a name. */
const NOT_A_NAME =
  /^(?:Sir|Madam|Madame|Team|All|Customer|Customers|Colleague|Colleagues|Friend|Friends|Hiring|Manager|User|Users|Client|Support|Valued|Reader|Readers|Everyone|Member|Members|Applicant|Recruiter|Mr|Mrs|Ms|Dr|Prof|Professor|Doctor|Name|Required|Optional|Unknown|None|Null|Patient|Employee|Account|Holder|Card|Cardholder|Details|Information|Info|The|This|That|Your|My|Our|Their|His|Her|Hello|Hi|Thanks|Thank|Best|Kind|Regards|Sincerely|Herr|Frau|Damen|Herren|Kollegen|Kolleginnen|Monsieur|Madame|Mesdames|Messieurs|Señor|Señora|Señores|Meneer|Mevrouw|Heer|String|Text|Type|Value|Field|First|Last|Full|Surname|Given|Middle|Title|Company|Product|File|Project|Service)\b/;

/** A capitalised name word. ASCII capital, Latin-1 lowercase tail: richer classes make recheck time out. */
const NAME_WORD = "[A-Z][a-zà-öø-ÿ'-]{1,30}";
const PARTICLES = 'van|de|von|da|di|del|der|den|le|la|du|dos|das|ter|ten';
/** Words of organisation names: "Deutsche Bank, IBAN …" is not a person. */
const ORGANISATION_WORD =
  /\b(?:Bank|Banque|Banco|Sparkasse|Volksbank|Raiffeisenbank|Credit|Capital|Finance|Financial|Payments?|Services|Solutions|Systems|Technologies|Partners|Consulting|Logistics|Components|Industries|International|Holding|Group|Trust|Fund|Insurance|Savings|Checking|Business|Corporate|Company|Debit|Gift|Prepaid|Customer|Client|Affiliated|Rate|Cap|Interest|Loan|Main|Primary|Current|Joint|Escrow|Operating|Merchant|Master|Reference|Number|Your|New|Old|Bonus|Expense|Deposit)\b/;

/** Legal-form suffixes: "Orion Components GmbH" is a company, not a person. */
const COMPANY_SUFFIXES = 'GmbH|AG|KG|UG|Ltd|Limited|PLC|plc|Inc|LLC|LLP|Corp|Co|Company|Group|Holding|Holdings|SA|SAS|SARL|BV|NV|SE|SpA|Srl|AB|AS|Oy';
const NAME_CUES = [
  'Name', 'NAME', '[Ff]ull [Nn]ame', '[Nn]ame on card', '[Dd]ear', '[Pp]atient', '[Ee]mployee', '[Cc]ardholder',
  '[Aa]ccount [Hh]older', '[Cc]ustomer', '[Cc]lient', '[Tt]enant', '[Aa]pplicant', '[Cc]andidate', '[Bb]eneficiary',
  '[Pp]ayee', '[Rr]ecipient', '[Mm]y name is', '[Nn]aam', '[Mm]ijn naam is', '[Nn]om', '[Jj]e m.appelle', '[Nn]ombre(?: es| de)?',
  '[Mm]e llamo', 'a nombre de', '[Ll]ocataire', '[Mm]ieter(?:in)?', '[Kk]und(?:e|in)', '[Ii]ch heiße', '[Mm]ein Name ist',
  'läuft auf', 'auf den Namen', '[Ss]igned', '[Ss]ignature', '[Cc]ontact person', '[Aa]ttn',
].join('|');
const SIGN_OFFS = [
  '[Tt]hanks', '[Tt]hank you', '(?:[Bb]est |[Kk]ind |[Ww]arm )?[Rr]egards', '[Ss]incerely', '[Cc]heers', '[Bb]est',
  '(?:[Mm]it freundlichen |[Vv]iele |[Ll]iebe )?Grüße', '[Cc]ordialement', '(?:[Uu]n )?[Ss]aludos?', '(?:[Mm]et vriendelijke )?[Gg]roet(?:en)?',
  '[Ss]aluti', '[Cc]ordiali saluti',
].join('|');
/** The cues as they precede a name ('name' alone is in every 'filename'; 'best' and 'signed' in 'designed'). */
const NAME_CUE_KEYWORDS = [
  'name:', 'name is', 'name on card', 'name :', 'naam:', 'naam is', 'nom:', 'nom :', 'nombre:', 'nombre es', 'nombre de', 'dear ', 'patient',
  'employee', 'cardholder', 'account holder', 'customer:', 'customer ', 'client:', 'client ', 'tenant', 'applicant', 'candidate',
  'beneficiary', 'payee', 'recipient', 'appelle', 'llamo', 'locataire', 'mieter', 'kunde', 'kundin', 'heiße', 'läuft auf',
  'auf den namen', 'signed:', 'signed by', ...wordStart(['signed ']), 'signature', 'contact person', 'attn', 'thanks',
  'thank you', 'regards', 'sincerely', 'cheers', 'best,', 'best\n', 'best ,', 'grüße', 'cordialement', 'saludo', 'groet', 'saluti',
];
const HONORIFICS = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Monsieur|Madame|Mme|Mlle|Señora|Señor|Sra|Srta|Sr|[Mm]eneer|[Mm]evrouw|[Dd]hr|[Mm]evr|Signora|Signor|Sig';
/** Honorifics as words followed by a space or a dot ('dr', 'ms' and 'sig' alone are in 'address', 'items', 'design'). */
const HONORIFIC_KEYWORDS = wordStart(
  ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'herr', 'frau', 'monsieur', 'madame', 'mme', 'mlle', 'señor', 'señora', 'sra', 'srta', 'sr', 'meneer', 'mevrouw', 'dhr', 'mevr', 'sig', 'signor', 'signora']
    .flatMap((h) => [`${h} `, `${h}.`]),
);

// ----------------------------------------------------------------------------------------- detectors

export const detectors: Detector[] = [
  {
    id: 'pii/global/email',
    category: 'pii',
    kind: 'email',
    pattern:
      /(?<![\w.%+:\/-])(?=[A-Za-z0-9._%+-]{1,64}@)([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,7})(?![\w@-]|\.[A-Za-z0-9])/g,
    keywords: ['@'],
    validate: (v) => {
      const [local, domain] = v.split('@') as [string, string];
      if (local.endsWith('.') || local.includes('..')) return false;
      const labels = domain.split('.');
      if (labels.some((l) => l.startsWith('-') || l.endsWith('-'))) return false;
      const tld = labels[labels.length - 1]!.toLowerCase();
      if (!/^(?:[a-z]{2,24}|xn--[a-z0-9]{2,30})$/.test(tld)) return false;
      // image@2x.png, module@1.2.3 and similar file names are not addresses
      return !/^(?:png|jpe?g|gif|svg|webp|bmp|ico|js|mjs|ts|tsx|jsx|css|scss|py|rb|go|rs|java|kt|txt|md|json|ya?ml|xml|html?|lock|exe|dll|zip|gz|tar|pdf)$/.test(tld);
    },
    context: { words: ['email', 'e-mail', 'mail', 'contact', 'address'] },
    ignore: [
      /@(?:[\w-]+\.)*(?:example|test|invalid|localhost)$/i,
      /@(?:[\w-]+\.)*example\.(?:com|org|net|de|fr|co\.uk)$/i,
      /^(?:git|noreply|no-reply|donotreply|do-not-reply|john\.doe|jane\.doe)@/i,
      // service identities, DSN keys and hex mailbox ids are machine addresses, not people
      /\.(?:iam\.)?gserviceaccount\.com$/i,
      /@(?:[\w-]+\.)*(?:ingest\.(?:[\w-]+\.)*sentry\.io|sentry\.io)$/i,
      /^[0-9a-f]{16,}@/i,
      // role mailboxes identify an organisation, not a person
      /^(?:info|contact|hello|support|help|sales|admin|office|press|media|news|newsletter|letters|editor|editors|alerts?|notifications?|billing|accounts|careers|jobs|hr|team|service|feedback|enquiries|inquiries|webmaster|postmaster|abuse|security|privacy|legal|marketing|mail|mailer-daemon)@/i,
      /@(?:users\.noreply\.github\.com|domain\.com|email\.com|company\.com|yourcompany\.com|yourdomain\.com|mail\.com|sample\.com|test\.com|acme\.com|foo\.com|bar\.com)$/i,
    ],
    confidence: { base: 0.8, withContext: 0.9 },
    examples: {
      match: [
        'Please forward the contract to maria.keller@northwind-mail.de before noon.',
        'Reach me at j.okafor+hr@lagos-consulting.com.ng if anything changes.',
        'CC: priya.raman@fincorp.co.in',
      ],
      noMatch: [
        'Send it to user@example.com as a test.',
        'Use the retina asset logo@2x.png for the header.',
        'Clone with git@github.com:acme/tools.git please.',
        'The decorator @property is used in Python classes.',
      ],
    },
  },
  {
    id: 'pii/global/phone-international',
    category: 'pii',
    kind: 'phone_number',
    pattern: /(?<![\w+])(\+[1-9][\d ().-]{6,20}\d)(?![\w-]|\.\d)/g,
    keywords: ['+'],
    validate: memo((v) => internationalPhoneValid(v) && !TOLL_FREE.test(v)),
    context: { words: PHONE_WORDS },
    confidence: { base: 0.75, withContext: 0.9 },
    examples: {
      match: [
        'You can call me on +44 20 7946 0958 after 5pm.',
        'WhatsApp: +49 151 23456789',
        'Our Paris office is +33 1 42 68 53 00.',
      ],
      noMatch: ['The result was +1234 points higher.', 'Adjust the offset by +12 (30) 45 and retry.'],
    },
  },
  {
    id: 'pii/global/phone-nanp',
    category: 'pii',
    kind: 'phone_number',
    // North American layouts: (415) 555-0132, 415-555-0132, 415.555.0132, optionally with a leading 1.
    pattern: /(?<![\w+().-])((?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[.-])\d{3}[.-]\d{4})(?![\w-]|\.\d)/g,
    keywords: [],
    minDigits: 7,
    // toll-free 8XX numbers belong to businesses
    validate: memo((v) => nationalPhoneValid(v, ['US', 'CA']) && !TOLL_FREE.test(v)),
    ignore: [/^\(?123\)?[ .-]?456/, /^\(?555\)?[ .-]?555/],
    context: { words: PHONE_WORDS },
    confidence: { base: 0.65, withContext: 0.85 },
    examples: {
      match: ['My cell is (415) 555-0132, text me anytime.', 'Call the clinic at 617-555-0199 to reschedule.'],
      noMatch: ['Call (015) 555-0132 — no area code starts with 0.', 'Reference 111-111-1111 is a filler value.'],
    },
  },
  {
    id: 'pii/global/phone-national',
    category: 'pii',
    kind: 'phone_number',
    pattern: /(?<![\w+.\/-])(\(?0?\d[\d ()\/.-]{5,16}\d)(?![\w-]|[.\/]\d)/g,
    keywords: PHONE_KEYWORDS,
    validate: memo((v) => nationalPhoneValid(v, PHONE_REGIONS) && !TOLL_FREE.test(v)),
    ignore: [/^\(?0?123\)?[ .-]?456/, /^\(?555\)?[ .-]?555/],
    context: { words: PHONE_WORDS, required: true, before: 40, after: 10 },
    confidence: { base: 0.75, withContext: 0.75 },
    examples: {
      match: [
        'Meine Handynummer: 0151 23456789, bitte nur abends anrufen.',
        'Mobile: 07700 900123 (UK), call after 6.',
        'Mon numéro de téléphone est le 06 12 34 56 78.',
      ],
      noMatch: ['Phone: 12 (that is the extension count).', 'The invoice 2024-03-15 was paid, phone support closed it.'],
    },
  },
  {
    id: 'pii/global/ipv4',
    category: 'pii',
    kind: 'ip_address',
    // Not after "version"/"v" and friends: 1.2.3.4 there is a version string.
    pattern: IPV4_PATTERN,
    keywords: [],
    // four octets, one of them above 30 (else versionLike): at least 5 digits joined by dots
    minDigits: 5,
    validate: (v) => publicIpv4(v) && !versionLike(v),
    ignore: [WELL_KNOWN_IPV4],
    context: { words: IP_WORDS },
    confidence: { base: 0.6, withContext: 0.8 },
    examples: {
      match: ['My home IP is 84.172.19.203, can you check if it is blacklisted?', 'ssh admin@91.198.174.192 fails with timeout'],
      noMatch: [
        'Upgrade to version 1.2.3.4 before Friday.',
        'The address 300.12.4.1 is not valid.',
        'Our gateway is 10.20.0.1 and the proxy runs on 127.0.0.1.',
      ],
    },
  },
  {
    id: 'pii/global/ipv4-small',
    category: 'pii',
    kind: 'ip_address',
    // Addresses whose octets are all small read like version numbers (11.2.0.1): only with an IP word near.
    pattern: IPV4_PATTERN,
    keywords: IP_KEYWORDS,
    validate: (v) => publicIpv4(v) && versionLike(v),
    ignore: [WELL_KNOWN_IPV4],
    context: { words: IP_WORDS, required: true },
    confidence: { base: 0.7, withContext: 0.7 },
    examples: {
      match: ['The attacker IP was 23.4.11.9 according to the firewall log.', 'Can you ping host 8.26.5.17 from the VPN?'],
      noMatch: ['We are on 11.2.0.1 of the firmware, can we jump to 12.0.1.3?', 'My IP is 10.0.0.5 at home.'],
    },
  },
  {
    id: 'pii/global/ipv6',
    category: 'pii',
    kind: 'ip_address',
    pattern:
      /(?<![\w:.%])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:])([0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{0,44}[0-9A-Fa-f:](?:%[0-9A-Za-z]{1,15})?(?:\/\d{1,3})?)(?![\w:%]|\.[0-9A-Za-z])/g,
    keywords: ['::', ...HEX_COLON_HEX],
    validate: ipv6Valid,
    context: { words: ['ip', 'ipv6', 'ip address', 'server', 'host', 'gateway', 'subnet', 'router', 'dns', 'ssh', 'ping', 'address'] },
    confidence: { base: 0.6, withContext: 0.8 },
    examples: {
      match: ['Our VPN exit is 2a02:8108:1fc0:3d4::1b7, please whitelist it.', 'ping fe80::1ff:fe23:4567:890a%eth0'],
      noMatch: ['The meeting is at 12:34:56 today.', 'Call std::sort on the vector.', 'The ratio is 1:2:3:4.'],
    },
  },
  {
    id: 'pii/global/mac',
    category: 'pii',
    kind: 'mac_address',
    pattern:
      /(?<![\w:.-])(?=[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]|[0-9A-Fa-f]{4}\.)([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.[0-9A-Fa-f])/g,
    // colon-separated MACs contain 'h:h'; the dash and Cisco dot layouts need a word ('-' and '.' are everywhere)
    keywords: [
      ...HEX_COLON_HEX, 'mac ', 'mac:', 'mac=', 'mac_', 'macs', 'mac-', 'mac)', 'macaddr', 'hardware address', 'physical address',
      'ethernet', 'link/ether', 'hwaddr', 'bssid', 'wlan', 'wi-fi', 'wifi', 'adapter', 'nic ', 'nic:', 'device', 'cisco', 'vlan',
    ],
    validate: (v) => !/^(?:[0:.-]+|[fF:.-]+)$/.test(v),
    context: { words: ['mac', 'macs', 'mac address', 'ethernet', 'hardware address', 'physical address', 'wifi', 'wlan', 'bssid', 'nic', 'adapter', 'device'] },
    confidence: { base: 0.6, withContext: 0.85 },
    examples: {
      match: ['My laptop MAC address is 3C:22:FB:7A:10:9E, please add it.', 'Whitelist device 0050.56c0.0008 on the switch.'],
      noMatch: ['Broadcast FF:FF:FF:FF:FF:FF is reserved.', 'Mixed 10:2F:33-AC-29-C3 is not a MAC.'],
    },
  },
  {
    id: 'pii/global/date-of-birth',
    category: 'pii',
    kind: 'date_of_birth',
    // Numeric dates: D/M/Y, M/D/Y (either reading must be a real date) or Y-M-D.
    pattern: /(?<![\w./-])(\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))(?![\w/-]|\.\d)/g,
    keywords: DOB_WORDS.filter((w) => !/^(?:born|né|née)$/.test(w)).concat(wordStart(['born', 'né ', 'née '])),
    validate: birthDateValid,
    context: { words: DOB_WORDS, required: true, before: 40, after: 10 },
    confidence: { base: 0.8, withContext: 0.8 },
    examples: {
      match: [
        'Patient: R. Osei, DOB 14/07/1983, allergic to penicillin.',
        'Geboren am 02.11.1975 in Köln.',
        'Applicant born 1990-04-23, lives in Leeds.',
      ],
      noMatch: [
        'The invoice date is 14/07/2023 and payment is due in 30 days.',
        'Date of birth: 31/02/1990 (impossible date in the test data).',
        'The project was born on 2099-01-01 in the roadmap.',
      ],
    },
  },
  {
    id: 'pii/global/date-of-birth-words',
    category: 'pii',
    kind: 'date_of_birth',
    // Dates with a month name need a form-like label: "born 5 May 1950" is mostly encyclopaedic biography.
    pattern: new RegExp(
      `(?<![\\w./-])(\\d{1,2}(?:st|nd|rd|th|er)?\\.? (?:de )?${MONTH_WORD}\\.?,? (?:de )?\\d{4}|${MONTH_WORD}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})(?![\\w/-]|\\.\\d)`,
      'gi',
    ),
    keywords: DOB_FORM_WORDS,
    validate: birthDateValid,
    context: { words: DOB_FORM_WORDS, required: true, before: 40, after: 10 },
    confidence: { base: 0.8, withContext: 0.8 },
    examples: {
      match: ['Date of birth: 21 March 1969, nationality British.', 'Fecha de nacimiento: 21 de mayo de 1969', 'DOB: Feb. 3rd, 1991'],
      noMatch: ['Ada Lovelace (born 10 December 1815) was a mathematician.', 'Date of birth: 31 February 1990 is impossible.'],
    },
  },
  {
    id: 'pii/global/mrz-td3',
    category: 'pii',
    kind: 'passport_mrz',
    pattern: /(?<![A-Z0-9<])([A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{14}[0-9<]\d)(?![A-Z0-9<])/g,
    keywords: ['<<'],
    validate: mrzTd3Line2Valid,
    context: { words: ['passport', 'mrz', 'machine readable'] },
    confidence: { base: 0.95, withContext: 1 },
    examples: {
      match: [
        'Can you parse this MRZ?\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10',
        'line 2: L898902C36UTO7408122F1204159ZE184226B<<<<<10 (from the scan)',
      ],
      noMatch: [
        'line 2: L898902C37UTO7408122F1204159ZE184226B<<<<<10 has a wrong check digit',
        'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< is only the name line',
      ],
    },
  },
  {
    id: 'pii/global/mrz-td1',
    category: 'pii',
    kind: 'id_card_mrz',
    pattern: /(?<![A-Z0-9<])[AIC][A-Z0-9<][A-Z<]{3}[A-Z0-9<]{9}[0-9<][A-Z0-9<]{15}\r?\n\d{7}[MFX<]\d{7}[A-Z<]{3}[A-Z0-9<]{11}\d(?![A-Z0-9<])/g,
    keywords: ['<<'],
    validate: (v) => {
      const [l1, l2] = v.split(/\r?\n/) as [string, string];
      return mrzTd1Valid(l1, l2);
    },
    confidence: { base: 0.95 },
    examples: {
      match: [
        'ID card MRZ:\nI<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<',
        'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6',
      ],
      noMatch: [
        'I<UTOD231458908<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6',
        'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<7',
      ],
    },
  },
  {
    id: 'pii/global/passport',
    category: 'pii',
    kind: 'passport_number',
    pattern: /(?<![\w-])([A-Z0-9]{6,9})(?![\w-])/g,
    keywords: PASSPORT_WORDS,
    validate: (v) => (v.match(/\d/g)?.length ?? 0) >= 5 && !allSameDigit(v) && !/^(?:19|20)\d{2}$/.test(v) && !/^0123|^1234/.test(v),
    context: { words: PASSPORT_WORDS, required: true, before: 40, after: 10 },
    confidence: { base: 0.7, withContext: 0.7 },
    examples: {
      match: ['My passport number is C4HX7R219, issued in Berlin.', 'Passeport n° 18FV42317 délivré à Lyon.'],
      noMatch: ['My passport expires in 2031, I renewed it last year.', 'Passport number: 123456789 (placeholder)'],
    },
  },
  {
    id: 'pii/global/driving-licence',
    category: 'pii',
    kind: 'driving_licence',
    pattern: /(?<![\w-])(\d[\d-]{4,16}[A-Z0-9]|[A-Z]{1,3}\d[\d-]{3,16}[A-Z0-9])(?![\w-])/g,
    keywords: LICENCE_WORDS.filter((w) => w.length > 2),
    validate: (v) => (v.match(/\d/g)?.length ?? 0) >= 5 && !allSameDigit(v) && !/^(?:19|20)\d{2}-\d{2}-\d{2}$/.test(v),
    context: { words: LICENCE_WORDS, required: true, before: 40, after: 10 },
    confidence: { base: 0.7, withContext: 0.7 },
    examples: {
      match: ["Driver's license number: D2048173, state of California.", 'Führerschein Nr. B0723418552 wurde bestätigt.'],
      noMatch: ['Driver license renewal costs 35 dollars.', 'My license number is 0000000 for now.'],
    },
  },
  {
    id: 'pii/global/btc-address',
    category: 'pii',
    kind: 'crypto_wallet',
    pattern: /(?<![A-Za-z0-9])([13][1-9A-HJ-NP-Za-km-z]{25,34})(?![A-Za-z0-9])/g,
    // minDigits would be 1 (any text with a digit): a crypto word must be present instead
    keywords: BTC_WORDS,
    validate: btcBase58Valid,
    context: { words: ['btc', 'bitcoin', 'wallet', 'address', 'send'] },
    confidence: { base: 0.85, withContext: 0.95 },
    examples: {
      match: ['Send the refund to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 please.', 'P2SH: 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
      noMatch: ['Send the refund to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 please.', 'Hash 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b'],
    },
  },
  {
    id: 'pii/global/btc-bech32',
    category: 'pii',
    kind: 'crypto_wallet',
    pattern: /(?<![A-Za-z0-9])((?:bc|tb)1[02-9ac-hj-np-z]{8,87})(?![A-Za-z0-9])/gi,
    keywords: ['bc1', 'tb1'],
    validate: btcBech32Valid,
    confidence: { base: 0.9 },
    examples: {
      match: ['My wallet: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'Taproot bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0'],
      noMatch: ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5 fails the checksum', 'The bc1 prefix marks segwit addresses.'],
    },
  },
  {
    id: 'pii/global/eth-address',
    category: 'pii',
    kind: 'crypto_wallet',
    pattern: /(?<![A-Za-z0-9])(0x[0-9a-fA-F]{40})(?![A-Za-z0-9])/g,
    keywords: ['0x'],
    validate: (v) => !/^0x(?:0{40}|f{40}|F{40})$/.test(v) && !/(.)\1{9}/.test(v),
    context: { words: ['eth', 'ethereum', 'ether', 'wallet', 'metamask', 'usdt', 'usdc', 'erc20', 'erc-20'], required: true },
    confidence: { base: 0.8, withContext: 0.8 },
    examples: {
      match: ['Send 0.5 ETH to 0x52908400098527886E0F7030069857D2E4169EE7', 'My MetaMask wallet is 0xde709f2102306220921060314715629080e2fb77'],
      noMatch: ['The contract hash is 0x52908400098527886E0F7030069857D2E4169EE7 in the log.', 'ETH burn address 0x0000000000000000000000000000000000000000'],
    },
  },
  {
    id: 'pii/global/person-name',
    category: 'pii',
    kind: 'person_name',
    supporting: true,
    // A label, role or sign-off followed by at least two capitalised words ("Name: Ana Lima", "Thanks, Emily Carter").
    pattern: new RegExp(
      `(?:\\b(?:${NAME_CUES})\\b:? {1,3}|\\b(?:${SIGN_OFFS}),?[ \\r\\n]{1,3})(${NAME_WORD}(?: (?:(?:${PARTICLES}) )?${NAME_WORD}){1,3})(?![A-Za-z]| (?:${COMPANY_SUFFIXES})\\b)`,
      'g',
    ),
    keywords: NAME_CUE_KEYWORDS,
    ignore: [NOT_A_NAME],
    confidence: { base: 0.5 },
    examples: {
      match: [
        'Name on card: Sophie Laurent, card 4539 1488 0343 6467, exp 07/26.',
        'Please pay routing 026009593 account 4401228977.\nThanks, Emily Carter',
        'Patient: Henrik Aalto, NHS number 943 476 5919',
      ],
      noMatch: ['Dear Team, please review the attached roadmap.', 'Client: Good afternoon, my order is late.'],
    },
  },
  {
    id: 'pii/global/person-name-title',
    category: 'pii',
    kind: 'person_name',
    supporting: true,
    // An honorific followed by one or more capitalised words ("Mr Okafor", "Frau Dr. Becker", "Mme Durand").
    pattern: new RegExp(`(?<![\\w.])(?:${HONORIFICS})\\.? {1,2}(?!(?:${HONORIFICS})\\b)(${NAME_WORD}(?: ${NAME_WORD}){0,2})`, 'g'),
    keywords: HONORIFIC_KEYWORDS,
    ignore: [NOT_A_NAME],
    confidence: { base: 0.5 },
    examples: {
      match: ['Dear Ms Okonkwo,\nyour card 4539 1488 0343 6467 has been blocked.', 'Sehr geehrte Frau Schneider, Ihre IBAN DE75512108001245126199 wurde geändert.'],
      noMatch: ['Mr. and Mrs. are honorifics.', 'The Dr prefix is optional in the form.'],
    },
  },
  {
    id: 'pii/global/person-name-account',
    category: 'pii',
    kind: 'person_name',
    supporting: true,
    // Two capitalised words right before the account they own: "Jan Petersen, IBAN DE…".
    pattern: new RegExp(`(?<![\\w.-])(${NAME_WORD} ${NAME_WORD}),? (?:IBAN|Konto|Kontonummer|[Aa]ccount|[Aa]cct|[Cc]ard|Kreditkarte|[Cc]arte|[Cc]uenta|[Rr]ekening|[Cc]onto)\\b`, 'g'),
    keywords: ['iban', 'konto', 'account', 'acct', 'card', 'kreditkarte', 'carte', 'cuenta', 'rekening', 'conto'],
    ignore: [NOT_A_NAME, ORGANISATION_WORD],
    confidence: { base: 0.45 },
    examples: {
      match: ['Neues Konto: Jan Petersen, IBAN DE75512108001245126199, ab Mai.', 'Refund Maria Lopez account 4401228977 at routing 026009593.'],
      noMatch: ['Deutsche Bank, IBAN DE75512108001245126199 is the payee.', 'The Savings Account is closed.'],
    },
  },
  {
    id: 'pii/global/person-name-table',
    category: 'pii',
    kind: 'person_name',
    supporting: true,
    // A cell of two or three capitalised words in a CSV / TSV / pipe table whose header names a name column:
    // "emp_id,name,dept\n1043,Laura Fischer,Sales". The header must be within 300 characters before the cell.
    pattern: new RegExp(`(?:^|[,;\t|]) ?(${NAME_WORD}(?: ${NAME_WORD}){1,2}) ?(?=[,;\t|]|\r?$)`, 'gm'),
    keywords: [',name', 'name,', '\tname', 'name\t', ';name', 'name;', '|name', 'name|', '| name', 'name |', 'full name', 'employee name'],
    ignore: [NOT_A_NAME, ORGANISATION_WORD],
    context: { words: ['name', 'full name', 'employee name', 'full_name', 'employee'], required: true, before: 300, after: 0 },
    confidence: { base: 0.45, withContext: 0.45 },
    examples: {
      match: [
        'Payroll export:\nemp_id,name,dept,iban\n1043,Marta Kowalski,Sales,DE75512108001245126199',
        'id\tfull name\tiban\n7\tJonas Berg\tDE75512108001245126199',
      ],
      noMatch: [
        'sku,name,price\n1043,blue widget,12.50',
        'region,manager,total\nNorth,Marta Kowalski,1200',
      ],
    },
  },
  {
    id: 'pii/global/person-name-attribute',
    category: 'pii',
    kind: 'person_name',
    supporting: true,
    // A name right before a personal attribute: "Emma Larsson – current 62,000 €", "Jan Bakker: salaris ...",
    // "Lea Krüger (diagnosis: ...)". Supporting only: it names whose salary or diagnosis a text shows.
    pattern: new RegExp(`(?<![\\p{L}])(${NAME_WORD}(?: ${NAME_WORD}){1,2})(?= ?[–—:(] ?)`, 'gu'),
    keywords: PERSONAL_ATTRIBUTE_WORDS,
    ignore: [NOT_A_NAME, ORGANISATION_WORD],
    context: { words: PERSONAL_ATTRIBUTE_WORDS, required: true, before: 0, after: 30 },
    confidence: { base: 0.45, withContext: 0.45 },
    examples: {
      match: [
        'Salary review: Emma Larsson – current 62,000 € – proposed 68,500 €; card 4111 1111 1111 1111 on file',
        'Gehaltsanpassung: Jonas Weber: Gehalt 5.200 € brutto, Bonus 3.000 €. IBAN DE75512108001245126199',
      ],
      noMatch: [
        'Salary review for the Sales team – current budget 620,000 €',
        'Emma Larsson – see you at the offsite next week',
      ],
    },
  },
  {
    id: 'pii/global/street-address',
    category: 'pii',
    kind: 'postal_address',
    // "41 Elmwood Drive", "Prinsengracht 263", "Hauptstraße 5a", "12 rue des Lilas": house number beside a street word.
    pattern:
      /(?<![\w-])(\d{1,5}[A-Za-z]? (?:[A-Z][a-z]{1,20} ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|Parkway|Pkwy|Square|Sq|Highway|Hwy|Gardens|Grove|Row|Mews)\b\.?|[A-ZÄÖÜ][a-zäöüß]{1,30}(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|gracht|straat|laan|plein|kade|dijk|singel|steeg) \d{1,4}[a-z]?|\d{1,4},? (?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai) (?:d[eu] |des |de la |l')?[A-Z][a-zé]{1,20})(?![\w])/g,
    keywords: ADDRESS_WORDS,
    validate: (v) => !/^0/.test(v),
    context: { words: ADDRESS_WORDS, required: true, before: 60, after: 40 },
    confidence: { base: 0.65, withContext: 0.65 },
    examples: {
      match: [
        'Employee R. Doyle (home address: 41 Elmwood Drive, Galway) asked for remote work.',
        'Ik ben woonachtig aan de Prinsengracht 263 in Amsterdam.',
        'My address is 1200 Maple Grove Road, Austin TX 78701.',
      ],
      noMatch: ['The office address is on our website.', 'We met at 5 Oxford Street last year.', 'Our office address: Acme GmbH, Friedrichstraße 12, Berlin.'],
    },
  },
];
