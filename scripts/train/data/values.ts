/**
 * Synthetic values for the data generators: people, companies, places, money, dates and identifiers,
 * formatted the way each language writes them. Every value is made up; none comes from a dataset.
 */
import { luhn, modString } from '../../../src/checksums/digits.ts';
import type { Lang } from './types.ts';
import type { Rng } from './rng.ts';

const FIRST: Record<Lang, readonly string[]> = {
  en: ['James', 'Olivia', 'Priya', 'Daniel', 'Grace', 'Marcus', 'Aisha', 'Tom', 'Hannah', 'Wei', 'Sophie', 'Raj', 'Emily', 'Kwame', 'Laura'],
  de: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Katrin', 'Mehmet', 'Julia', 'Stefan', 'Sabine', 'Tobias', 'Nina', 'Jörg', 'Elif'],
  fr: ['Louis', 'Camille', 'Hugo', 'Chloé', 'Mathieu', 'Inès', 'Julien', 'Manon', 'Karim', 'Élodie', 'Antoine', 'Léa', 'Nicolas'],
  es: ['Carlos', 'Lucía', 'Javier', 'Marta', 'Diego', 'Sofía', 'Alejandro', 'Carmen', 'Pablo', 'Elena', 'Andrés', 'Nuria'],
  nl: ['Daan', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Femke', 'Joost', 'Anouk', 'Ruben', 'Eva', 'Sem', 'Iris', 'Mohamed'],
};
const LAST: Record<Lang, readonly string[]> = {
  en: ['Smith', 'Patel', 'Johnson', 'Okafor', 'Brown', 'Nguyen', 'Williams', 'Taylor', 'Chen', 'Murphy', 'Davies', 'Khan'],
  de: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Yılmaz', 'Wagner', 'Krüger', 'Lehmann'],
  fr: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Benali', 'Girard', 'Roux', 'Fournier', 'Mercier'],
  es: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Díaz', 'Moreno', 'Navarro'],
  nl: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos'],
};
const COMPANY_STEM = ['Northwind', 'Bluepeak', 'Helios', 'Corvan', 'Lumetra', 'Brightwater', 'Astrix', 'Veltro', 'Kestrel', 'Orbis', 'Tandem', 'Quorra', 'Solvika', 'Marlow', 'Ferrum'];
const COMPANY_SUFFIX: Record<Lang, readonly string[]> = {
  en: ['Ltd', 'Inc.', 'LLC', 'Group', 'plc'],
  de: ['GmbH', 'AG', 'GmbH & Co. KG', 'SE'],
  fr: ['SAS', 'SA', 'SARL'],
  es: ['S.L.', 'S.A.', 'S.L.U.'],
  nl: ['B.V.', 'N.V.', 'Groep B.V.'],
};
const CITY: Record<Lang, readonly string[]> = {
  en: ['London', 'Manchester', 'Boston', 'Austin', 'Toronto', 'Dublin', 'Leeds', 'Denver'],
  de: ['Berlin', 'München', 'Hamburg', 'Köln', 'Stuttgart', 'Leipzig', 'Frankfurt am Main'],
  fr: ['Paris', 'Lyon', 'Toulouse', 'Nantes', 'Lille', 'Bordeaux', 'Strasbourg'],
  es: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Zaragoza', 'Málaga'],
  nl: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'Den Haag', 'Groningen', 'Zwolle'],
};
const STREET: Record<Lang, readonly string[]> = {
  en: ['High Street', 'Station Road', 'Maple Avenue', 'Church Lane', 'Park Road'],
  de: ['Hauptstraße', 'Bahnhofstraße', 'Lindenweg', 'Schillerstraße', 'Gartenstraße'],
  fr: ['rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Voltaire'],
  es: ['Calle Mayor', 'Avenida de la Constitución', 'Calle del Sol', 'Paseo de Gracia'],
  nl: ['Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Molenweg', 'Schoolstraat'],
};
const CURRENCY: Record<Lang, readonly string[]> = { en: ['$', '£', '€'], de: ['€'], fr: ['€'], es: ['€'], nl: ['€'] };
const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

export const firstName = (rng: Rng, lang: Lang): string => rng.pick(FIRST[lang]);
export const lastName = (rng: Rng, lang: Lang): string => rng.pick(LAST[lang]);
export const personName = (rng: Rng, lang: Lang): string => `${firstName(rng, lang)} ${lastName(rng, lang)}`;
export const company = (rng: Rng, lang: Lang): string => `${rng.pick(COMPANY_STEM)} ${rng.pick(COMPANY_SUFFIX[lang])}`;
export const city = (rng: Rng, lang: Lang): string => rng.pick(CITY[lang]);
export const street = (rng: Rng, lang: Lang): string =>
  lang === 'en' || lang === 'fr' ? `${rng.int(1, 220)} ${rng.pick(STREET[lang])}` : `${rng.pick(STREET[lang])} ${rng.int(1, 220)}`;
export const month = (rng: Rng, lang: Lang): string => rng.pick(MONTHS[lang]);

/** A money amount as the language writes it: '$1,250.00', '1.250,00 €', '€ 1.250,00'. */
export function money(rng: Rng, lang: Lang, min = 10, max = 250_000): string {
  const value = rng.int(min * 100, max * 100) / 100;
  const [int, frac] = value.toFixed(2).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : lang === 'fr' ? '\u202f' : '.');
  const symbol = rng.pick(CURRENCY[lang]);
  if (lang === 'en') return `${symbol}${grouped}.${frac}`;
  if (lang === 'nl') return `${symbol} ${grouped},${frac}`;
  return `${grouped},${frac} ${symbol}`;
}

/** A date as the language writes it, numeric or with the month name. */
export function date(rng: Rng, lang: Lang, fromYear = 2023, toYear = 2026): string {
  const d = rng.int(1, 28);
  const m = rng.int(1, 12);
  const y = rng.int(fromYear, toYear);
  if (rng.chance(0.4)) {
    if (lang === 'en') return `${MONTHS.en[m - 1]} ${d}, ${y}`;
    return `${d}${lang === 'de' ? '.' : ''} ${MONTHS[lang][m - 1]} ${y}`; // German: '4. Januar 2025'
  }
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  if (lang === 'en') return rng.chance(0.5) ? `${y}-${mm}-${dd}` : `${mm}/${dd}/${y}`;
  return lang === 'de' ? `${dd}.${mm}.${y}` : lang === 'nl' ? `${dd}-${mm}-${y}` : `${dd}/${mm}/${y}`;
}

export const percent = (rng: Rng, lang: Lang, max = 40): string => {
  const v = (rng.int(-max * 10, max * 10) / 10).toFixed(1);
  return lang === 'en' ? `${v}%` : `${v.replace('.', ',')} %`;
};

const IBAN_COUNTRY: Record<Lang, { code: string; length: number }> = {
  en: { code: 'GB', length: 22 },
  de: { code: 'DE', length: 22 },
  fr: { code: 'FR', length: 27 },
  es: { code: 'ES', length: 24 },
  nl: { code: 'NL', length: 18 },
};

/** A checksum-valid IBAN of the language's country, grouped by four. */
export function iban(rng: Rng, lang: Lang): string {
  const { code, length } = IBAN_COUNTRY[lang];
  let bban = '';
  if (code === 'GB' || code === 'NL') bban += Array.from({ length: 4 }, () => String.fromCharCode(65 + rng.int(0, 25))).join('');
  while (bban.length < length - 4) bban += String(rng.int(0, 9));
  const check = String(98 - modString(`${bban}${code}00`, 97)).padStart(2, '0');
  return `${code}${check}${bban}`.replace(/(.{4})/g, '$1 ').trim();
}

/** A Luhn-valid Visa or Mastercard number in groups of four. */
export function cardNumber(rng: Rng): string {
  let digits = rng.chance(0.5) ? '4' : `5${rng.int(1, 5)}`;
  while (digits.length < 15) digits += String(rng.int(0, 9));
  for (let check = 0; check <= 9; check++) {
    if (luhn(digits + check)) return `${digits}${check}`.replace(/(\d{4})/g, '$1 ').trim();
  }
  throw new Error('unreachable: one Luhn check digit always fits');
}
