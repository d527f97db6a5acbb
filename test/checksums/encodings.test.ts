import { describe, expect, it } from 'vitest';
import {
  base58CheckDecode,
  base58CheckEncode,
  base58Decode,
  base58Encode,
  base64Decode,
  base64DecodeText,
  bech32Encode,
  bech32Verify,
  isExtendedPrivateKey,
  isJwt,
  isWif,
  sha256,
  shannonEntropy,
  toHex,
} from '../../src/checksums/encodings.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(toHex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(sha256(utf8('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(toHex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('handles inputs spanning several blocks', () => {
    expect(toHex(sha256(utf8('a'.repeat(1000))))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });
});

describe('base64', () => {
  it('decodes standard and url-safe alphabets, padding optional', () => {
    expect(base64DecodeText('YWRtaW46cGFzc3dvcmQ=')).toBe('admin:password');
    expect(base64DecodeText('YWRtaW46cGFzc3dvcmQ')).toBe('admin:password');
    expect(toHex(base64Decode('-_-_')!)).toBe('fbffbf');
    expect(toHex(base64Decode('+/+/')!)).toBe('fbffbf');
  });

  it('ignores line breaks, also JSON-escaped ones', () => {
    expect(base64DecodeText('YWRt\naW46\\ncGFz\r\nc3dvcmQ=')).toBe('admin:password');
  });

  it('rejects foreign characters, impossible lengths and excess padding', () => {
    expect(base64Decode('abc!')).toBeNull();
    expect(base64Decode('abcde')).toBeNull();
    expect(base64Decode('YQ===')).toBeNull();
  });
});

describe('isJwt', () => {
  const b64u = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const header = b64u('{"alg":"HS256","typ":"JWT"}');
  const payload = b64u('{"sub":"u-1","iat":1700000000}');

  it('accepts header.payload.signature with an alg header', () => {
    expect(isJwt(`${header}.${payload}.p06h_q2sLOK1071WyzGUOzXJ39gceLtdR17r3mtt0Sw`)).toBe(true);
    expect(isJwt(`${b64u('{"alg":"none"}')}.${payload}.`)).toBe(true);
  });

  it('rejects headers without alg/typ and segments that are not JSON', () => {
    expect(isJwt(`${b64u('{"nota":"jwt"}')}.${payload}.sig`)).toBe(false);
    expect(isJwt(`${b64u('plain text')}.${payload}.sig`)).toBe(false);
    expect(isJwt(`${header}.${b64u('not json')}.sig`)).toBe(false);
    expect(isJwt(header)).toBe(false);
  });
});

describe('bech32', () => {
  it('verifies the BIP-173 test vectors', () => {
    expect(bech32Verify('A12UEL5L')).toBe(true);
    expect(bech32Verify('a12uel5l')).toBe(true);
    expect(bech32Verify('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(true);
  });

  it('rejects a changed character, mixed case and a missing separator', () => {
    expect(bech32Verify('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBe(false);
    expect(bech32Verify('A12uEL5L')).toBe(false);
    expect(bech32Verify('pzry9x0s0muk')).toBe(false);
  });

  it('round-trips an age secret key', () => {
    const key = bech32Encode('age-secret-key-', Array.from({ length: 52 }, (_, i) => (i * 7) % 32)).toUpperCase();
    expect(key.startsWith('AGE-SECRET-KEY-1')).toBe(true);
    expect(key.length).toBe(74);
    expect(bech32Verify(key)).toBe(true);
    expect(bech32Verify(key.slice(0, -1) + (key.endsWith('Q') ? 'P' : 'Q'))).toBe(false);
  });
});

describe('base58 / Base58Check', () => {
  it('round-trips bytes with leading zeros', () => {
    const bytes = new Uint8Array([0, 0, 1, 2, 255]);
    expect(base58Decode(base58Encode(bytes))).toEqual(bytes);
    expect(base58Decode('0OIl')).toBeNull();
  });

  it('recognises the well-known uncompressed WIF of private key 0x0C28FCA3…', () => {
    expect(isWif('5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ')).toBe(true);
    expect(isWif('5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK')).toBe(false);
  });

  it('checks version byte and length of a WIF', () => {
    const key = new Uint8Array(32).fill(7);
    const compressed = new Uint8Array([0x80, ...key, 0x01]);
    expect(isWif(base58CheckEncode(compressed))).toBe(true);
    expect(isWif(base58CheckEncode(new Uint8Array([0x00, ...key])))).toBe(false); // address version, not a key
    expect(base58CheckDecode(base58CheckEncode(compressed))).toEqual(compressed);
  });

  it('checks the private marker of an extended private key', () => {
    const payload = new Uint8Array(78);
    payload.set([0x04, 0x88, 0xad, 0xe4]);
    payload.fill(9, 46);
    expect(isExtendedPrivateKey(base58CheckEncode(payload))).toBe(true);
    payload[45] = 2; // a public key's prefix byte
    expect(isExtendedPrivateKey(base58CheckEncode(payload))).toBe(false);
  });
});

describe('shannonEntropy', () => {
  it('is 0 for one repeated char and log2(n) for n distinct chars', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('')).toBe(0);
  });
});
