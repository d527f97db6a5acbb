import { describe, expect, it } from 'vitest';
import * as w from '../../src/checksums/national-world.ts';

type Check = (value: string) => boolean;

/** [algorithm, known-valid values, known-invalid values] */
const CASES: [string, Check, string[], string[]][] = [
  ['BR CPF', w.cpf, ['529.982.247-25', '52596589060', '921.903.006-30'], ['529.982.247-26', '111.111.111-11', '5259658906']],
  ['BR CNPJ', w.cnpj, ['11.222.333/0001-81', '81077888000162', 'VP.375.KOG/0001-97', '12.ABC.345/01DE-35'],
    ['11.222.333/0001-82', '00.000.000/0000-00', 'VP.375.KOG/0001-98']],
  ['IN GSTIN', w.gstin, ['27AAPFU0939F1ZV', '29AAGCB7383J1Z4', '29HOPPX7922M1ZJ'], ['27AAPFU0939F1ZW', '29AAGCB7383J1Y4', '29AAGCB7383J1Z']],
  ['AU TFN', w.auTfn, ['669 926 183', '016825216', '336183265'], ['669 926 184', '111111111', '6699261834']],
  ['AU ABN', w.auAbn, ['96 658 657 513', '21858891919'], ['96 658 657 514', '00000000000', '9665865751']],
  ['AU ACN', w.auAcn, ['119 947 689', '663713997', '000 000 019'], ['119 947 680', '11994768']],
  ['AU Medicare', w.auMedicare, ['5864 19430 1', '2279567281', '65402536112'], ['5864 19431 1', '1864194301', '586419430']],
  ['NZ IRD', w.nzIrd, ['49-091-850', '35901981', '136-410-132', '117115167'], ['136410133', '9125568', '150000001']],
  ['SG NRIC/FIN', w.sgNric, ['S5045307C', 'T1175602B', 'F4010476M', 'G1034311P', 'T1234567J'],
    ['S5045307D', 'T1234567Z', 'A1234567Z', 'G1034311Q']],
  ['SG UEN', w.sgUen, ['48680101B', '201720723E', 'T47LL6385D'], ['48680101C', '201720723F', 'T47ZZ6385D', '209920723E']],
  ['JP My Number', w.myNumber, ['180883794301', '1808 8379 4301', '123456789018'], ['180883794302', '123456789012', '000000000000']],
  ['KR RRN check', (v) => w.krDate(v) && w.krChecksum(v), ['890611-1641737', '8108161338233'], ['890611-1641738', '891311-1641737']],
  ['KR FRN check', (v) => w.krDate(v) && w.krChecksum(v, true), ['870210-5309927', '8202186889126'], ['870210-5309928', '870230-5309927']],
  ['KR BRN', w.krBrn, ['730-87-65779', '8720179312'], ['730-87-65770', '0000000000']],
  ['CN resident ID', w.cnResidentId, ['11010519491231002X', '320110198107103034'], ['110105194912310021', '320110198113103034', '020110198107103034']],
  ['HK HKID', w.hkid, ['A123456(3)', 'G123456(A)', 'Z1957741', 'LF537529A'], ['A123456(4)', 'LF537529(1)', 'A12345(3)']],
  ['MX CURP', w.curp, ['HEGG560427MVZRRL04', 'RAMS820616HDFLRN08', 'LOPA020327MJCPRNA7'], ['HEGG560427MVZRRL05', 'RAMS821316HDFLRN08']],
  ['MX RFC', w.mxRfc, ['GODE561231GR8', 'MAGR800914K41', 'TEC040214U89'], ['GODE561231GR9', 'XAXX010101000', 'GODE561331GR8']],
  ['ZA ID', w.zaId, ['8105182237080', '860713 1111 084'], ['8105182237081', '8113182237080', '8105182237380']],
  ['TR TCKN', w.tckn, ['28030127924', '61657934742'], ['28030127925', '08030127924', '12345678901']],
  ['TH national ID', w.thNationalId, ['8669581405976', '6-4650-92940-92-7'], ['8669581405977', '9780306406157', '1994567890124']],
  ['PH TIN', w.phTin, ['149-485-220-000', '821079505'], ['149-485-221-000', '12345678']],
];

describe('world national identifier checks', () => {
  for (const [name, check, valid, invalid] of CASES) {
    it(`${name}: accepts valid values`, () => {
      for (const value of valid) expect(check(value), value).toBe(true);
    });
    it(`${name}: rejects invalid values`, () => {
      for (const value of invalid) expect(check(value), value).toBe(false);
    });
  }

  it('checks calendar dates', () => {
    expect(w.isRealDate(2000, 2, 29)).toBe(true);
    expect(w.isRealDate(1900, 2, 29)).toBe(false);
    expect(w.isPastDate(2999, 1, 1)).toBe(false);
    expect(w.isPastYymmdd('000229')).toBe(true);
    expect(w.isPastYymmdd('990229')).toBe(false);
  });

  it('spots palindromes', () => {
    expect(w.isPalindrome('1234 4321 1234')).toBe(false);
    expect(w.isPalindrome('123456654321')).toBe(true);
  });
});
