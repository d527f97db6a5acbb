import type { Detector } from '../../engine/types.ts';

export const detectors: Detector[] = [];
