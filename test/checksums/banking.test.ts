import { describe, expect, it } from 'vitest';
import * as b from '../../src/checksums/banking.ts';

type Check = (value: string) => boolean;

/** [algorithm, known-valid values, known-invalid values] */
const CASES: [string, Check, string[], string[]][] = [
  ['IBAN', b.ibanValid,
    ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432', 'FR1420041010050500013M02606',
      'NL91ABNA0417164300', 'BE68539007547034', 'NO9386011117947', 'MT84MALT011000012345MTLCAST001S', 'de89370400440532013000'],
    ['DE89370400440532013001', 'DE8937040044053201300', 'GB82WEST1234569876543', 'XX89370400440532013000',
      'NL91ABNA041716430', 'DE00000000000000000000', 'DE89-3704-0044-0532-0130-0']],
  ['ABA routing', b.abaValid, ['011000015', '021000021', '121000358', '0260-0959-3'],
    ['011000016', '421042111', '131000358', '000000000', '12100035']],
  ['payment card', b.cardValid,
    ['4111111111111111', '4539 1488 0343 6467', '5425233430109903', '2223000048400011', '371449635398431',
      '6011000990139424', '3530111333300000', '36227206271667', '6200000000000005', '5019717010103742'],
    ['4111111111111112', '1234567812345678', '0000000000000000', '371449635398430', '5425233430109', '9111111111111111',
      '37144963539843', '3714496353984311']],
  ['BTC Base58Check', b.btcBase58Valid,
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0']],
  ['BTC Bech32/Bech32m', b.btcBech32Valid,
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0'],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', 'bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      'ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t']],
  ['US SSN', b.ssnValid, ['536-90-4399', '372186104', '001-01-0001'],
    ['000-12-3456', '666-12-3456', '912-12-3456', '536-00-4399', '536-90-0000', '078-05-1120', '123-45-6789', '111-11-1111']],
  ['US ITIN', b.itinValid, ['912-78-4410', '931527781', '900-50-0000', '999-99-9999'], ['912-89-4410', '912-93-4410', '812-78-4410', '912-49-4410']],
  ['US NPI', b.npiValid, ['1245319599', '1003000126', '1234567893'], ['1245319598', '3245319599', '123456789', '1111111112']],
  ['US DEA', b.deaValid, ['AB1234563', 'FK4081179', 'ab1234563', 'M91234563'], ['AB1234567', 'FK4081175', 'A1234563', 'AB123456', '9B1234563']],
  ['US MBI', b.mbiValid, ['1EG4-TE5-MK73', '1EG4TE5MK73', '5kw8ch3qr62'],
    ['1SG4-TE5-MK73', '0EG4-TE5-MK73', '1EG4-TE5-MK7', '1EG4-LE5-MK73', '1EG4-TE5-OK73']],
  ['US EIN', b.einValid, ['84-3027719', '271048862'], ['07-3027719', '89-3027719', '84-0000000', '84-302771']],
  ['UK NINO', b.ninoValid, ['JG103721C', 'JG 10 37 21 C', 'sn294817a'],
    ['QQ123456C', 'GB123456A', 'DA123456A', 'JO123456A', 'JG103721E', 'JG10372C']],
  ['UK NHS', b.nhsValid, ['9434765919', '943 476 5919', '4010232137'], ['9434765918', '0000000000', '943476591']],
  ['UK driving licence', b.ukDrivingLicenceValid, ['MORGA753116SM9IJ', 'WOODS861024JA8CD', 'SMIT9801015JK2CD'],
    ['MORGA713116SM9IJ', 'MORGA701006SM9IJ', 'MORGA753326SM9IJ', 'MO9GA753116SM9IJ', '99999753116SM9IJ']],
  ['CA SIN', b.sinValid, ['271846305', '271-846-305', '726 391 584'], ['271846306', '046454286', '846454286', '111111111']],
];

describe.each(CASES)('%s', (_name, check, valid, invalid) => {
  it.each(valid.map((v) => [v]))('accepts %s', (v) => expect(check(v)).toBe(true));
  it.each(invalid.map((v) => [v]))('rejects %s', (v) => expect(check(v)).toBe(false));
});

describe('ICAO 9303', () => {
  it('computes 7-3-1 check digits', () => {
    expect(b.icaoCheckDigit('L898902C3')).toBe(6);
    expect(b.icaoCheckDigit('740812')).toBe(2);
    expect(b.icaoCheckDigit('120415')).toBe(9);
    expect(b.icaoCheckDigit('D23145890')).toBe(7);
    expect(b.icaoCheckDigit('ab!')).toBe(-1);
  });
  it('validates the ICAO specimen TD3 line 2 and rejects a tampered one', () => {
    expect(b.mrzTd3Line2Valid('L898902C36UTO7408122F1204159ZE184226B<<<<<10')).toBe(true);
    expect(b.mrzTd3Line2Valid('L898902C36UTO7408122F1204159ZE184226B<<<<<11')).toBe(false);
    expect(b.mrzTd3Line2Valid('L898902C37UTO7408122F1204159ZE184226B<<<<<10')).toBe(false);
    expect(b.mrzTd3Line2Valid('L898902C36UTO7408122F1204159ZE184226B<<<<1')).toBe(false);
  });
  it('validates the ICAO specimen TD1 lines and rejects a tampered one', () => {
    expect(b.mrzTd1Valid('I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6')).toBe(true);
    expect(b.mrzTd1Valid('I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<7')).toBe(false);
    expect(b.mrzTd1Valid('I<UTOD231458908<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6')).toBe(false);
  });
});

describe('plausible birth dates', () => {
  const now = new Date(Date.UTC(2025, 5, 1));
  it('accepts real past dates within 120 years', () => {
    expect(b.plausibleBirthDate(1983, 7, 14, now)).toBe(true);
    expect(b.plausibleBirthDate(2000, 2, 29, now)).toBe(true);
  });
  it('rejects impossible, future and too-old dates', () => {
    expect(b.plausibleBirthDate(1990, 2, 31, now)).toBe(false);
    expect(b.plausibleBirthDate(1900, 2, 29, now)).toBe(false);
    expect(b.plausibleBirthDate(2026, 1, 1, now)).toBe(false);
    expect(b.plausibleBirthDate(1890, 1, 1, now)).toBe(false);
    expect(b.plausibleBirthDate(1990, 13, 1, now)).toBe(false);
  });
});
