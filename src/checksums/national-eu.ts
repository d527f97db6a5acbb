/**
 * Check algorithms of European national identifiers (DE, FR, ES, IT, NL, BE, PL, SE, FI, NO, DK).
 * Every function takes the value as matched (separators allowed where the format has them) and returns
 * true when its structure, embedded date and check digits are valid.
 */
import { digitsOf, iso7064Mod11_10, luhn, weightedSum } from './digits.ts';

/** True when y-m-d is a real calendar date (full year). */
export function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

const num = (s: string, from: number, to: number): number => Number(s.slice(from, to));

/** Letters and digits only, upper-cased. */
const alnumOf = (text: string): string => text.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

// ---------------------------------------------------------------- Germany

/**
 * Steuerliche Identifikationsnummer: 11 digits, first not 0; in the first 10 digits exactly one digit occurs
 * twice or three times (three times never in a row) and every other digit at most once; ISO 7064 MOD 11,10.
 */
export function deSteuerId(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 11 || d[0] === '0') return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d.charCodeAt(i) - 48]!++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  if (repeated[0] === 3 && /(\d)\1\1/.test(d.slice(0, 10))) return false;
  return iso7064Mod11_10(d);
}

/** USt-IdNr: 'DE' + 9 digits, the last an ISO 7064 MOD 11,10 check digit. */
export function deUstId(text: string): boolean {
  const d = digitsOf(text);
  return d.length === 9 && d[0] !== '0' && iso7064Mod11_10(d);
}

/** Value of a character in ICAO 9303 check digits: digits as is, A=10..Z=35, '<' = 0. */
const icaoValue = (ch: string): number => {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return 0;
};

/** ICAO 9303 check digit (weights 7, 3, 1 repeating, mod 10) of `data`. */
export function icaoCheckDigit(data: string): number {
  const up = data.toUpperCase();
  let sum = 0;
  for (let i = 0; i < up.length; i++) sum += icaoValue(up[i]!) * [7, 3, 1][i % 3]!;
  return sum % 10;
}

/** A document number whose last character is the ICAO 7-3-1 check digit of the others. */
export function icaoWithCheck(text: string): boolean {
  const v = alnumOf(text);
  if (v.length < 2) return false;
  const last = v.charCodeAt(v.length - 1) - 48;
  return last >= 0 && last <= 9 && icaoCheckDigit(v.slice(0, -1)) === last;
}

/** Sum of the decimal digits of n (cross sum). */
const crossSum = (n: number): number => {
  let s = 0;
  for (let x = n; x > 0; x = Math.floor(x / 10)) s += x % 10;
  return s;
};

/**
 * Rentenversicherungsnummer (Sozialversicherungsnummer): area 2 digits, birth date ddmmyy, initial letter,
 * serial 2 digits, check digit (day + 50 when a date's serials ran out). The letter becomes its 2-digit alphabet position; weights 2,1,2,5,7,1,2,1,2,1,2,1
 * with cross sums of the products; sum mod 10.
 */
export function deRentenversicherungsnummer(text: string): boolean {
  const v = alnumOf(text);
  if (!/^\d{8}[A-Z]\d{3}$/.test(v)) return false;
  let day = num(v, 2, 4);
  const month = num(v, 4, 6);
  if (day > 50) day -= 50; // serials of a birth date exhausted: the day is raised by 50
  if (!isDate(2000, month, day) && !isDate(1900, month, day)) return false;
  const letter = String(v.charCodeAt(8) - 64).padStart(2, '0');
  const digits = v.slice(0, 8) + letter + v.slice(9, 11);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += crossSum((digits.charCodeAt(i) - 48) * weights[i]!);
  return sum % 10 === v.charCodeAt(11) - 48;
}

/**
 * Krankenversichertennummer (KVNR, eGK): letter + 8 digits + check digit. The letter becomes 01..26; the
 * 10 digits get alternating weights 1, 2, products are cross-summed, sum mod 10 is the check digit.
 */
export function deKvnr(text: string): boolean {
  const v = alnumOf(text);
  if (!/^[A-Z]\d{9}$/.test(v)) return false;
  const digits = String(v.charCodeAt(0) - 64).padStart(2, '0') + v.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += crossSum((digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2));
  return sum % 10 === v.charCodeAt(9) - 48;
}

/**
 * Lebenslange Arztnummer (LANR): 6-digit doctor number, check digit, 2-digit specialty. Weights 4, 9
 * alternating over the first 6 digits; check = (10 - sum mod 10) mod 10.
 */
export function deLanr(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 9) return false;
  const sum = weightedSum(d, [4, 9, 4, 9, 4, 9]);
  return (10 - (sum % 10)) % 10 === d.charCodeAt(6) - 48;
}

/** KV region codes that open a Betriebsstättennummer (BSNR). */
const BSNR_REGIONS = new Set([
  '01', '02', '03', '17', '20', '21', '24', '25', '27', '31', '35', '38', '46', '47', '48', '49', '50', '51', '52',
  '53', '55', '60', '61', '62', '71', '72', '73', '74', '78', '79', '83', '88', '93', '98', '99', '05', '06', '07', '08', '09',
]);

/** BSNR: 9 digits opening with a KV region code (no public check digit). */
export function deBsnr(text: string): boolean {
  const d = digitsOf(text);
  return d.length === 9 && BSNR_REGIONS.has(d.slice(0, 2)) && !/^(\d)\1+$/.test(d);
}

// ---------------------------------------------------------------- France

/**
 * NIR (numéro de sécurité sociale): sex (1/2, 3/4/7/8 provisional), YY, MM (01-12, 20-42 or 50-99 for
 * unknown), department (2 digits or 2A/2B), commune 3, order 3, key = 97 - (first 13 mod 97); Corsica
 * 2A counts as 19 and 2B as 18.
 */
export function frNir(text: string): boolean {
  const v = alnumOf(text);
  if (!/^[1-478]\d{4}(?:\d{2}|2[AB])\d{8}$/.test(v)) return false;
  const month = num(v, 3, 5);
  if (month === 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) return false;
  const body = v.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = num(v, 13, 15);
  return key >= 1 && key <= 97 && 97 - Number(BigInt(body) % 97n) === key;
}

/** Numéro fiscal (SPI): 13 digits, first 0-3; the last 3 digits are the first 10 mod 511. */
export function frSpi(text: string): boolean {
  const d = digitsOf(text);
  return d.length === 13 && d[0]! <= '3' && !/^(\d)\1+$/.test(d) && num(d, 0, 10) % 511 === num(d, 10, 13);
}

// ---------------------------------------------------------------- Spain

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** DNI / NIF: 7-8 digits + control letter = DNI_LETTERS[n mod 23]. */
export function esDni(text: string): boolean {
  const v = alnumOf(text);
  const m = /^(\d{7,8})([A-Z])$/.exec(v);
  return m !== null && DNI_LETTERS[Number(m[1]) % 23] === m[2] && Number(m[1]) > 0;
}

/** NIE: X/Y/Z (→ 0/1/2) + 7 digits + control letter, as DNI. */
export function esNie(text: string): boolean {
  const v = alnumOf(text);
  const m = /^([XYZ])(\d{7})([A-Z])$/.exec(v);
  return m !== null && DNI_LETTERS[Number('XYZ'.indexOf(m[1]!) + m[2]!) % 23] === m[3];
}

/**
 * NSS (número de la Seguridad Social): province 2 + number 8 + control 2. Control = (province·10^8 + number)
 * mod 97, where a number below 10^7 is appended to the province without its leading zero.
 */
export function esNss(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 12) return false;
  const province = num(d, 0, 2);
  const n = num(d, 2, 10);
  if (province === 0 || province > 66 && province !== 98 && province !== 99) return false;
  const base = n < 10_000_000 ? province * 10_000_000 + n : Number(d.slice(0, 10));
  return base % 97 === num(d, 10, 12);
}

// ---------------------------------------------------------------- Italy

/** Omocodia: letters that replace digits 0-9 in the numeric positions of a codice fiscale. */
const OMOCODIA = 'LMNPQRSTUV';
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const CF_MONTHS = 'ABCDEHLMPRST';
/** Positions (0-based) of the digits in a codice fiscale, which omocodia may turn into letters. */
const CF_DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];

/**
 * Codice fiscale: surname 3 + name 3 letters, YY, month letter (ABCDEHLMPRST), day (+40 for women),
 * place code (letter + 3 digits), check letter from the odd/even position value tables mod 26.
 * Digits may be replaced by the omocodia letters LMNPQRSTUV.
 */
export function itCodiceFiscale(text: string): boolean {
  const v = alnumOf(text);
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(v)) return false;
  const chars = v.split('');
  for (const p of CF_DIGIT_POSITIONS) {
    const o = OMOCODIA.indexOf(chars[p]!);
    if (o >= 0) chars[p] = String(o);
  }
  const plain = chars.join('');
  const day = num(plain, 9, 11);
  const month = CF_MONTHS.indexOf(plain[8]!) + 1;
  if (!isDate(2000, month, day > 40 ? day - 40 : day)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = v[i]!;
    const code = ch.charCodeAt(0);
    const value = code <= 57 ? code - 48 : code - 65;
    sum += i % 2 === 0 ? CF_ODD[value]! : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

/** Partita IVA: 11 digits, Luhn; the office code (digits 8-10) is 001-100, 120, 121 or 888/999. */
export function itPartitaIva(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 11 || /^0+$/.test(d.slice(0, 7))) return false;
  const office = num(d, 7, 10);
  if (!((office >= 1 && office <= 100) || office === 120 || office === 121 || office === 888 || office === 999)) return false;
  return luhn(d);
}

// ---------------------------------------------------------------- Netherlands

/** BSN: 9 digits, 11-proof: 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function nlBsn(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 9 || /^(\d)\1+$/.test(d)) return false;
  const sum = weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]);
  return sum % 11 === 0 && sum > 0;
}

// ---------------------------------------------------------------- Belgium

/**
 * Rijksregisternummer / numéro national (also BIS numbers, month + 20 or + 40): YYMMDD SSS CC with
 * CC = 97 − (first 9 mod 97), or for people born from 2000 on, 97 − ((2·10^9 + first 9) mod 97).
 * Month and day may be 00 when the birth date is unknown.
 */
export function beRijksregisternummer(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 11) return false;
  let month = num(d, 2, 4);
  const day = num(d, 4, 6);
  if (month >= 40) month -= 40;
  else if (month >= 20) month -= 20;
  if (month > 12 || day > 31 || (month === 0 && day !== 0)) return false;
  const serial = num(d, 6, 9);
  if (serial === 0 || serial === 999) return false;
  const first9 = num(d, 0, 9);
  const check = num(d, 9, 11);
  const yy = num(d, 0, 2);
  const dateOk = (year: number): boolean => month === 0 || day === 0 || isDate(year, month, day);
  if (97 - (first9 % 97) === check && dateOk(1900 + yy)) return true;
  return 97 - ((2_000_000_000 + first9) % 97) === check && dateOk(2000 + yy);
}

// ---------------------------------------------------------------- Poland

/** PESEL: YYMMDD (month + 80/0/20/40/60 for 1800s/1900s/2000s/2100s/2200s) ZZZX C; weights 1,3,7,9,…; check = (10 − sum mod 10) mod 10. */
export function plPesel(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 11) return false;
  const yy = num(d, 0, 2);
  const mm = num(d, 2, 4);
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)]!;
  if (!isDate(century + yy, mm % 20, num(d, 4, 6))) return false;
  const sum = weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
  return (10 - (sum % 10)) % 10 === d.charCodeAt(10) - 48;
}

/** NIP (tax id): 10 digits, weights 6,5,7,2,3,4,5,6,7, sum mod 11 is the last digit (10 never issued). */
export function plNip(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 10 || /^(\d)\1+$/.test(d) || d[0] === '0') return false;
  const r = weightedSum(d, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return r !== 10 && r === d.charCodeAt(9) - 48;
}

// ---------------------------------------------------------------- Sweden

/**
 * Personnummer / samordningsnummer (day + 60): YYMMDD[-+]NNNC or YYYYMMDD[-]NNNC; Luhn over the 10-digit
 * form and a real calendar date (full year when the century is given, else either century).
 */
export function sePersonnummer(text: string): boolean {
  const d = digitsOf(text);
  let full: number[];
  let ten: string;
  if (d.length === 12) {
    const cc = num(d, 0, 2);
    if (cc < 18 || cc > 20) return false;
    full = [num(d, 0, 4)];
    ten = d.slice(2);
  } else if (d.length === 10) {
    ten = d;
    full = [1900 + num(d, 0, 2), 2000 + num(d, 0, 2)];
  } else return false;
  const month = num(ten, 2, 4);
  let day = num(ten, 4, 6);
  if (day > 60) day -= 60;
  if (!full.some((y) => isDate(y, month, day))) return false;
  if (ten.slice(6, 9) === '000') return false;
  return luhn(ten);
}

/** Organisationsnummer: 10 digits (optionally '16' + 10), third digit ≥ 2, Luhn. */
export function seOrganisationsnummer(text: string): boolean {
  let d = digitsOf(text);
  if (d.length === 12 && d.startsWith('16')) d = d.slice(2);
  return d.length === 10 && d[2]! >= '2' && luhn(d);
}

// ---------------------------------------------------------------- Finland

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const HETU_CENTURY: Record<string, number> = {
  '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

/** Henkilötunnus (HETU): DDMMYY, century sign, individual number 002-999, check = table[DDMMYYNNN mod 31]. */
export function fiHetu(text: string): boolean {
  const v = text.toUpperCase();
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(v);
  if (!m) return false;
  if (!isDate(HETU_CENTURY[m[4]!]! + Number(m[3]), Number(m[2]), Number(m[1]))) return false;
  if (Number(m[5]) < 2) return false;
  return HETU_CHECK[Number(m[1]! + m[2]! + m[3]! + m[5]!) % 31] === m[6];
}

// ---------------------------------------------------------------- Norway

const mod11Check = (d: string, weights: readonly number[]): number => {
  const r = 11 - (weightedSum(d, weights) % 11);
  return r === 11 ? 0 : r;
};

/**
 * Fødselsnummer / D-nummer (day + 40) / H-nummer (month + 40): DDMMYY + 3 individual digits + two mod-11
 * check digits (weights 3,7,6,1,8,9,4,5,2 and 5,4,3,2,7,6,5,4,3,2).
 */
export function noFodselsnummer(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 11) return false;
  let day = num(d, 0, 2);
  let month = num(d, 2, 4);
  if (day > 40) day -= 40;
  if (month > 40) month -= 40;
  if (!isDate(2000, month, day)) return false;
  const k1 = mod11Check(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = mod11Check(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 < 10 && k2 < 10 && k1 === d.charCodeAt(9) - 48 && k2 === d.charCodeAt(10) - 48;
}

// ---------------------------------------------------------------- Denmark

/** CPR: DDMMYY-SSSS with a real date; the 7th digit and the year give the century (no check digit since 2007). */
export function dkCpr(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 10) return false;
  const yy = num(d, 4, 6);
  const s = d.charCodeAt(6) - 48;
  let century = 1900;
  if (s === 4 || s === 9) century = yy <= 36 ? 2000 : 1900;
  else if (s >= 5 && s <= 8) century = yy <= 57 ? 2000 : 1800;
  return isDate(century + yy, num(d, 2, 4), num(d, 0, 2));
}
