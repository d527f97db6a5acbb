import { cnpj, cpf } from '../../checksums/national-world.ts';
import type { Detector } from '../../engine/types.ts';

const CPF_CONTEXT = ['cpf', 'cadastro de pessoa', 'cadastro de pessoas', 'contribuinte', 'receita federal'];
const CNPJ_CONTEXT = ['cnpj', 'cadastro nacional', 'pessoa jurídica', 'pessoa juridica', 'empresa', 'razão social', 'razao social'];

export const detectors: Detector[] = [
  {
    id: 'pii/br/cpf',
    category: 'pii',
    kind: 'br_cpf',
    // Canonical layout NNN.NNN.NNN-DD: two mod-11 check digits, so it may fire alone.
    pattern: /(?<![A-Za-z0-9_.\/-])(\d{3}\.\d{3}\.\d{3}-\d{2})(?![A-Za-z0-9_]|[.\/-]\d)/g,
    keywords: [],
    minDigits: 11,
    validate: cpf,
    context: { words: CPF_CONTEXT },
    confidence: { base: 0.9, withContext: 1 },
    examples: {
      match: ['Cliente: Ana Souza, CPF 525.965.890-60, endereço na Rua das Flores', 'Please check 921.903.006-30 in the customer table'],
      noMatch: ['CPF 525.965.890-61 (digit wrong)', 'CPF 111.111.111-11 is a test value'],
    },
  },
  {
    id: 'pii/br/cpf-bare',
    category: 'pii',
    kind: 'br_cpf',
    // Eleven bare digits pass the check 1 in 100 times (phone numbers are 11 digits too): needs the word.
    pattern: /(?<![A-Za-z0-9_.\/-])(\d{11}|\d{9}-\d{2})(?![A-Za-z0-9_]|[.\/-]\d)/g,
    keywords: ['cpf'],
    validate: cpf,
    context: { words: CPF_CONTEXT, required: true },
    confidence: { base: 0.85, withContext: 0.95 },
    examples: {
      match: ['meu cpf é 98706428029, pode cadastrar?', 'CPF: 525965890-60'],
      noMatch: ['meu cpf é 98706428028', 'cpf: 9870642802 (falta um dígito)'],
    },
  },
  {
    id: 'pii/br/cnpj',
    category: 'pii',
    kind: 'br_cnpj',
    // Company number, canonical layout NN.NNN.NNN/NNNN-DD; since 2026 the first 12 may be letters.
    pattern: /(?<![A-Za-z0-9_.\/-])([0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}\/[0-9A-Z]{4}-\d{2})(?![A-Za-z0-9_]|[.\/-]\d)/g,
    keywords: [],
    // The order part /NNNN-DD is digits in both the old and the alphanumeric form.
    minDigits: 6,
    validate: cnpj,
    context: { words: CNPJ_CONTEXT },
    confidence: { base: 0.8, withContext: 0.9 },
    examples: {
      match: ['Fornecedor ACME Ltda, CNPJ 81.077.888/0001-62', 'nota fiscal emitida por VP.375.KOG/0001-97 ontem'],
      noMatch: ['CNPJ 81.077.888/0001-63', 'CNPJ 00.000.000/0000-00'],
    },
  },
  {
    id: 'pii/br/cnpj-bare',
    category: 'pii',
    kind: 'br_cnpj',
    pattern: /(?<![A-Za-z0-9_.\/-])([0-9A-Z]{12}\d{2})(?![A-Za-z0-9_]|[.\/-]\d)/g,
    keywords: ['cnpj'],
    validate: cnpj,
    context: { words: CNPJ_CONTEXT, required: true },
    confidence: { base: 0.75, withContext: 0.85 },
    examples: {
      match: ['cnpj 70316327000152 da filial', 'CNPJ: CP542LCU000120'],
      noMatch: ['cnpj 70316327000153', 'CNPJ 12345678901234'],
    },
  },
];
