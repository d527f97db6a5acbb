import { cnResidentId } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

export const detectors: Detector[] = [
  {
    id: 'pii/cn/resident-id',
    category: 'pii',
    kind: 'cn_resident_id',
    // 居民身份证号码: region (6) + birth date YYYYMMDD + sequence (3) + ISO 7064 MOD 11-2 check (0–9/X).
    pattern: /\b([1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx])\b/g,
    keywords: [],
    minDigits: 17,
    validate: cnResidentId,
    context: { words: ['身份证', '身份证号', '身份证号码', '公民身份号码', 'resident id', 'id card', 'citizen id', 'shenfenzheng'] },
    confidence: { base: 0.9, withContext: 1 },
    examples: {
      match: ['身份证号码：320110198107103034', 'Chinese ID 32011019810318173X for the visa'],
      noMatch: ['身份证号码：320110198107103035', 'ID 320110198113103034'],
    },
  },
];
