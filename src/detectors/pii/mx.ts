import { curp, mxRfc } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

/** Mexican state codes of the CURP (NE = born abroad). */
const CURP_STATES = 'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';
const RFC_CONTEXT = ['rfc', 'registro federal', 'contribuyente', 'sat', 'factura', 'cfdi'];

export const detectors: Detector[] = [
  {
    id: 'pii/mx/curp',
    category: 'pii',
    kind: 'mx_curp',
    // 4 letters + YYMMDD + sex (H/M/X) + state + 3 consonants + century char + check digit.
    pattern: new RegExp(`\\b([A-Z][AEIOUX][A-Z]{2}\\d{6}[HMX](?:${CURP_STATES})[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\\d)\\b`, 'g'),
    keywords: [],
    minDigits: 6,
    validate: curp,
    context: { words: ['curp', 'clave única', 'clave unica', 'registro de población'] },
    confidence: { base: 0.9, withContext: 1 },
    examples: {
      match: ['CURP: RAMS820616HDFLRN08', 'Alumna LOPA020327MJCPRNA7 inscrita'],
      noMatch: ['CURP: RAMS820616HDFLRN09', 'CURP: RAMS821316HDFLRN08'],
    },
  },
  {
    id: 'pii/mx/rfc',
    category: 'pii',
    kind: 'mx_rfc',
    // RFC of a person: 4 letters + YYMMDD + 2-char homoclave + check character (mod 11).
    pattern: /(?<![A-Za-z0-9_&])([A-ZÑ&]{4}\d{6}[A-Z0-9]{2}[0-9A])\b/g,
    keywords: [],
    minDigits: 6,
    validate: mxRfc,
    context: { words: RFC_CONTEXT },
    confidence: { base: 0.7, withContext: 0.95 },
    examples: {
      match: ['RFC: MAGR800914K41 para la factura', 'emisor MAGR830317L57'],
      noMatch: ['RFC: MAGR800914K42', 'RFC genérico XAXX010101000'],
    },
  },
  {
    id: 'pii/mx/rfc-company',
    category: 'pii',
    kind: 'mx_rfc',
    // RFC of a company: 3 letters + YYMMDD + homoclave + check; needs the words.
    pattern: /(?<![A-Za-z0-9_&])([A-ZÑ&]{3}\d{6}[A-Z0-9]{2}[0-9A])\b/g,
    keywords: ['rfc', 'registro federal', 'factura', 'cfdi'],
    validate: mxRfc,
    context: { words: RFC_CONTEXT, required: true },
    confidence: { base: 0.6, withContext: 0.8 },
    examples: {
      match: ['RFC de la empresa: TEC040214U89', 'factura a TEC000611K36'],
      noMatch: ['RFC de la empresa: TEC040214U80', 'TEC040214U89 sin contexto alguno en este texto largo'],
    },
  },
];
