/**
 * Checks used only by the card, bank, travel-document and US/UK/CA identifier detectors: IBAN (per-country
 * length + ISO 7064 mod 97), ABA routing, card IIN/length table, ICAO 9303 check digits, Bitcoin addresses
 * (Base58Check/Bech32 from encodings.ts), and the positional rules of US/UK/CA identifiers. Inputs may hold separators.
 */
import { allSameDigit, digitsOf, luhn, modString, weightedSum } from './digits.ts';
import { base58CheckDecode, BECH32_CHARSET, bech32Verify } from './encodings.ts';

// ---------------------------------------------------------------------------------------------- IBAN

/** Total IBAN length per country (SWIFT IBAN registry, plus French overseas territories using FR's format). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18,
  FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23,
  IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27,
  MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28,
  PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27,
  SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
  // FR overseas departments and territories (FR BBAN layout)
  GF: 27, GP: 27, MQ: 27, RE: 27, PF: 27, TF: 27, YT: 27, NC: 27, PM: 27, WF: 27, BL: 27, MF: 27,
  // registered by national banks, in use though not (yet) in the SWIFT registry
  DZ: 26, AO: 25, BJ: 28, BF: 28, CM: 27, CV: 25, CI: 28, CG: 27, GA: 27, IR: 26, MG: 27, ML: 28, MZ: 25,
  SN: 28, TG: 28, NE: 28, GQ: 27, GW: 25, KM: 27, TD: 27, CF: 27,
};

/** IBAN without separators, upper-cased. */
export const compactIban = (text: string): string => text.replace(/[\s-]/g, '').toUpperCase();

/** Valid IBAN: known country, that country's length, alphanumeric BBAN, and mod 97 = 1 after rotation. */
export function ibanValid(text: string): boolean {
  const iban = compactIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  const check = iban.slice(2, 4);
  if (check === '00' || check === '01' || check === '99') return false;
  const bban = iban.slice(4);
  if (/^0+$/.test(bban)) return false;
  return modString(bban + iban.slice(0, 4), 97) === 1;
}

// ----------------------------------------------------------------------------------- US ABA routing

/** ABA routing number: 9 digits, Federal Reserve prefix 00–12, 21–32, 61–72 or 80, weights 3-7-1 mod 10. */
export function abaValid(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 9 || allSameDigit(d)) return false;
  const p = Number(d.slice(0, 2));
  if (!(p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  return weightedSum(d, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0;
}

// ------------------------------------------------------------------------------------ Payment cards

/** [lowest prefix, highest prefix, allowed lengths] — prefixes compared on their own number of digits. */
const CARD_IIN: readonly (readonly [string, string, readonly number[]])[] = [
  ['4', '4', [13, 16, 19]], // Visa (incl. Electron)
  ['51', '55', [16]], ['2221', '2720', [16]], // Mastercard
  ['34', '34', [15]], ['37', '37', [15]], // American Express
  ['300', '305', [14, 15, 16, 17, 18, 19]], ['3095', '3095', [14, 16, 17, 18, 19]], // Diners Club
  ['36', '36', [14, 15, 16, 17, 18, 19]], ['38', '39', [16, 17, 18, 19]],
  ['3528', '3589', [16, 17, 18, 19]], // JCB
  ['6011', '6011', [16, 17, 18, 19]], ['644', '649', [16, 17, 18, 19]], ['65', '65', [16, 17, 18, 19]], // Discover
  ['62', '62', [16, 17, 18, 19]], ['81', '81', [16, 17, 18, 19]], // UnionPay
  ['2200', '2204', [16, 17, 18, 19]], // Mir
  ['5019', '5019', [16]], // Dankort
  ['50', '50', [13, 14, 15, 16, 17, 18, 19]], ['56', '69', [13, 14, 15, 16, 17, 18, 19]], // Maestro and locals
  ['1', '1', [15]], // UATP
  ['9792', '9792', [16]], // Troy
];

/** Card number: 13–19 digits, a known IIN with a length that scheme issues, Luhn, not all the same digit. */
export function cardValid(text: string): boolean {
  const d = digitsOf(text);
  if (d.length < 13 || d.length > 19 || allSameDigit(d) || !luhn(d)) return false;
  return CARD_IIN.some(([lo, hi, lengths]) => {
    const prefix = d.slice(0, lo.length);
    return prefix >= lo && prefix <= hi && lengths.includes(d.length);
  });
}

// ------------------------------------------------------------------------------- ICAO 9303 / MRZ

const mrzValue = (ch: string): number => {
  if (ch === '<') return 0;
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
};

/** ICAO 9303 check digit (weights 7, 3, 1 repeating; '<' = 0, A = 10 … Z = 35), or -1 for a bad character. */
export function icaoCheckDigit(field: string): number {
  let sum = 0;
  const w = [7, 3, 1];
  for (let i = 0; i < field.length; i++) {
    const v = mrzValue(field[i]!);
    if (v < 0) return -1;
    sum += v * w[i % 3]!;
  }
  return sum % 10;
}

const checks = (field: string, digit: string): boolean => digit === '<' ? /^<*$/.test(field) : icaoCheckDigit(field) === Number(digit);

/** TD3 (passport) second line, 44 characters: number, birth date, expiry, personal number and composite checks. */
export function mrzTd3Line2Valid(line: string): boolean {
  if (line.length !== 44) return false;
  return (
    checks(line.slice(0, 9), line[9]!) &&
    checks(line.slice(13, 19), line[19]!) &&
    checks(line.slice(21, 27), line[27]!) &&
    checks(line.slice(28, 42), line[42]!) &&
    icaoCheckDigit(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43)) === Number(line[43])
  );
}

/** TD1 (ID card) first two lines, 30 characters each: number, birth date, expiry and composite checks. */
export function mrzTd1Valid(line1: string, line2: string): boolean {
  if (line1.length !== 30 || line2.length !== 30) return false;
  return (
    checks(line1.slice(5, 14), line1[14]!) &&
    checks(line2.slice(0, 6), line2[6]!) &&
    checks(line2.slice(8, 14), line2[14]!) &&
    icaoCheckDigit(line1.slice(5, 30) + line2.slice(0, 7) + line2.slice(8, 15) + line2.slice(18, 29)) === Number(line2[29])
  );
}

// ----------------------------------------------------------------------------- Bitcoin addresses

/** Legacy Bitcoin address (P2PKH '1…' / P2SH '3…'): Base58Check of version 0x00 / 0x05 + 20-byte hash. */
export function btcBase58Valid(text: string): boolean {
  const body = base58CheckDecode(text);
  return body !== null && body.length === 21 && (body[0] === 0x00 || body[0] === 0x05);
}

/** SegWit address 'bc1…' (Bech32 for v0, Bech32m for v1+), BIP 173 / 350 checksum and program length. */
export function btcBech32Valid(text: string): boolean {
  const s = text.toLowerCase();
  const pos = s.lastIndexOf('1');
  if (pos < 1 || s.length - pos < 7 || s.length > 90) return false;
  const hrp = s.slice(0, pos);
  if (hrp !== 'bc' && hrp !== 'tb') return false;
  const version = BECH32_CHARSET.indexOf(s[pos + 1]!);
  if (version < 0 || version > 16) return false;
  if (!bech32Verify(text, version === 0 ? 'bech32' : 'bech32m')) return false;
  const progLen = Math.floor(((s.length - pos - 8) * 5) / 8);
  if (progLen < 2 || progLen > 40) return false;
  return version !== 0 || progLen === 20 || progLen === 32;
}

// --------------------------------------------------------------------------------- US identifiers

/** SSN: area not 000/666/9xx, group not 00, serial not 0000, not a famous published number. */
export function ssnValid(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 9 || allSameDigit(d)) return false;
  const area = d.slice(0, 3), group = d.slice(3, 5), serial = d.slice(5);
  if (area === '000' || area === '666' || area[0] === '9' || group === '00' || serial === '0000') return false;
  return !['078051120', '219099999', '123456789', '457555462'].includes(d);
}

/** ITIN: 9XX-YY-ZZZZ with YY in 50–65, 70–88, 90–92, 94–99. */
export function itinValid(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 9 || d[0] !== '9') return false;
  const g = Number(d.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94;
}

/** NPI: 10 digits starting 1 or 2, Luhn over the prefix 80840 + the number. */
export function npiValid(text: string): boolean {
  const d = digitsOf(text);
  return d.length === 10 && (d[0] === '1' || d[0] === '2') && !allSameDigit(d.slice(0, 9)) && luhn('80840' + d);
}

/** DEA registration: registrant-type letter + surname initial (or 9) + 7 digits, (d1+d3+d5) + 2·(d2+d4+d6) ≡ d7 mod 10. */
export function deaValid(text: string): boolean {
  const m = /^[A-Z][A-Z9](\d{7})$/i.exec(text.replace(/[\s-]/g, ''));
  if (!m) return false;
  const d = m[1]!;
  const n = (i: number): number => d.charCodeAt(i) - 48;
  return (n(0) + n(2) + n(4) + 2 * (n(1) + n(3) + n(5))) % 10 === n(6);
}

/** Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z). */
export function mbiValid(text: string): boolean {
  const s = text.replace(/-/g, '').toUpperCase();
  const a = '[AC-HJKMNP-RT-Y]';
  const an = '[AC-HJKMNP-RT-Y0-9]';
  return new RegExp(`^[1-9]${a}${an}\\d${a}${an}\\d${a}${a}\\d\\d$`).test(s);
}

/** EIN prefixes assigned by the IRS campuses. */
const EIN_PREFIXES = new Set(
  ('01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 ' +
    '45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 74 75 76 77 80 81 82 83 84 85 ' +
    '86 87 88 90 91 92 93 94 95 98 99').split(' '),
);

export const einValid = (text: string): boolean => {
  const d = digitsOf(text);
  return d.length === 9 && EIN_PREFIXES.has(d.slice(0, 2)) && !allSameDigit(d.slice(2));
};

// --------------------------------------------------------------------------------- UK identifiers

/** NINO: prefix letters (not D F I Q U V; second not O; not BG GB KN NK NT TN ZZ), 6 digits, suffix A–D. */
export function ninoValid(text: string): boolean {
  const s = text.replace(/\s/g, '').toUpperCase();
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(s);
  if (!m) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(m[1]! + m[2]!);
}

/** NHS number: weights 10…2 on the first 9 digits, check = 11 − (sum mod 11), 11 → 0, 10 invalid. */
export function nhsValid(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 10 || allSameDigit(d)) return false;
  let check = 11 - (weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === d.charCodeAt(9) - 48;
}

/** UK (GB) driving licence number: 5 surname chars (padded with 9), decade, month (+50 female), day, year, initials. */
export function ukDrivingLicenceValid(text: string): boolean {
  const s = text.toUpperCase();
  const m = /^([A-Z][A-Z9]{4})(\d)(\d\d)(\d\d)(\d)([A-Z9]{2})\d[A-Z]{2}$/.exec(s);
  if (!m) return false;
  if (/[A-Z]9+[A-Z]/.test(m[1]!)) return false; // padding 9s only at the end of the surname
  let month = Number(m[3]);
  if (month > 50) month -= 50;
  const day = Number(m[4]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// --------------------------------------------------------------------------------- CA identifiers

/** Canadian SIN: 9 digits, Luhn, first digit not 0 or 8. */
export function sinValid(text: string): boolean {
  const d = digitsOf(text);
  return d.length === 9 && d[0] !== '0' && d[0] !== '8' && !allSameDigit(d) && luhn(d);
}

// ------------------------------------------------------------------------------------------ Dates

/** A real calendar date in a year that makes a plausible birth date (0–120 years before `now`). */
export function plausibleBirthDate(year: number, month: number, day: number, now = new Date()): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > dim) return false;
  const t = Date.UTC(year, month - 1, day);
  return t <= now.getTime() && year >= now.getUTCFullYear() - 120;
}
