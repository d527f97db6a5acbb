import { esDni, esNie, esNss } from '../../checksums/national-eu.ts';
import type { Detector } from '../../engine/types.ts';

/** Not inside a longer token, nor the tail of a decimal or of a longer separated number. */
const B = String.raw`(?<![A-Za-z0-9_+\-/@])(?<!\d[.,])`;
const E = String.raw`(?![A-Za-z0-9_\-/@^])(?![.,]\d)`;

export const detectors: Detector[] = [
  {
    id: 'pii/es/dni',
    category: 'pii',
    kind: 'es_nif',
    pattern: new RegExp(`${B}(\\d{7,8}-?[A-Za-z])${E}`, 'g'),
    keywords: [],
    minDigits: 7,
    validate: esDni,
    context: { words: ['dni', 'nif', 'd.n.i', 'documento nacional de identidad', 'identidad', 'n.i.f'] },
    confidence: { base: 0.7, withContext: 0.95 },
    examples: {
      match: ['Mi DNI es 54362315K, por favor actualízalo.', 'Cliente con NIF 12345678-Z pendiente de alta'],
      noMatch: ['DNI 54362315Z', 'Altura 8848000m medida con GPS'],
    },
  },
  {
    id: 'pii/es/nie',
    category: 'pii',
    kind: 'es_nie',
    pattern: new RegExp(`${B}([XYZxyz]-?\\d{7}-?[A-Za-z])${E}`, 'g'),
    keywords: [],
    minDigits: 7,
    validate: esNie,
    context: { words: ['nie', 'extranjero', 'extranjería', 'extranjeria', 'identidad de extranjero', 'identificación de extranjero'] },
    confidence: { base: 0.8, withContext: 0.95 },
    examples: {
      match: ['Mi NIE es X9613851N y vivo en Madrid.', 'Titular: Y8063915-Z (tarjeta de residencia)'],
      noMatch: ['NIE Y8063915Q', 'Modelo W8063915Q en stock'],
    },
  },
  {
    id: 'pii/es/nss',
    category: 'pii',
    kind: 'es_nss',
    pattern: new RegExp(`${B}(\\d{2}[ /-]?\\d{8}[ /-]?\\d{2})${E}`, 'g'),
    keywords: [],
    minDigits: 12,
    validate: esNss,
    context: {
      words: ['seguridad social', 'nss', 'afiliación', 'afiliacion', 'naf', 'número de afiliación', 'n.s.s', 'social security'],
    },
    confidence: { base: 0.5, withContext: 0.95 },
    examples: {
      match: ['Número de la Seguridad Social: 28/12345678/40', 'NSS 281234567840 del trabajador'],
      noMatch: ['Número de la Seguridad Social: 28/12345678/41', 'Pedido 001234567840 enviado'],
    },
  },
  {
    id: 'pii/es/pasaporte',
    category: 'pii',
    kind: 'es_passport',
    pattern: new RegExp(`\\b(?<![+\\-/@])([A-Za-z]{3}\\d{6})${E}`, 'g'),
    keywords: ['pasaporte', 'passport'],
    context: { words: ['pasaporte', 'passport', 'número de pasaporte'], required: true, after: 40 },
    confidence: { base: 0.75, withContext: 0.75 },
    examples: {
      match: ['Mi pasaporte es PAB123456, caduca en 2030.', 'XDA654321 es mi número de pasaporte'],
      noMatch: ['Mi pasaporte caduca en 2030', 'Vuelo IBE123456 sin relación'],
    },
  },
];
