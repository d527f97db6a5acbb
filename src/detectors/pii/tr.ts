import { tckn } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

/** Province codes 01–81. */
const PROVINCE = '(?:0[1-9]|[1-7]\\d|8[01])';
const PLATE_CONTEXT = ['plaka', 'plakası', 'plakasi', 'plate', 'license plate', 'araç', 'arac', 'vehicle', 'car'];
/** Number + unit or English word pairs that look like plates: "16 GB 2400", "10 AM 30", "14 AND 15", "40 CFR 112". */
const NOT_PLATE =
  /^\d\d ?(?:AM|PM|GB|MB|KB|TB|PB|GHZ|MHZ|KHZ|HZ|KM|CM|MM|NM|KG|MG|ML|USD|EUR|GBP|TL|TRY|BC|AD|CE|BCE|FPS|DPI|RPM|MPH|KW|KWH|MW|X|TO|AND|OR|IN|AT|ON|OF|BY|HE|IS|IT|AS|THE|FOR|CFR|USC|VS|NO|PER|SEC|ART|REV|VOL|PG|PP|CH|FIG|TAB|EQ|REF|ID|OK|UP|WE|US|MY|BE|DO|GO|SO)(?= ?\d)/i;

/** The province digits must not continue a token or a digit group (checked after them, see the pattern). */
const NOT_AFTER_TOKEN = '(?<![A-Za-z0-9_.,:\\/-]\\d\\d)(?<!\\d \\d\\d)';

export const detectors: Detector[] = [
  {
    id: 'pii/tr/tckn',
    category: 'pii',
    kind: 'tr_tckn',
    // T.C. Kimlik No: 11 digits, first non-zero, two check digits (about 1 in 100 random numbers pass).
    pattern: /(?<![A-Za-z0-9_.\/+-]|\d[ ])([1-9]\d{10})(?![A-Za-z0-9_]|[ .\/-]\d)/g,
    keywords: [],
    minDigits: 11,
    validate: tckn,
    context: { words: ['tc kimlik', 't.c. kimlik', 'kimlik no', 'kimlik numarası', 'kimlik numarasi', 'tckn', 'tc no', 'turkish id', 'nüfus'] },
    confidence: { base: 0.85, withContext: 1 },
    examples: {
      match: ['TC Kimlik No: 28030127924', 'müşteri 61657934742 numaralı kayıt'],
      noMatch: ['TC Kimlik No: 28030127925', 'TC Kimlik No: 08030127924'],
    },
  },
  {
    id: 'pii/tr/license-plate',
    category: 'pii',
    kind: 'tr_license_plate',
    // Province + 1–3 letters + 2–4 digits: 34 ABC 123. Alone only in upper case, spaced with a 3–4 digit
    // serial, or joined with 2–3 letters and 4 digits (shorter forms are mostly hex strings, part numbers and
    // "10 of 18"-style prose; they need the word). The province digits come before the lookbehinds, so V8
    // skips ahead to digits.
    pattern: new RegExp(`(${PROVINCE}${NOT_AFTER_TOKEN}(?: [A-Z]{1,3} \\d{3,4}|[A-Z]{2,3}\\d{4}))(?![A-Za-z0-9_]|[ .,:\\/-]\\d)`, 'g'),
    keywords: [],
    minDigits: 3,
    ignore: [NOT_PLATE],
    context: { words: PLATE_CONTEXT },
    confidence: { base: 0.45, withContext: 0.8 },
    examples: {
      match: ['Araç plakası 35 KDR 482 olarak kayıtlı', 'plate 06ZT1947', 'Otopark kaydı: 16 B 1234'],
      noMatch: ['plaka 00 ABC 123', 'I have 16 GB 2400 MHz memory', 'Page 12 of 1844'],
    },
  },
  {
    id: 'pii/tr/license-plate-context',
    category: 'pii',
    kind: 'tr_license_plate',
    pattern: new RegExp(`(${PROVINCE}${NOT_AFTER_TOKEN}(?: [A-Za-z]{1,3} \\d{2,4}|[A-Za-z]{1,3}\\d{2,4}))(?![A-Za-z0-9_]|[ .,:\\/-]\\d)`, 'g'),
    // Not the bare 'plate' ("template") or 'arac' ("character").
    keywords: ['plaka', 'license plate', 'licence plate', 'number plate', 'plate:', 'plate no', 'plate number', 'plates:', 'plate is', 'araç'],
    ignore: [NOT_PLATE],
    context: { words: PLATE_CONTEXT, required: true },
    confidence: { base: 0.6, withContext: 0.75 },
    examples: {
      match: ['plaka: 34 kdr 482', 'license plate 07 ab 119', 'Plaka 35 JK 12'],
      noMatch: ['plaka: 99 kdr 482', 'plaka: 34 kdr 48211', 'use this template 10 of 18 times'],
    },
  },
];
