import { sgNric, sgUen } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

const UEN_CONTEXT = ['uen', 'unique entity number', 'acra', 'business registration', 'company registration'];

export const detectors: Detector[] = [
  {
    id: 'pii/sg/nric-fin',
    category: 'pii',
    kind: 'sg_nric',
    // NRIC (S/T) or FIN (F/G/M): prefix + 7 digits + check letter from the prefix's table.
    pattern: /\b([STFGM]\d{7}[A-Z])\b/g,
    keywords: [],
    minDigits: 7,
    validate: sgNric,
    context: { words: ['nric', 'fin', 'ic', 'identity card', 'ic number', 'work pass', 'singpass'] },
    confidence: { base: 0.85, withContext: 1 },
    examples: {
      match: ['Applicant NRIC S5045307C, DOB 1985', 'FIN: F4010476M (employment pass)', 'T1175602B and G1034311P'],
      noMatch: ['NRIC S5045307D', 'code A5045307C'],
    },
  },
  {
    id: 'pii/sg/uen',
    category: 'pii',
    kind: 'sg_uen',
    // Unique Entity Number of a business (8 digits + letter) or local company (year + 5 digits + letter),
    // each with its check letter.
    pattern: /\b(\d{8,9}[A-Z])\b/g,
    keywords: [],
    minDigits: 8,
    validate: sgUen,
    context: { words: UEN_CONTEXT },
    confidence: { base: 0.55, withContext: 0.85 },
    examples: {
      match: ['Company UEN 201720723E, registered in Singapore', 'Business 48680101B in the register'],
      noMatch: ['UEN 201720723F', 'UEN 48680101'],
    },
  },
  {
    id: 'pii/sg/uen-other',
    category: 'pii',
    kind: 'sg_uen',
    // Other entities: T/S/R + year + entity type + 4 digits + check character.
    pattern: /\b([TSR]\d{2}[A-Z]{2}\d{4}[A-Z0-9])\b/g,
    keywords: [],
    minDigits: 4,
    validate: sgUen,
    context: { words: UEN_CONTEXT },
    confidence: { base: 0.55, withContext: 0.85 },
    examples: {
      match: ['society T47LL6385D is registered', 'UEN: T47LL6385D'],
      noMatch: ['UEN T47LL6385E', 'UEN T47QQ6385D'],
    },
  },
];
