/**
 * Checks used only by the card, bank, travel-document and US/UK/CA identifier detectors: IBAN (per-country
 * length + ISO 7064 mod 97), ABA routing, card IIN/length table, ICAO 9303 check digits, Base58Check/Bech32
 * (with a small SHA-256), and the positional rules of US/UK/CA identifiers. Inputs may hold separators.
 */
import { allSameDigit, digitsOf, luhn, modString, weightedSum } from './digits.ts';

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

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** SHA-256 of a byte array (small, synchronous; used for Base58Check only). */
export function sha256(data: Uint8Array): Uint8Array {
  const bitLen = data.length * 8;
  const padded = new Uint8Array(((data.length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 4, bitLen >>> 0);
  view.setUint32(padded.length - 8, Math.floor(bitLen / 2 ** 32));
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!, b = w[i - 2]!;
      w[i] = (w[i - 16]! + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + w[i - 7]! + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10))) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0]! + a) >>> 0; h[1] = (h[1]! + b) >>> 0; h[2] = (h[2]! + c) >>> 0; h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0; h[5] = (h[5]! + f) >>> 0; h[6] = (h[6]! + g) >>> 0; h[7] = (h[7]! + hh) >>> 0;
  }
  const out = new Uint8Array(32);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) ov.setUint32(i * 4, h[i]!);
  return out;
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58Check: decodes to version + payload + 4-byte double-SHA-256 checksum. Returns the bytes or null. */
export function base58CheckDecode(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of text) {
    let carry = B58.indexOf(ch);
    if (carry < 0) return null;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.push(0);
  const raw = Uint8Array.from(bytes.reverse());
  if (raw.length < 5) return null;
  const body = raw.subarray(0, raw.length - 4);
  const sum = sha256(sha256(body));
  for (let i = 0; i < 4; i++) if (sum[i] !== raw[raw.length - 4 + i]) return null;
  return body;
}

/** Legacy Bitcoin address (P2PKH '1…' / P2SH '3…'): Base58Check of version 0x00 / 0x05 + 20-byte hash. */
export function btcBase58Valid(text: string): boolean {
  const body = base58CheckDecode(text);
  return body !== null && body.length === 21 && (body[0] === 0x00 || body[0] === 0x05);
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function bech32Polymod(values: readonly number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i]!;
  }
  return chk >>> 0;
}

/** SegWit address 'bc1…' (Bech32 for v0, Bech32m for v1+), BIP 173 / 350 checksum and program length. */
export function btcBech32Valid(text: string): boolean {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return false;
  const s = text.toLowerCase();
  const pos = s.lastIndexOf('1');
  if (pos < 1 || s.length - pos < 7 || s.length > 90) return false;
  const hrp = s.slice(0, pos);
  if (hrp !== 'bc' && hrp !== 'tb') return false;
  const data: number[] = [];
  for (const ch of s.slice(pos + 1)) {
    const v = BECH32.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  const expanded = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const mod = bech32Polymod(expanded.concat(data));
  const version = data[0]!;
  if (version > 16) return false;
  if (mod !== (version === 0 ? 1 : 0x2bc830a3)) return false;
  const progBits = (data.length - 7) * 5;
  const progLen = Math.floor(progBits / 8);
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
