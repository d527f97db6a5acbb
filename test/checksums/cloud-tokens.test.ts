import { describe, expect, it } from 'vitest';
import {
  assignment,
  cloudflareScannableTokenValid,
  decodeBase64,
  grafanaServiceAccountTokenValid,
  hasClasses,
  looksRandom,
  sentryOrgTokenValid,
} from '../../src/checksums/cloud-tokens.ts';
import { crc32 } from '../../src/checksums/crc32.ts';

/** Builds a Grafana service-account token the way grafana's satokengen does (CRC-32, little-endian hex). */
function grafanaToken(secret: string): string {
  const c = crc32(`glsa_${secret}`);
  const le = [c, c >>> 8, c >>> 16, c >>> 24].map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
  return `glsa_${secret}_${le}`;
}

describe('grafanaServiceAccountTokenValid', () => {
  it('accepts tokens whose suffix is the little-endian CRC-32 of glsa_<secret>', () => {
    expect(grafanaServiceAccountTokenValid('glsa_hIAAmKdxnQI0oUFc8if1yGtX3Icmw12z_e18e49d9')).toBe(true);
    expect(grafanaServiceAccountTokenValid(grafanaToken('Zq8Lm2Xp5Zr9Tw3Nc7Hb0Jd4Fg6Ks1Ae'))).toBe(true);
  });
  it('rejects a wrong, big-endian or malformed checksum', () => {
    expect(grafanaServiceAccountTokenValid('glsa_hIAAmKdxnQI0oUFc8if1yGtX3Icmw12z_e18e49d8')).toBe(false);
    const c = crc32('glsa_hIAAmKdxnQI0oUFc8if1yGtX3Icmw12z').toString(16).padStart(8, '0');
    expect(grafanaServiceAccountTokenValid(`glsa_hIAAmKdxnQI0oUFc8if1yGtX3Icmw12z_${c}`)).toBe(false);
    expect(grafanaServiceAccountTokenValid('glsa_short_e18e49d9')).toBe(false);
  });
});

describe('cloudflareScannableTokenValid', () => {
  it('accepts cfat_/cfut_/cfk_ tokens ending in the CRC-32 of their 40-char body', () => {
    expect(cloudflareScannableTokenValid('cfat_Ns0F41t8I56YEnWH2evgLZdtRtlsmngi3xvGrY5Oac9ca4e0')).toBe(true);
    expect(cloudflareScannableTokenValid('cfut_7ztbwoqUaqAQLno4PLiUwfFWMPIiHcGdL6fkzmTw55b1ccf6')).toBe(true);
    expect(cloudflareScannableTokenValid('cfk_N0yOpiQHS0XAtqcSNrwkL5f76D9QWRIzxZWVvkhtaeb7466d')).toBe(true);
  });
  it('rejects a changed checksum, body or prefix', () => {
    expect(cloudflareScannableTokenValid('cfat_Ns0F41t8I56YEnWH2evgLZdtRtlsmngi3xvGrY5Oac9ca4e1')).toBe(false);
    expect(cloudflareScannableTokenValid('cfat_Ns0F41t8I56YEnWH2evgLZdtRtlsmngi3xvGrY5Obc9ca4e0')).toBe(false);
    expect(cloudflareScannableTokenValid('cfx_Ns0F41t8I56YEnWH2evgLZdtRtlsmngi3xvGrY5Oac9ca4e0')).toBe(false);
  });
});

describe('decodeBase64', () => {
  it('decodes standard and url-safe base64, with or without padding', () => {
    expect(decodeBase64('eyJrIjoi')).toBe('{"k":"');
    expect(decodeBase64('aGk')).toBe('hi');
    expect(decodeBase64('-_8')).toBe(decodeBase64('+/8'));
  });
  it('returns null for text that is not base64', () => {
    expect(decodeBase64('not base64!')).toBeNull();
    expect(decodeBase64('abcde')).toBeNull();
  });
});

describe('sentryOrgTokenValid', () => {
  const payload = btoa('{"iat":1750000000.0,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"acme"}');
  it('accepts an org token whose payload is JSON with iat and region_url', () => {
    expect(sentryOrgTokenValid(`sntrys_${payload}_LY9zzFTSYFpIKoGaRYAj4syzge3hTVUlhXewIiafPuP`)).toBe(true);
  });
  it('rejects payloads without region_url or not JSON', () => {
    expect(sentryOrgTokenValid(`sntrys_${btoa('{"iat":1,"url":"x"}')}_LY9zzFTSYFpIKoGaRYAj4syzge3hTVUlhXewIiafPuP`)).toBe(false);
    expect(sentryOrgTokenValid('sntrys_bm90IGpzb24_LY9zzFTSYFpIKoGaRYAj4syzge3hTVUlhXewIiafPuP')).toBe(false);
  });
});

describe('character classes', () => {
  it('tells random tokens from words and hex', () => {
    expect(looksRandom('bQ86ibwnMI8nAWLygX9Ouft9UmDL1PTAXAWT19z9')).toBe(true);
    expect(looksRandom('5e1b3d7f9a2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c')).toBe(false);
    expect(looksRandom('AcceptanceTimeoutSeconds')).toBe(false);
    expect(hasClasses('ABC', { upper: true, lower: true })).toBe(false);
  });
});

describe('assignment', () => {
  const re = assignment('sumo(?:logic)?[_.-]?access[_.-]?id', 'su[A-Za-z0-9]{12}', '(?![A-Za-z0-9])');
  it('captures the value after a matching key name and operator', () => {
    for (const text of ['sumologic.accessId = "suFAzkHjn9rFtr"', 'SUMO_ACCESS_ID: suFAzkHjn9rFtr', '"sumo_access_id" => \'suFAzkHjn9rFtr\'']) {
      re.lastIndex = 0;
      expect(re.exec(text)?.[1], text).toBe('suFAzkHjn9rFtr');
    }
  });
  it('needs the key name and the exact value length', () => {
    for (const text of ['sumObj = suFAzkHjn9rFtr', 'SUMO_ACCESS_ID: suFAzkHjn9rFtrX']) {
      re.lastIndex = 0;
      expect(re.exec(text), text).toBeNull();
    }
  });
});
