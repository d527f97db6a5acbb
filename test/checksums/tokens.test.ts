import { describe, expect, it } from 'vitest';
import { base62, crc32 } from '../../src/checksums/crc32.ts';
import {
  atlassianTokenValid,
  base62Crc32TokenValid,
  basicAuthPairValid,
  discordBotTokenValid,
  gitlabRoutableTokenValid,
} from '../../src/checksums/tokens.ts';

/** Builds a GitHub/npm-style token from 30 random chars, so the tests do not depend on stored samples. */
const githubStyle = (prefix: string, random: string): string => `${prefix}_${random}${base62(crc32(random), 6)}`;

describe('base62Crc32TokenValid (GitHub, npm)', () => {
  it('accepts tokens whose last 6 chars are the base62 CRC-32 of the 30 random chars', () => {
    expect(base62Crc32TokenValid('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')).toBe(true);
    expect(base62Crc32TokenValid('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')).toBe(true);
    expect(base62Crc32TokenValid(githubStyle('gho', 'Q8wXr2Lm9Tb4Kc7Np3Vd6Hs1Fg5Jz0'))).toBe(true);
  });
  it('rejects a changed checksum, a changed body, or a wrong length', () => {
    expect(base62Crc32TokenValid('ghp_AvnhFrSBATGMu63TLXlj84a2GpvPah07r9nk')).toBe(false);
    expect(base62Crc32TokenValid('ghp_BvnhFrSBATGMu63TLXlj84a2GpvPah07r9nj')).toBe(false);
    expect(base62Crc32TokenValid('ghp_AvnhFrSBATGMu63TLXlj84a2GpvPah07r9n')).toBe(false);
    expect(base62Crc32TokenValid('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toBe(false);
  });
});

describe('gitlabRoutableTokenValid', () => {
  it('accepts unversioned and versioned routable tokens with a matching base36 CRC-32', () => {
    expect(gitlabRoutableTokenValid('glpat-bzp1Zm52NzQKg2xIZeb1AP1kOo2BxvY-XoIr.100kgzi2c')).toBe(true);
    expect(gitlabRoutableTokenValid('glpat-bzpqMnpjNm8KT8Zn_yNF994XxjCVC6k3xWB8.01.100nqy306')).toBe(true);
    expect(gitlabRoutableTokenValid('glrt-t1_bzptYTdrY20Kx3Kc0DlfjFGEh4W5gAOa2ZeN.1004dbtwx')).toBe(true);
  });
  it('rejects a wrong CRC, a wrong length holder and placeholders', () => {
    expect(gitlabRoutableTokenValid('glpat-bzp1Zm52NzQKg2xIZeb1AP1kOo2BxvY-XoIr.100kgzi2d')).toBe(false);
    expect(gitlabRoutableTokenValid('glpat-xxxxxxxx-xxxxxxxxxxxxxxxxxx.xxxxxxxxx')).toBe(false);
    const head = 'glpat-bzp1Zm52NzQKg2xIZeb1AP1kOo2BxvY-XoIr.zz';
    expect(gitlabRoutableTokenValid(head + crc32(head).toString(36).padStart(7, '0'))).toBe(false);
  });
});

describe('atlassianTokenValid', () => {
  const body = 'ATATT3xFfGF0G7tdOFerlQp-ppQhxuJVV2Y5XRR7uzwC73jXMheXdO7OcB9ySF-s5W8SwbDbomxmGrhTg2OCpRe=';
  const tail = crc32(body).toString(16).padStart(8, '0').toUpperCase();
  it('accepts the CRC-32 of everything up to and including the final =', () => {
    expect(atlassianTokenValid(body + tail)).toBe(true);
    expect(atlassianTokenValid(body + tail.toLowerCase())).toBe(true);
  });
  it('rejects a wrong or missing checksum', () => {
    expect(atlassianTokenValid(body + (tail === '00000000' ? '00000001' : '00000000'))).toBe(false);
    expect(atlassianTokenValid(body.slice(0, -1))).toBe(false);
  });
});

describe('basicAuthPairValid', () => {
  it('accepts base64 of user:password', () => {
    expect(basicAuthPairValid(btoa('ci-bot:Vq7rT2mX9pL4'))).toBe(true);
  });
  it('rejects values without a colon, with an empty side, or not base64', () => {
    expect(basicAuthPairValid(btoa('not a pair'))).toBe(false);
    expect(basicAuthPairValid(btoa('user:'))).toBe(false);
    expect(basicAuthPairValid('%%%')).toBe(false);
  });
});

describe('discordBotTokenValid', () => {
  it('accepts a first segment that is a base64 snowflake id', () => {
    expect(discordBotTokenValid(`${btoa('704358127394816001').replace(/=+$/, '')}.xUuvTk.vTu-Gz_dXWllB_dPzEHFPHWQoJJ`)).toBe(true);
  });
  it('rejects a first segment that does not decode to digits', () => {
    expect(discordBotTokenValid(`${btoa('6abcdefghijklmnopqrst')}.xUuvTk.vTu-Gz_dXWllB_dPzEHFPHWQoJJ`)).toBe(false);
  });
});
