/**
 * Structural checks for encoded secrets: base64/base64url decoding, JWT segments, Bech32 (age keys),
 * Base58Check with a pure-TypeScript SHA-256 (Bitcoin WIF). Pure TypeScript, no Node APIs: runs in a browser.
 */

const B64_VALUES = (() => {
  const table = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table['-'.charCodeAt(0)] = 62; // base64url
  table['_'.charCodeAt(0)] = 63;
  return table;
})();

/**
 * Decodes standard or url-safe base64 (padding optional, ASCII whitespace ignored) to bytes; null when the
 * text holds any other character, misplaced padding, or an impossible length.
 */
export function base64Decode(text: string): Uint8Array | null {
  const clean = text.replace(/\\[nr]|\s/g, ''); // also JSON-escaped line breaks of a PEM body
  let end = clean.length;
  while (end > 0 && clean.charCodeAt(end - 1) === 61) end--; // '='
  if (clean.length - end > 2) return null;
  const n = end;
  if (n % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((n * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const code = clean.charCodeAt(i);
    const v = code < 128 ? B64_VALUES[code]! : -1;
    if (v < 0) return null;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** Bytes as a string, one char per byte (Latin-1); enough for ASCII structure checks. */
export const bytesToLatin1 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
};

/** Decoded base64 as UTF-8 text (invalid sequences replaced), or null when not base64. */
export function base64DecodeText(text: string): string | null {
  const bytes = base64Decode(text);
  return bytes ? new TextDecoder('utf-8', { fatal: false }).decode(bytes) : null;
}

/** True when every byte is printable ASCII, tab or newline. */
export const isPrintableAscii = (text: string): boolean => /^[\x09\x0a\x0d\x20-\x7e]*$/.test(text);

function parsesAsObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

/**
 * JWT structure: `header.payload[.signature]`, header decodes to a JSON object naming "alg" (or "typ"),
 * payload decodes to JSON. A header or payload truncated or corrupted by a copy is still accepted when it
 * begins like a JSON object and names a standard claim key.
 */
export function isJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length < 2 || parts.length > 3) return false;
  const header = base64DecodeText(parts[0]!);
  const payload = base64DecodeText(parts[1]!);
  if (header === null || payload === null) return false;
  if (!/^\s*\{\s*"/.test(header) || !/^\s*\{/.test(payload)) return false;
  const headerOk = parsesAsObject(header) ? /"(?:alg|typ|kid|enc)"/.test(header) : /"(?:alg|typ)"\s*:/.test(header);
  if (!headerOk) return false;
  if (parsesAsObject(payload)) return true;
  return /^\s*\{\s*"[A-Za-z_][\w.:/-]{0,40}"\s*:/.test(payload);
}

// ---------------------------------------------------------------- Bech32 (BIP-173)

export const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ BECH32_GEN[i]!) >>> 0;
  }
  return chk;
}

/**
 * Verifies a Bech32 (constant 1) or Bech32m (0x2bc830a3) string `hrp1data`: single case, last '1' separates
 * the human-readable part, data chars from the Bech32 alphabet, 6-char checksum.
 */
export function bech32Verify(text: string, variant: 'bech32' | 'bech32m' = 'bech32'): boolean {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return false;
  const lower = text.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || lower.length - sep - 1 < 6) return false;
  const hrp = lower.slice(0, sep);
  const values: number[] = [];
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) >> 5);
  values.push(0);
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) & 31);
  for (const ch of lower.slice(sep + 1)) {
    const v = BECH32_CHARSET.indexOf(ch);
    if (v < 0) return false;
    values.push(v);
  }
  return bech32Polymod(values) === (variant === 'bech32' ? 1 : 0x2bc830a3);
}

/** Encodes `hrp` + 5-bit `data` words as Bech32 (used by tests to build synthetic values). */
export function bech32Encode(hrp: string, data: readonly number[]): string {
  const values: number[] = [];
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) >> 5);
  values.push(0);
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) & 31);
  const mod = bech32Polymod([...values, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...checksum].map((v) => BECH32_CHARSET[v]).join('');
}

// ---------------------------------------------------------------- SHA-256 (FIPS 180-4)

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

/** SHA-256 digest of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  const length = data.length;
  const padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[length] = 0x80;
  const bitLength = length * 8;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[i]! + w[i]!) >>> 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0;
    h[5] = (h[5]! + f) >>> 0;
    h[6] = (h[6]! + g) >>> 0;
    h[7] = (h[7]! + hh) >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]!);
  return out;
}

/** Lowercase hex of bytes. */
export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

// ---------------------------------------------------------------- Base58Check (Bitcoin)

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Decodes Base58 (Bitcoin alphabet) to bytes, leading '1's as zero bytes; null on a foreign character. */
export function base58Decode(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of text) {
    let carry = BASE58.indexOf(ch);
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
  return new Uint8Array(bytes.reverse());
}

/** Base58 encoding of bytes (used by tests to build synthetic values). */
export function base58Encode(bytes: Uint8Array): string {
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i]! << 8;
      digits[i] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += '1';
  for (let i = digits.length - 1; i >= 0; i--) out += BASE58[digits[i]!];
  return out;
}

/** Payload of a Base58Check string (version byte included, 4-byte double-SHA-256 checksum removed), or null. */
export function base58CheckDecode(text: string): Uint8Array | null {
  const bytes = base58Decode(text);
  if (!bytes || bytes.length < 5) return null;
  const payload = bytes.subarray(0, bytes.length - 4);
  const digest = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (digest[i] !== bytes[bytes.length - 4 + i]) return null;
  return payload;
}

/** Appends the double-SHA-256 checksum and Base58-encodes (used by tests). */
export function base58CheckEncode(payload: Uint8Array): string {
  const digest = sha256(sha256(payload));
  const full = new Uint8Array(payload.length + 4);
  full.set(payload);
  full.set(digest.subarray(0, 4), payload.length);
  return base58Encode(full);
}

/**
 * Bitcoin WIF private key: Base58Check payload 0x80 (mainnet) or 0xef (testnet) + 32 key bytes, plus a
 * 0x01 suffix when the public key is compressed.
 */
export function isWif(text: string): boolean {
  const payload = base58CheckDecode(text);
  if (!payload) return false;
  if (payload[0] !== 0x80 && payload[0] !== 0xef) return false;
  return payload.length === 33 || (payload.length === 34 && payload[33] === 0x01);
}

/** BIP-32 extended private key (xprv/tprv): Base58Check payload of 78 bytes with the private-key marker byte 0. */
export function isExtendedPrivateKey(text: string): boolean {
  const payload = base58CheckDecode(text);
  return !!payload && payload.length === 78 && payload[45] === 0;
}

// ---------------------------------------------------------------- Text statistics

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  if (!text) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
