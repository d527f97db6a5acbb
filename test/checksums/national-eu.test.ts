import { describe, expect, it } from 'vitest';
import * as eu from '../../src/checksums/national-eu.ts';

type Check = (value: string) => boolean;

/** [algorithm, known-valid values, known-invalid values] */
const CASES: [string, Check, string[], string[]][] = [
  ['DE Steuer-ID', eu.deSteuerId, ['36574261809', '36 574 261 809', '86095742719'],
    ['36574261808', '12345678903', '11111111111', '06574261809', '3657426180']],
  ['DE USt-IdNr', eu.deUstId, ['136695976', '129273398', 'DE 136 695 976'], ['136695977', '123456789', '12345678']],
  ['ICAO 7-3-1', eu.icaoWithCheck, ['C01234565', 'L01X00T44', 'C01X00T478'], ['C01234567', 'L01X00T47', 'C01X00T471']],
  ['DE Rentenversicherungsnummer', eu.deRentenversicherungsnummer, ['15070649C103', '65070803A019', '38551285K051'],
    ['15070649C100', '15071349C103', '15070049C103', '150706491103']],
  ['DE KVNR', eu.deKvnr, ['A123456780', 'M123456785', 'Z999999997'], ['A123456787', 'M123456789', '1123456780']],
  ['DE LANR', eu.deLanr, ['123456601', '987654401'], ['123456901', '234567601', '12345660']],
  ['DE BSNR', eu.deBsnr, ['021234568', '711234567'], ['001234567', '000000000', '02123456']],
  ['FR NIR', eu.frNir, ['295109912611193', '2 95 10 99 126 111 93', '184052A12345682', '184052B12345612'],
    ['295109912611194', '184052A12345612', '595109912611193', '291309912611193']],
  ['FR SPI', eu.frSpi, ['3023217600053', '30 23 217 600 053'], ['3023217600054', '5023217600053']],
  ['ES DNI', eu.esDni, ['54362315K', '12345678Z', '1111111-G'], ['54362315Z', '12345678A']],
  ['ES NIE', eu.esNie, ['X9613851N', 'Y8063915-Z', 'Z8078221M'], ['Y8063915Q', 'W8063915Q']],
  ['ES NSS', eu.esNss, ['281234567840', '28/12345678/40'], ['281234567841', '001234567840']],
  ['IT codice fiscale', eu.itCodiceFiscale, ['RCCMNL83S18D969H', 'MRTMTT25D09F205Z', 'AAAAAA00B11C333Y'],
    ['RCCMNL83S18D969A', 'RCCMNL83S38D969H', 'A55AAA00B11C333N']],
  ['IT partita IVA', eu.itPartitaIva, ['01333550323', '00743110157'], ['01333550324', '00000000001']],
  ['NL BSN', eu.nlBsn, ['111222333', '123456782'], ['111222334', '000000000', '12345678']],
  ['BE rijksregisternummer', eu.beRijksregisternummer, ['85073003328', '85.07.30-033.28', '17073003384'],
    ['85073003329', '85133003328']],
  ['PL PESEL', eu.plPesel, ['44051401359', '02070803628'], ['44051401358', '44131401359']],
  ['PL NIP', eu.plNip, ['8567346215', '856-734-62-15'], ['8567346216', '0000000000']],
  ['SE personnummer', eu.sePersonnummer, ['880320-0016', '198712202384', '871220-2384', '880380-0013'],
    ['880320-0017', '881320-0016', '200504422381']],
  ['SE organisationsnummer', eu.seOrganisationsnummer, ['556703-7485', '2120000142'], ['556703-7486', '8803200016']],
  ['FI HETU', eu.fiHetu, ['131052-308T', '010594Y9032', '020504A902E'], ['131052-308U', '311190-1111', '310289-211C']],
  ['NO fødselsnummer', eu.noFodselsnummer, ['15108695088', '151086 95088'], ['15108695089', '11111111111', '32108695088']],
  ['DK CPR', eu.dkCpr, ['211062-5629', '2902004000'], ['321062-5629', '2902011000', '211362-5629']],
];

describe('European national identifier checks', () => {
  for (const [name, check, valid, invalid] of CASES) {
    it(`${name}: accepts valid values`, () => {
      for (const value of valid) expect(check(value), value).toBe(true);
    });
    it(`${name}: rejects invalid values`, () => {
      for (const value of invalid) expect(check(value), value).toBe(false);
    });
  }

  it('computes ICAO check digits', () => {
    expect(eu.icaoCheckDigit('C0123456')).toBe(5);
    expect(eu.icaoCheckDigit('L01X00T4')).toBe(4);
  });

  it('knows calendar dates', () => {
    expect(eu.isDate(2000, 2, 29)).toBe(true);
    expect(eu.isDate(1900, 2, 29)).toBe(false);
    expect(eu.isDate(2023, 4, 31)).toBe(false);
  });
});
