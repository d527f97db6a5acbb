/** Digit checksums shared by card, bank and national-ID detectors. Inputs may hold separators; only digits count. */

export const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** Luhn (mod 10) over all digits of `text`, check digit last. */
export function luhn(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Sum of digit × weight, pairing `digits[i]` with `weights[i]`. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum;
}

/** Remainder of a long decimal (or alphanumeric, letters A=10..Z=35) string modulo `m`, digit by digit. */
export function modString(text: string, m: number): number {
  let rest = 0;
  for (const ch of text.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) rest = (rest * 10 + code - 48) % m;
    else if (code >= 65 && code <= 90) rest = (rest * 100 + code - 55) % m;
  }
  return rest;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check (Aadhaar), check digit last. */
export function verhoeff(text: string): boolean {
  const digits = digitsOf(text);
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![digits.charCodeAt(digits.length - 1 - i) - 48]!]!;
  }
  return digits.length > 1 && c === 0;
}

/** ISO 7064 MOD 11,10 (German Steuer-ID, USt-IdNr, Croatian OIB): true when the last digit checks. */
export function iso7064Mod11_10(text: string): boolean {
  const digits = digitsOf(text);
  let product = 10;
  for (let i = 0; i < digits.length - 1; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return digits.length > 1 && check === digits.charCodeAt(digits.length - 1) - 48;
}

/** True when every digit of the value is the same ("0000000000"): never a real identifier. */
export const allSameDigit = (text: string): boolean => /^(\d)\1*$/.test(digitsOf(text));
