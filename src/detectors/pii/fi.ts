import { fiHetu } from '../../checksums/national-eu.ts';
import type { Detector } from '../../engine/types.ts';

export const detectors: Detector[] = [
  {
    id: 'pii/fi/hetu',
    category: 'pii',
    kind: 'fi_hetu',
    // DDMMYY, century sign (+ 1800s; - Y X W V U 1900s; A-F 2000s), individual number, check character.
    pattern: /(?<![A-Za-z0-9_\-+/@])(\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y])(?![A-Za-z0-9_\-/@])/g,
    keywords: [],
    minDigits: 6,
    validate: fiHetu,
    context: { words: ['hetu', 'henkilötunnus', 'henkilotunnus', 'sotu', 'personbeteckning', 'personal identity code', 'henkilötunnukseni'] },
    confidence: { base: 0.9, withContext: 1 },
    examples: {
      match: ['Henkilötunnukseni on 131052-308T.', 'Employee HETU 010594Y9032 added to payroll'],
      noMatch: ['Henkilötunnus 131052-308U', 'Koodi 311190-1111 järjestelmässä'],
    },
  },
];
