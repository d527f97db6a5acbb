import { nzIrd } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

export const detectors: Detector[] = [
  {
    id: 'pii/nz/ird',
    category: 'pii',
    kind: 'nz_ird',
    // IRD number: 8–9 digits (NN-NNN-NNN or NNN-NNN-NNN), mod-11 check with a fallback weight set.
    // Any 8–9 digit run passes about 1 in 11 times, so it needs the words.
    pattern: /(?<![A-Za-z0-9_.+\/-]|\d[ ])(\d{2,3}[- ]\d{3}[- ]\d{3}|\d{8,9})(?![A-Za-z0-9_]|[ .\/-]\d)/g,
    // Not the bare 'ird' ("third", "bird"): the word as it introduces a number.
    keywords: ['ird:', 'ird#', 'ird no', 'ird number', 'ird num', 'inland revenue', 'tax number', 'gst number'],
    validate: nzIrd,
    context: { words: ['ird', 'ird number', 'ird no', 'inland revenue', 'tax number', 'gst number'], required: true },
    confidence: { base: 0.85, withContext: 0.9 },
    examples: {
      match: ['My IRD number is 117-115-167', 'Inland Revenue no. 097740648 for the KiwiSaver form'],
      noMatch: ['IRD number 117-115-168', 'IRD number 5-115-167'],
    },
  },
];
