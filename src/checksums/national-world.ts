/**
 * Check algorithms of national identifiers outside Europe and North America (Brazil, India, Australia,
 * New Zealand, Singapore, Japan, Korea, China, Hong Kong, Mexico, South Africa, Turkey, Thailand,
 * the Philippines). Inputs may hold separators unless stated otherwise; each function returns true
 * when the value's check character(s) are right.
 */
import { allSameDigit, digitsOf, luhn, weightedSum } from './digits.ts';

/** True when year-month-day is a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

/** True when the date is real and not after today (a birth date). */
export function isPastDate(year: number, month: number, day: number, now: Date = new Date()): boolean {
  if (!isRealDate(year, month, day)) return false;
  const y = now.getFullYear();
  const m = now.getMonth() + 1;
  return year < y || (year === y && (month < m || (month === m && day <= now.getDate())));
}

/** Two-digit year → the latest century that keeps the date in the past (YYMMDD birth dates). */
export function isPastYymmdd(yymmdd: string): boolean {
  const yy = Number(yymmdd.slice(0, 2));
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  return isPastDate(2000 + yy, mm, dd) || isPastDate(1900 + yy, mm, dd);
}

// ---------------------------------------------------------------- Brazil

/** Mod-11 check digit of the Brazilian kind: r = sum mod 11, digit = r < 2 ? 0 : 11 − r. */
const br11 = (sum: number): number => (sum % 11 < 2 ? 0 : 11 - (sum % 11));

/** BR CPF: 11 digits, two mod-11 check digits (weights 10…2 then 11…2); repeated digits are invalid. */
export function cpf(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 11 || allSameDigit(d)) return false;
  const dv1 = br11(weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]));
  const dv2 = br11(weightedSum(d, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]));
  return dv1 === d.charCodeAt(9) - 48 && dv2 === d.charCodeAt(10) - 48;
}

/**
 * BR CNPJ: 12 base characters (digits, or since 2026 also letters A–Z) + 2 check digits. Each
 * character is worth its ASCII code − 48; weights 5,4,3,2,9…2 then 6,5,4,3,2,9…2; rule as CPF.
 */
export function cnpj(text: string): boolean {
  const v = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (v.length !== 14 || !/^[0-9A-Z]{12}\d\d$/.test(v) || /^(\d)\1*$/.test(v)) return false;
  const w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  const w2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  const val = (i: number): number => v.charCodeAt(i) - 48;
  let s1 = 0;
  for (let i = 0; i < 12; i++) s1 += val(i) * w1[i]!;
  let s2 = 0;
  for (let i = 0; i < 13; i++) s2 += val(i) * w2[i]!;
  return br11(s1) === val(12) && br11(s2) === val(13);
}

// ---------------------------------------------------------------- India

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** IN GSTIN: 15 characters, the last a mod-36 check character (factors 1,2 alternating, sum of base-36 digits of each product). */
export function gstin(text: string): boolean {
  const v = text.toUpperCase();
  if (!/^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = BASE36.indexOf(v[i]!) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return BASE36[(36 - (sum % 36)) % 36] === v[14];
}

/** True when the digits read the same both ways (Presidio rejects such Aadhaar numbers). */
export const isPalindrome = (text: string): boolean => {
  const d = digitsOf(text);
  return d === [...d].reverse().join('');
};

// ---------------------------------------------------------------- Australia / New Zealand

/** AU TFN: 9 digits, weights 1,4,3,7,5,8,6,9,10, sum mod 11 = 0 (8-digit form: 10,7,8,4,6,3,5,1). */
export function auTfn(text: string): boolean {
  const d = digitsOf(text);
  if (allSameDigit(d)) return false;
  if (d.length === 9) return weightedSum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
  if (d.length === 8) return weightedSum(d, [10, 7, 8, 4, 6, 3, 5, 1]) % 11 === 0;
  return false;
}

/** AU ABN: 11 digits; subtract 1 from the first, weights 10,1,3,5,…,19, sum mod 89 = 0. */
export function auAbn(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 11 || d[0] === '0') return false;
  const first = d.charCodeAt(0) - 48 - 1;
  const sum = first * 10 + weightedSum(d.slice(1), [1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
  return sum % 89 === 0;
}

/** AU ACN: 9 digits, weights 8…1 on the first 8, check = (10 − sum mod 10) mod 10. */
export function auAcn(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 9) return false;
  return (10 - (weightedSum(d, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10 === d.charCodeAt(8) - 48;
}

/** AU Medicare card: 10–11 digits, first 2–6, weights 1,3,7,9,1,3,7,9 mod 10 = 9th digit. */
export function auMedicare(text: string): boolean {
  const d = digitsOf(text);
  if ((d.length !== 10 && d.length !== 11) || d[0]! < '2' || d[0]! > '6') return false;
  return weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d.charCodeAt(8) - 48;
}

/** NZ IRD number: 8–9 digits in 10,000,000–150,000,000; mod 11 with primary then secondary weights. */
export function nzIrd(text: string): boolean {
  const d = digitsOf(text);
  if (d.length < 8 || d.length > 9) return false;
  const n = Number(d);
  if (n < 10_000_000 || n > 150_000_000) return false;
  const base = d.padStart(9, '0').slice(0, 8);
  const check = d.charCodeAt(d.length - 1) - 48;
  for (const weights of [[3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]]) {
    const r = weightedSum(base, weights) % 11;
    const c = r === 0 ? 0 : 11 - r;
    if (c !== 10) return c === check;
  }
  return false;
}

// ---------------------------------------------------------------- Singapore

/** SG NRIC/FIN: prefix S/T/F/G/M + 7 digits + check letter (weights 2,7,6,5,4,3,2; offsets T/G +4, M +3). */
export function sgNric(text: string): boolean {
  const v = text.toUpperCase();
  if (!/^[STFGM]\d{7}[A-Z]$/.test(v)) return false;
  const p = v[0]!;
  let sum = weightedSum(v.slice(1, 8), [2, 7, 6, 5, 4, 3, 2]);
  if (p === 'T' || p === 'G') sum += 4;
  else if (p === 'M') sum += 3;
  const r = sum % 11;
  const table = p === 'S' || p === 'T' ? 'JZIHGFEDCBA' : p === 'M' ? 'KLJNPQRTUWX' : 'XWUTRQPNMLK';
  // M-series: the table is indexed by 10 − r.
  return (p === 'M' ? table[10 - r] : table[r]) === v[8];
}

const UEN_ENTITY_TYPES = new Set(
  'LP LL FC PF RF MQ MM NB CC CS MB FM GS DP CP NR CM CD MD HS VH CH MH CL XL CX HC RP TU TC FB FN PA PB SS MC SM GA GB'.split(' '),
);

/** SG UEN: business (8 digits + letter), local company (year + 5 digits + letter) or other entity (T/S/R yy TT nnnn letter). */
export function sgUen(text: string): boolean {
  const v = text.toUpperCase();
  if (/^\d{8}[A-Z]$/.test(v)) return 'XMKECAWLJDB'[weightedSum(v, [10, 4, 9, 3, 8, 2, 7, 1]) % 11] === v[8];
  if (/^\d{9}[A-Z]$/.test(v)) {
    const year = Number(v.slice(0, 4));
    if (year < 1800 || year > new Date().getFullYear()) return false;
    return 'ZKCMDNERGWH'[weightedSum(v, [10, 8, 6, 4, 9, 7, 5, 3, 1]) % 11] === v[9];
  }
  if (/^[TSR]\d\d[A-Z]{2}\d{4}[A-Z0-9]$/.test(v)) {
    if (!UEN_ENTITY_TYPES.has(v.slice(3, 5))) return false;
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWX0123456789';
    const weights = [4, 3, 5, 3, 10, 2, 2, 5, 7];
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      const idx = alphabet.indexOf(v[i]!);
      if (idx < 0) return false;
      sum += idx * weights[i]!;
    }
    return alphabet[(((sum - 5) % 11) + 11) % 11] === v[9];
  }
  return false;
}

// ---------------------------------------------------------------- Japan / Korea / China / Hong Kong

/** JP My Number (個人番号): 12 digits, weights 6,5,4,3,2,7,6,5,4,3,2; check = r ≤ 1 ? 0 : 11 − r. */
export function myNumber(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 12 || allSameDigit(d)) return false;
  const r = weightedSum(d, [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  return (r <= 1 ? 0 : 11 - r) === d.charCodeAt(11) - 48;
}

/** Century of a Korean RRN/FRN from its 7th digit (gender/century), or 0 when the digit is not one. */
function krCentury(s: number): number {
  if (s === 1 || s === 2 || s === 5 || s === 6) return 1900;
  if (s === 3 || s === 4 || s === 7 || s === 8) return 2000;
  if (s === 9 || s === 0) return 1800;
  return 0;
}

/** KR RRN/FRN birth date (YYMMDD + century from the 7th digit) is a real past date. */
export function krDate(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 13) return false;
  const century = krCentury(d.charCodeAt(6) - 48);
  return century > 0 && isPastDate(century + Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6)));
}

/**
 * KR RRN (foreigner = false) or FRN (true) check digit of numbers issued before October 2020: weights
 * 2…9,2…5; RRN check = (11 − sum mod 11) mod 10, FRN check = (13 − sum mod 11) mod 10.
 */
export function krChecksum(text: string, foreigner = false): boolean {
  const d = digitsOf(text);
  if (d.length !== 13) return false;
  const sum = weightedSum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11;
  return ((foreigner ? 13 : 11) - sum) % 10 === d.charCodeAt(12) - 48;
}

/** KR business registration number: 10 digits, weights 1,3,7,1,3,7,1,3,5 plus ⌊d9·5/10⌋, check = (10 − sum mod 10) mod 10. */
export function krBrn(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 10 || allSameDigit(d)) return false;
  const sum = weightedSum(d, [1, 3, 7, 1, 3, 7, 1, 3, 5]) + Math.floor(((d.charCodeAt(8) - 48) * 5) / 10);
  return (10 - (sum % 10)) % 10 === d.charCodeAt(9) - 48;
}

/** CN resident identity card: 18 chars, region + YYYYMMDD (real past date) + sequence + ISO 7064 MOD 11-2 check (0–9, X). */
export function cnResidentId(text: string): boolean {
  const v = text.toUpperCase();
  if (!/^[1-9]\d{16}[0-9X]$/.test(v)) return false;
  const year = Number(v.slice(6, 10));
  if (year < 1880 || !isPastDate(year, Number(v.slice(10, 12)), Number(v.slice(12, 14)))) return false;
  const sum = weightedSum(v, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  return '10X98765432'[sum % 11] === v[17];
}

/** HK HKID: 1–2 letters + 6 digits + check (0–9 or A); space = 36, A = 10 … Z = 35, weights 9…2, mod 11. */
export function hkid(text: string): boolean {
  const v = text.toUpperCase().replace(/[()\s]/g, '');
  const m = /^([A-Z]{1,2})(\d{6})([0-9A])$/.exec(v);
  if (!m) return false;
  const letters = m[1]!.padStart(2, ' ');
  const value = (ch: string): number => (ch === ' ' ? 36 : ch.charCodeAt(0) - 55);
  const sum = value(letters[0]!) * 9 + value(letters[1]!) * 8 + weightedSum(m[2]!, [7, 6, 5, 4, 3, 2]);
  const c = (11 - (sum % 11)) % 11;
  return (c === 10 ? 'A' : String(c)) === m[3];
}

// ---------------------------------------------------------------- Mexico

/** MX CURP: 18 chars; date check and check digit over `0-9A-NÑO-Z` values with weights 18…2. */
export function curp(text: string): boolean {
  const v = text.toUpperCase();
  if (!/^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/.test(v)) return false;
  const yy = Number(v.slice(4, 6));
  // The 17th character is a digit for births up to 1999 and a letter from 2000 on.
  const year = (/\d/.test(v[16]!) ? 1900 : 2000) + yy;
  if (!isPastDate(year, Number(v.slice(6, 8)), Number(v.slice(8, 10)))) return false;
  const alphabet = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(v[i]!) * (18 - i);
  return (10 - (sum % 10)) % 10 === v.charCodeAt(17) - 48;
}

/** MX RFC: 12 (company) or 13 (person) chars; real date and homoclave check character (mod 11, 10 → A). */
export function mxRfc(text: string): boolean {
  const v = text.toUpperCase();
  if (!/^[A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{2}[0-9A]$/.test(v)) return false;
  const letters = v.length - 9;
  const date = v.slice(letters, letters + 6);
  if (!isRealDate(2000 + Number(date.slice(0, 2)), Number(date.slice(2, 4)), Number(date.slice(4, 6)))) return false;
  const alphabet = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
  const padded = v.length === 12 ? ` ${v}` : v;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += alphabet.indexOf(padded[i]!) * (13 - i);
  const r = sum % 11;
  const c = r === 0 ? '0' : 11 - r === 10 ? 'A' : String(11 - r);
  return c === padded[12];
}

// ---------------------------------------------------------------- Africa / Turkey / Thailand / Philippines / Nigeria

/** ZA identity number: YYMMDD (real past date) SSSS C(0–2) A Z, Luhn over all 13 digits. */
export function zaId(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 13 || d[10]! > '2') return false;
  return isPastYymmdd(d.slice(0, 6)) && luhn(d);
}

/** TR TCKN: 11 digits, first ≠ 0; d10 = (7·odd − even) mod 10, d11 = sum(d1..d10) mod 10. */
export function tckn(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 11 || d[0] === '0') return false;
  const n = (i: number): number => d.charCodeAt(i) - 48;
  const odd = n(0) + n(2) + n(4) + n(6) + n(8);
  const even = n(1) + n(3) + n(5) + n(7);
  if ((((7 * odd - even) % 10) + 10) % 10 !== n(9)) return false;
  return (odd + even + n(9)) % 10 === n(10);
}

/** Thai province codes (digits 2–3 of the national ID): 10–27, 30–49, 50–58, 60–67, 70–77, 80–86, 90–96. */
const TH_PROVINCE = /^(?:1\d|2[0-7]|[34]\d|5[0-8]|6[0-7]|7[0-7]|8[0-6]|9[0-6])$/;

/** TH national ID: 13 digits, first 1–8, digits 2–3 a province code; weights 13…2, check = (11 − sum mod 11) mod 10. */
export function thNationalId(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 13 || d[0] === '0' || d[0] === '9') return false;
  if (!TH_PROVINCE.test(d.slice(1, 3))) return false;
  const sum = weightedSum(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}

/** PH TIN: 9 or 12 digits; the 9th digit = (weights 9…2 on the first 8) mod 11. */
export function phTin(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 9 && d.length !== 12) return false;
  return weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11 === d.charCodeAt(8) - 48;
}
