import {
  deBsnr,
  deKvnr,
  deLanr,
  deRentenversicherungsnummer,
  deSteuerId,
  deUstId,
  icaoWithCheck,
} from '../../checksums/national-eu.ts';
import { allSameDigit, iso7064Mod11_10 } from '../../checksums/digits.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal ("3.14159…") or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_+\-/@])(?<!\d[.,])`;
/** Not followed by more token characters or by a further digit group. */
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

/** ICAO document-number alphabet of German ID cards and passports (no vowels, no B D I O Q S U). */
const ICAO_DE = 'CFGHJKLMNPRTVWXYZ';
/** Start of a letter-led token (\\b is much faster than a lookbehind class on long texts). */
const BL = String.raw`\b(?<![+\-/@])`;

/** Specimen numbers of the 'Erika Mustermann' sample ID cards and passport. */
const SPECIMENS = [/^T22000129/i, /^L01X00T47/i, /^C01X00T47/i];

/**
 * Prefilter of letter-led document numbers with a digit: each holds one of these letters followed by a digit
 * (its first digit follows a letter of the value). Ordinary prompts rarely have one, digits alone are common.
 */
const letterDigit = (letters: string): string[] =>
  [...letters.toLowerCase()].flatMap((l) => [...'0123456789'].map((d) => l + d));

/** All letters upper case or all lower case (typed in lower case), not a mixed-case random token. */
const oneCase = (v: string): boolean => v === v.toUpperCase() || v === v.toLowerCase();

/** Country prefixes of European VAT numbers. */
const VAT_COUNTRY = /^(?:AT|BE|BG|CH|CY|CZ|DE|DK|EE|EL|ES|EU|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE|SI|SK|XI)/;

const ID_CARD_WORDS = ['personalausweis', 'ausweis', 'ausweisnummer', 'ausweis-nr', 'id card', 'identity card', 'id-karte', 'perso'];
const PASSPORT_WORDS = ['reisepass', 'pass-nr', 'passnummer', 'pass nr', 'passport', 'reisepassnummer', 'passport number'];

export const detectors: Detector[] = [
  {
    id: 'pii/de/steuer-id',
    category: 'pii',
    kind: 'de_tax_id',
    pattern: new RegExp(`${B}([1-9]\\d ?\\d{3} ?\\d{3} ?\\d{3})${E}`, 'g'),
    keywords: [],
    minDigits: 11,
    validate: deSteuerId,
    context: {
      words: ['steuer-id', 'steuerid', 'steuer id', 'steueridentifikationsnummer', 'identifikationsnummer', 'idnr', 'id-nr',
        'steuerliche', 'tin', 'tax id', 'steuer-identifikationsnummer'],
    },
    confidence: { base: 0.6, withContext: 0.95 },
    examples: {
      match: ['Meine Steuer-ID lautet 36574261809, bitte in die Lohnabrechnung übernehmen.', 'IdNr: 86 095 742 719'],
      noMatch: [
        'Meine Steuer-ID lautet 36574261808.', // wrong check digit
        'Steuer-ID 12345678903', // all ten leading digits distinct: never issued
        'Auftragsnummer 06574261809 vom Mai', // leading zero
      ],
    },
  },
  {
    id: 'pii/de/steuer-id-context',
    category: 'pii',
    kind: 'de_tax_id',
    // Beside a Steuer-ID word, accept a MOD 11,10-valid number even when its digit pattern breaks the issuing rule.
    pattern: new RegExp(`${B}([1-9]\\d ?\\d{3} ?\\d{3} ?\\d{3})${E}`, 'g'),
    keywords: ['steuer-id', 'steuerid', 'steuer id', 'identifikationsnummer', 'idnr', 'id-nr', 'steuer-identifikationsnummer'],
    validate: (v) => iso7064Mod11_10(v) && !/(\d)(?:\d*\1){3}/.test(v.replace(/\D/g, '').slice(0, 10)),
    context: {
      words: ['steuer-id', 'steuerid', 'steuer id', 'steueridentifikationsnummer', 'identifikationsnummer', 'idnr', 'id-nr',
        'steuer-identifikationsnummer'],
      required: true,
    },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: ['Meine Steuer-ID: 12345678903.', 'IdNr. 98765432106 liegt vor.'],
      noMatch: ['Meine Steuer-ID: 12345678901.', 'Kundennummer 12345678903'],
    },
  },
  {
    id: 'pii/de/steuernummer-layout',
    category: 'pii',
    kind: 'de_tax_number',
    pattern: new RegExp(`${B}(\\d{2,3}/\\d{3,4}/\\d{4,5})${E}`, 'g'),
    keywords: [],
    minDigits: 9,
    validate: (v) => {
      const n = v.replace(/\D/g, '').length;
      return n >= 9 && n <= 12 && !allSameDigit(v);
    },
    context: { words: ['steuernummer', 'steuernr', 'st.-nr', 'st.-nr.', 'stnr', 'st-nr', 'steuer-nr', 'steuer nr', 'finanzamt', 'st.nr'] },
    confidence: { base: 0.5, withContext: 0.9 },
    examples: {
      match: ['Finanzamt Köln, Steuernummer 215/5812/3457, Einkommensteuer 2024', 'St.-Nr. 93/815/08152 bitte angeben'],
      noMatch: ['Das Verhältnis war 12/31/2020 laut Tabelle', 'Maße 120/80/40 cm laut Datenblatt'],
    },
  },
  {
    id: 'pii/de/steuernummer',
    category: 'pii',
    kind: 'de_tax_number',
    pattern: new RegExp(`${B}(\\d{10,13})${E}`, 'g'),
    keywords: ['steuernummer', 'steuernr', 'st.-nr', 'stnr', 'st-nr', 'steuer-nr', 'steuer nr', 'st.nr'],
    validate: (v) => !allSameDigit(v),
    context: { words: ['steuernummer', 'steuernr', 'st.-nr', 'stnr', 'st-nr', 'steuer-nr', 'steuer nr', 'st.nr'], required: true },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: ['Meine Steuernummer: 5133081508159, Finanzamt Düsseldorf.', 'StNr 2893081508152 für die Umsatzsteuer'],
      noMatch: ['Kundennummer 5133081508159', 'Steuernummer: 0000000000'],
    },
  },
  {
    id: 'pii/de/ust-idnr',
    category: 'pii',
    kind: 'de_vat_id',
    pattern: new RegExp(`${B}([Dd][Ee][ .-]?\\d{3}[ .-]?\\d{3}[ .-]?\\d{3})${E}`, 'g'),
    keywords: [],
    minDigits: 9,
    validate: deUstId,
    context: { words: ['ust-idnr', 'ust-id', 'ustid', 'ust-id-nr', 'umsatzsteuer', 'vat', 'mwst', 'ust.-id', 'ust-idnr.', 'umsatzsteuer-id'] },
    confidence: { base: 0.6, withContext: 0.85 },
    examples: {
      match: ['USt-IdNr.: DE136695976, Inhaber Max Beispiel', 'Rechnung an DE 129 273 398, Zahlungsziel 14 Tage'],
      noMatch: ['USt-IdNr.: DE136695977', 'Artikel DE1234567890 im Lager'],
    },
  },
  {
    id: 'pii/de/personalausweis',
    category: 'pii',
    kind: 'de_id_card',
    // Serial (9 chars, new cards open with L M N P R T V W X Y) followed by its ICAO check digit.
    pattern: new RegExp(`${BL}([LMNPRTVWXY][${ICAO_DE}0-9]{7,8}[0-9])${E}`, 'gi'),
    keywords: letterDigit(ICAO_DE),
    validate: (v) => icaoWithCheck(v) && /\d.*\d.*\d/.test(v) && oneCase(v),
    ignore: SPECIMENS,
    context: { words: ID_CARD_WORDS },
    confidence: { base: 0.5, withContext: 0.95 },
    examples: {
      match: ['Personalausweis: L7Y4K9R2M6, gültig bis 2031', 'Ausweis Nr. M4C7T8K28 liegt bei', 'neuer ausweis l7y4k9r2m6'],
      noMatch: ['Personalausweis: L7Y4K9R2M5', 'Bestellcode M12345678', 'Muster-Ausweis L01X00T471', 'Token L7y4K9r2M6 im Log'],
    },
  },
  {
    id: 'pii/de/reisepass',
    category: 'pii',
    kind: 'de_passport',
    pattern: new RegExp(`${BL}([CFGHJK][${ICAO_DE}0-9]{7,8}[0-9])${E}`, 'gi'),
    keywords: letterDigit(ICAO_DE),
    validate: (v) => icaoWithCheck(v) && /\d.*\d.*\d/.test(v) && oneCase(v),
    ignore: SPECIMENS,
    context: { words: PASSPORT_WORDS },
    confidence: { base: 0.5, withContext: 0.95 },
    examples: {
      match: ['Reisepass C7H3K9L2R2 ausgestellt in Köln', 'Pass-Nr.: F5J8M2P79', 'pass c7h3k9l2r2 bitte prüfen'],
      noMatch: ['Reisepass C7H3K9L2R3', 'Seriennummer F12345678 am Gerät', 'Musterpass C01X00T478'],
    },
  },
  {
    id: 'pii/de/ausweis-serial',
    category: 'pii',
    kind: 'de_id_card',
    // Beside an ID-card or passport word: the 9-character serial in the document alphabet (real serials often
    // hold only one or two digits, or none), any case; with a tenth character, that must be its check digit.
    pattern: new RegExp(`${BL}([${ICAO_DE}][${ICAO_DE}0-9]{8,9})${E}`, 'gi'),
    keywords: ['ausweis', 'reisepass', 'pass-nr', 'passnummer', 'pass nr', 'passport', 'id card', 'identity card', 'id-karte',
      'perso:', 'perso '],
    validate: (v) => (v.length === 9 ? !/^(.)\1+$/i.test(v) : icaoWithCheck(v)),
    ignore: SPECIMENS,
    context: { words: [...ID_CARD_WORDS, ...PASSPORT_WORDS], required: true },
    confidence: { base: 0.75, withContext: 0.75 },
    examples: {
      match: ['Ausweis Nr. T4R9X2K7N gültig bis 2025.', 'Meine Reisepassnummer ist C4J0R7GT5, bitte eintragen',
        'Reisepassnummer CF7KTT1GP laut Scan', 'ausweisnummer l7y4k9r2m6 (klein geschrieben)'],
      noMatch: ['Reisepass beantragt, Vorgang 2024-17 läuft', 'Bestellnummer T4R9X2K7N für die Ausgabe',
        'Muster-Personalausweis T22000129', 'Ausweisnummer XXXXXXXXX', 'Ausweisnummer l7y4k9r2m5 (Prüfziffer falsch)'],
    },
  },
  {
    id: 'pii/de/rentenversicherungsnummer',
    category: 'pii',
    kind: 'de_social_security',
    pattern: new RegExp(`${B}(\\d{2} ?\\d{6} ?[A-Z] ?\\d{3})${E}`, 'g'),
    keywords: [],
    minDigits: 8,
    validate: deRentenversicherungsnummer,
    context: {
      words: ['rentenversicherungsnummer', 'versicherungsnummer', 'sozialversicherungsnummer', 'rvnr', 'svnr', 'sv-nummer',
        'rv-nummer', 'sozialversicherungsausweis', 'rentenversicherung', 'sozialversicherung'],
    },
    confidence: { base: 0.85, withContext: 1 },
    examples: {
      match: ['Meine Rentenversicherungsnummer ist 15070649C103.', 'SV-Nummer 65 070803 A 019 des Mitarbeiters'],
      noMatch: ['Rentenversicherungsnummer 15070649C100', 'Code 15071349C103 im Log'],
    },
  },
  {
    id: 'pii/de/kvnr',
    category: 'pii',
    kind: 'de_health_insurance',
    pattern: new RegExp(`${B}([A-Za-z]\\d{9})${E}`, 'g'),
    keywords: [],
    minDigits: 9,
    validate: deKvnr,
    context: {
      words: ['krankenversicherung', 'krankenversichertennummer', 'versichertennummer', 'kvnr', 'egk', 'egk-nummer', 'krankenkasse',
        'gesundheitskarte', 'versicherten-nr', 'versichertennr', 'health insurance'],
    },
    confidence: { base: 0.55, withContext: 0.95 },
    examples: {
      match: ['Krankenkasse TK, KVNR: A123456780', 'eGK-Nummer M123456785 bitte angeben.'],
      noMatch: ['KVNR: A123456787', 'Teilenummer A12345678 im Katalog'],
    },
  },
  {
    id: 'pii/de/fuehrerschein',
    category: 'pii',
    kind: 'de_driving_licence',
    // Authority code and serial (9), check digit, copy number: "B072RRE2I55".
    pattern: new RegExp(`${BL}([A-Z][A-Z0-9]{8}\\d[A-Z0-9])${E}`, 'g'),
    keywords: ['führerschein', 'fuehrerschein', 'fahrerlaubnis', 'driving licen', "driver's licen", 'driver licen'],
    validate: (v) => /\d.*\d.*\d.*\d/.test(v) && /[A-Za-z]/.test(v),
    context: {
      words: ['führerschein', 'fuehrerschein', 'führerscheinnummer', 'fahrerlaubnis', 'driving licence', 'driving license',
        "driver's license", 'driver license', 'führerschein-nr'],
      required: true,
    },
    confidence: { base: 0.75, withContext: 0.75 },
    examples: {
      match: ['Führerscheinnummer: B072RRE2I55', 'Fahrerlaubnis MU12345678B wurde ausgestellt.'],
      noMatch: ['Führerschein Klasse B seit 2010', 'Ticket BO12345678A ohne Bezug'],
    },
  },
  {
    id: 'pii/de/fuehrerschein-layout',
    category: 'pii',
    kind: 'de_driving_licence',
    // Licence number as issuing-office letters and eight digits plus a check character, "MU12345678B": a shape
    // that ordinary text lacks, so it counts alone at a low confidence.
    pattern: new RegExp(`${BL}([A-Z]{2}\\d{8}[A-Z0-9])${E}`, 'gi'),
    keywords: [],
    minDigits: 8,
    // Two letters and nine digits is also the shape of European VAT numbers ("AT123456789", "DE136695976").
    validate: (v) => oneCase(v) && (/[A-Z]$/i.test(v) || !VAT_COUNTRY.test(v.toUpperCase())),
    context: {
      words: ['führerschein', 'fuehrerschein', 'führerscheinnummer', 'fahrerlaubnis', 'driving licence', 'driving license',
        "driver's license", 'driver license', 'führerschein-nr'],
    },
    confidence: { base: 0.4, withContext: 0.8 },
    examples: {
      match: ['Fahrer: Jonas Beispiel, MU12345678B, Klasse B', 'Führerschein HH98765432C liegt in Kopie bei', 'fs-nummer mu12345678b'],
      noMatch: ['Ticket MU1234567B im System', 'Seriennummer MU123456789B', 'Artikel M12345678B', 'USt-Nummer AT123456789',
        'Token Mu12345678b im Log'],
    },
  },
  {
    id: 'pii/de/lanr',
    category: 'pii',
    kind: 'de_lanr',
    pattern: new RegExp(`${B}(\\d{9})${E}`, 'g'),
    keywords: ['lanr', 'arztnummer', 'arzt-nr', 'arztnr'],
    validate: deLanr,
    context: { words: ['lanr', 'arztnummer', 'arzt-nr', 'arztnr', 'lebenslange arztnummer'], required: true },
    confidence: { base: 0.85, withContext: 0.85 },
    examples: {
      match: ['LANR: 123456601 des behandelnden Arztes.', 'Arztnummer 987654401 auf dem Rezept.'],
      noMatch: ['LANR: 123456901', 'Bestellung 123456601 versandt'],
    },
  },
  {
    id: 'pii/de/bsnr',
    category: 'pii',
    kind: 'de_bsnr',
    pattern: new RegExp(`${B}(\\d{9})${E}`, 'g'),
    keywords: ['bsnr', 'betriebsstättennummer', 'betriebsstaettennummer', 'betriebsstätten-nr'],
    validate: deBsnr,
    context: { words: ['bsnr', 'betriebsstättennummer', 'betriebsstaettennummer', 'betriebsstätten-nr'], required: true },
    confidence: { base: 0.8, withContext: 0.8 },
    examples: {
      match: ['Betriebsstättennummer: 021234568', 'BSNR 711234567 der Praxis.'],
      noMatch: ['BSNR 001234567', 'Bestellnummer 711234567'],
    },
  },
  {
    id: 'pii/de/kfz-kennzeichen',
    category: 'pii',
    kind: 'de_license_plate',
    pattern: /(?<![A-Za-z0-9_ÄÖÜäöü])([A-ZÄÖÜ]{1,3}[ -][A-Z]{1,2}[ -]?[1-9]\d{0,3}[EH]?)(?![A-Za-z0-9_])/g,
    keywords: ['kennzeichen', 'nummernschild', 'kfz-kennzeichen'],
    context: { words: ['kennzeichen', 'nummernschild', 'kfz-kennzeichen', 'amtliches kennzeichen'], required: true },
    confidence: { base: 0.6, withContext: 0.6 },
    examples: {
      match: ['Das Fahrzeug mit Kennzeichen B AB 1234 wurde gesehen.', 'Kennzeichen: HH-AB-1234.'],
      noMatch: ['Die Linie B AB 1234 fährt ab.', 'Kennzeichen unbekannt, Fahrzeug 2019'],
    },
  },
  {
    id: 'pii/de/handelsregister',
    category: 'pii',
    kind: 'de_commercial_register',
    pattern: /(?<![A-Za-z0-9_])(HR[AB] ?[1-9]\d{0,5})(?![A-Za-z0-9_])/gi,
    // 'hra'/'hrb' alone occur in every "phrase": the register letters with the space or digit that follows.
    keywords: ['hra ', 'hrb ', ...[...'123456789'].flatMap((d) => [`hra${d}`, `hrb${d}`])],
    confidence: { base: 0.4, withContext: 0.6 },
    context: { words: ['handelsregister', 'amtsgericht', 'registergericht', 'handelsregisternummer', 'eingetragen'] },
    examples: {
      match: ['Amtsgericht München HRB 12345.', 'eingetragen im HRA 99999 Köln'],
      noMatch: ['HRB 1234567 ist zu lang', 'HRC 12345'],
    },
  },
];
