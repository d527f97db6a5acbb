/** Observability: Grafana, Datadog, New Relic, Sentry, Dynatrace, Sumo Logic. */
import { assignment, decodeBase64, grafanaServiceAccountTokenValid, sentryOrgTokenValid } from '../../checksums/cloud-tokens.ts';
import type { Detector } from '../../engine/types.ts';
import { token } from './assignment.ts';

/** A bare hex run of exactly `n` digits. */
const hex = (n: number): RegExp => token(`[0-9a-f]{${n}}`);

export const detectors: Detector[] = [
  {
    id: 'secrets/observability/grafana-cloud-api-token',
    category: 'secret',
    kind: 'grafana_token',
    // `glc_` + base64 of a JSON object ({"o":..,"n":..,"k":..,"m":..}), hence `eyJ` after the prefix.
    pattern: /(?<![A-Za-z0-9_-])(glc_eyJ[A-Za-z0-9+/]{29,400}={0,2})(?![A-Za-z0-9+/=_-])/g,
    keywords: ['glc_'],
    minEntropy: 4,
    confidence: { base: 0.97 },
    examples: {
      match: [
        'loki_key: glc_eyJvIjoiNzQxODQ3IiwibiI6InN0YWNrLWF6bXFnaS13cml0ZSIsImsiOiJHNjc3eHJTamF6dEJnT1Mwc2dJdXhKeksiLCJtIjp7InIiOiJldSJ9fQ==',
        'GRAFANA_CLOUD_TOKEN="glc_eyJvIjoiMTExOTE5IiwibiI6InN0YWNrLXhtbW9ybS13cml0ZSIsImsiOiIwc1ExZjhFczFPVHdZdkhEOEdHaUdsYWQiLCJtIjp7InIiOiJldSJ9fQ=="',
      ],
      noMatch: ['API_KEY="glc_111111111111111111111111111111111111111111="', 'static void GLC_CreateLightmapTextureArray(void);'],
    },
  },
  {
    id: 'secrets/observability/grafana-service-account-token',
    category: 'secret',
    kind: 'grafana_token',
    pattern: token('glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}'),
    keywords: ['glsa_'],
    validate: grafanaServiceAccountTokenValid,
    confidence: { base: 0.99 },
    examples: {
      match: ["'Authorization': 'Bearer glsa_hIAAmKdxnQI0oUFc8if1yGtX3Icmw12z_e18e49d9'", 'GRAFANA_SA_TOKEN=glsa_V2S7VqGvfONpFJUmluo2TbzfC4rNAAQS_31c66671'],
      noMatch: ['glsa_hIAAmKdxnQI0oUFc8if1yGtX3Icmw12z_e18e49d8', 'glsa_V2S7VqGvfONpFJUmluo2TbzfC4rNAAQS_31c6667'],
    },
  },
  {
    id: 'secrets/observability/grafana-legacy-api-key',
    category: 'secret',
    kind: 'grafana_token',
    // base64 of {"k":"<key>","n":"<name>","id":<org>}.
    pattern: /(?<![A-Za-z0-9+/_-])(eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9+/=_.-])/g,
    keywords: ['eyjrijoi'],
    minEntropy: 4,
    validate: (v) => {
      const json = decodeBase64(v);
      return json !== null && json.startsWith('{"k":"') && /"id":\s?[0-9]/.test(json);
    },
    confidence: { base: 0.95 },
    examples: {
      match: ['GRAFANA_API_KEY=eyJrIjoiQTROc1ZyQU9lUFVDTWlEanhFQktrRUVwSGhXTU5ob04iLCJuIjoiY2ktbnJ2YnAiLCJpZCI6NjF9', 'curl -H "Authorization: Bearer eyJrIjoiNFFHMzBJYW56SXNZeENhaEtKaXdYeGI0TTkwaWJnekIiLCJuIjoiY2kteHFud2oiLCJpZCI6MjZ9" https://grafana.acme.io/api/dashboards'],
      noMatch: ['eyJrIjoiQTROc1ZyQU9lUFVDTWlEanhFQktrRUVwSGhXTU5ob04iLCJuIjoiY2ktbnJ2YnAifQ', 'eyJrIjoiQTROc1ZyQU9lUFVDTWlE'],
    },
  },
  {
    id: 'secrets/observability/datadog-api-key',
    category: 'secret',
    kind: 'datadog_api_key',
    pattern: hex(32),
    keywords: ['datadog', 'dd_api_key', 'dd-api-key', 'ddapikey'],
    minEntropy: 3,
    context: { words: ['datadog', 'dd_api_key', 'dd-api-key', 'datadog_api_key', 'ddapikey', 'datadogapikey', 'api_key'], required: true, before: 60, after: 30 },
    confidence: { base: 0.8, withContext: 0.85 },
    examples: {
      match: ['DD_API_KEY=5806e2bdf4a7d1d0d9c143bf62d39e30', 'curl -H "DD-API-KEY: 5fe8e813b7e292b08e88f0a56ef891a0" https://api.datadoghq.com/api/v1/validate'],
      noMatch: ['DD_API_KEY=5806e2bdf4a7d1d0d9c143bf62d39e', 'md5 of the dump is 5806e2bdf4a7d1d0d9c143bf62d39e30'],
    },
  },
  {
    id: 'secrets/observability/datadog-app-key',
    category: 'secret',
    kind: 'datadog_app_key',
    pattern: hex(40),
    keywords: ['datadog', 'dd_app_key', 'dd-application-key', 'dd_application_key', 'ddappkey'],
    minEntropy: 3,
    context: { words: ['datadog', 'dd_app_key', 'dd-application-key', 'dd_application_key', 'datadog_app_key', 'ddappkey', 'datadogappkey', 'app_key', 'application_key'], required: true, before: 60, after: 30 },
    confidence: { base: 0.8, withContext: 0.85 },
    examples: {
      match: ['DD_APP_KEY=52d851c1d7c9c1e0d6206d8a3d6be4473d47a270', '-H "DD-APPLICATION-KEY: ccd239af434324728957940ea3aa4a8452b83065"'],
      noMatch: ['DD_APP_KEY=52d851c1d7c9c1e0d6206d8a3d6be4473d47a2', 'git sha 52d851c1d7c9c1e0d6206d8a3d6be4473d47a270'],
    },
  },
  {
    id: 'secrets/observability/newrelic-user-api-key',
    category: 'secret',
    kind: 'newrelic_api_key',
    pattern: token('NRAK-[A-Z0-9]{27}'),
    keywords: ['nrak-'],
    minEntropy: 3.5,
    confidence: { base: 0.97 },
    examples: {
      match: ['NEW_RELIC_API_KEY=NRAK-2CEU2R97RCGLRC04EISS3NGTASU', '-H "API-Key: NRAK-GHF8E9XNCR7FR8QA17CE0LD2F5Y"'],
      noMatch: ['NRAK-2CEU2R97RCGLRC04EISS3NG', 'NRAK- keys are user keys'],
    },
  },
  {
    id: 'secrets/observability/newrelic-insert-key',
    category: 'secret',
    kind: 'newrelic_insert_key',
    pattern: token('NRII-[A-Za-z0-9_-]{32}'),
    keywords: ['nrii-'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: ['NEW_RELIC_INSERT_KEY=NRII-9YyO6mjwJixoJZNmJVmVkmXVcN1ZHiE1', 'X-Insert-Key: NRII--PoByI2ExuKfw0P9R-vPSJaDfixNjkj8'],
      noMatch: ['NRII-9YyO6mjwJixoJZNmJVmVk', 'NRII- keys insert events'],
    },
  },
  {
    id: 'secrets/observability/newrelic-browser-key',
    category: 'secret',
    kind: 'newrelic_browser_key',
    pattern: token('NRJS-[a-f0-9]{19}'),
    keywords: ['nrjs-'],
    minEntropy: 3,
    confidence: { base: 0.9 },
    examples: {
      match: ['licenseKey: "NRJS-11e5d4ddc2ab172c5e2"', 'NEW_RELIC_BROWSER_KEY=NRJS-b50d6bc9f327ca07811'],
      noMatch: ['NRJS-11e5d4ddc2ab172', 'NRJS-11e5d4ddc2ab172c5e2ff'],
    },
  },
  {
    id: 'secrets/observability/newrelic-license-key',
    category: 'secret',
    kind: 'newrelic_license_key',
    pattern: token('[a-f0-9]{36}NRAL'),
    keywords: ['nral'],
    minEntropy: 3,
    confidence: { base: 0.95 },
    examples: {
      match: ['NEW_RELIC_LICENSE_KEY=ea7436071d67e614f41c2c4244ff9fc438d8NRAL', "license_key: 'e5a5b70cfc8278946d9851986b7c9ac6fa62NRAL'"],
      noMatch: ['ea7436071d67e614f41c2c4244ff9fcNRAL', 'license keys end with NRAL'],
    },
  },
  {
    id: 'secrets/observability/sentry-user-token',
    category: 'secret',
    kind: 'sentry_token',
    pattern: token('sntryu_[0-9a-f]{64}'),
    keywords: ['sntryu_'],
    minEntropy: 3,
    confidence: { base: 0.98 },
    examples: {
      match: ['SENTRY_AUTH_TOKEN=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', 'sentry-cli --auth-token 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 releases list'],
      noMatch: ['sntryu_9b8439123ba7dc6c3114ac56ed9d343f24b77b88', 'sntryu_ tokens are personal'],
    },
  },
  {
    id: 'secrets/observability/sentry-org-token',
    category: 'secret',
    kind: 'sentry_token',
    // `sntrys_` + base64 JSON ({"iat":..,"url":..,"region_url":..,"org":..}) + `_` + 43 base64 secret chars.
    pattern: /(?<![A-Za-z0-9_-])(sntrys_eyJpYXQiO[A-Za-z0-9+/]{10,400}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])/g,
    keywords: ['sntrys_'],
    validate: sentryOrgTokenValid,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'SENTRY_AUTH_TOKEN=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',
        'authToken: "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"',
      ],
      noMatch: ['sntrys_eyJpYXQiOjE3NTA4MTQwNTcuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ==_LY9zzFTSYFpIKoGaRYAj4syzge3hTVUlhXewIiafPuP', 'sntrys_eyJpYXQiOjE3NTA4MTQwNTcuMCwi'],
    },
  },
  {
    id: 'secrets/observability/sentry-legacy-token',
    category: 'secret',
    kind: 'sentry_token',
    pattern: hex(64),
    keywords: ['sentry'],
    minEntropy: 3,
    context: { words: ['sentry', 'sentry_auth_token', 'sentry_token', 'sentrytoken', 'sentryauthtoken', 'auth-token'], required: true, before: 60, after: 30 },
    confidence: { base: 0.8, withContext: 0.85 },
    examples: {
      match: ['SENTRY_AUTH_TOKEN=231ca387c415a5b5523f4906e1f7bc3d1a91cb0b65e2357bc09581524b7ca321', 'sentry-cli --auth-token d1e6d079ac5fbf7b2f2a679dbbb6507cc860171d10958084f8f22e4d6ca43fc4 upload-dif'],
      noMatch: ['sha256 231ca387c415a5b5523f4906e1f7bc3d1a91cb0b65e2357bc09581524b7ca321', 'SENTRY_AUTH_TOKEN=231ca387c415a5b5523f4906e1f7bc3d1a91cb0b65e2357bc09581524b7'],
    },
  },
  {
    id: 'secrets/observability/dynatrace-api-token',
    category: 'secret',
    kind: 'dynatrace_token',
    pattern: token('dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}'),
    keywords: ['dt0c01.'],
    minEntropy: 3.5,
    confidence: { base: 0.98 },
    examples: {
      match: ['DT_API_TOKEN=dt0c01.IK7ODW4W9Z9U3VIS47VHLGCQ.QBWI7S1Z7MJS74ROQ22T9RWBTVONQRG0UDO8RUE2DL4NOK9I7Q0N5PKG3JBQAJV5', 'Authorization: Api-Token dt0c01.4Y72D5C2XADH0037RWGZR6GK.3GQNPFB2KQY6SF62M58JI9L9QJY6VWOCN9YR4NX4KRQNU1NYUHNJR3CZLSAPSP0G'],
      noMatch: ['dt0c01.IK7ODW4W9Z9U3VIS47VHLGCQ', 'dt0c01. is the token prefix'],
    },
  },
  {
    id: 'secrets/observability/sumologic-access-id',
    category: 'secret',
    kind: 'sumologic_access_id',
    pattern: assignment('sumo(?:logic)?[_.-]?access[_.-]?id', 'su[A-Za-z0-9]{12}', '(?![A-Za-z0-9])'),
    keywords: ['sumo'],
    minEntropy: 3,
    validate: (v) => /[0-9A-Z]/.test(v.slice(2)),
    confidence: { base: 0.8 },
    examples: {
      match: ['sumologic.accessId = "suFAzkHjn9rFtr"', 'export SUMOLOGIC_ACCESSID="suHUWhDjsKPd10"'],
      noMatch: ['sumObj = suGyI5imvADdvU', 'SUMOLOGIC_ACCESSID: ${SUMOLOGIC_ACCESSID}'],
    },
  },
  {
    id: 'secrets/observability/sumologic-access-key',
    category: 'secret',
    kind: 'sumologic_access_key',
    pattern: assignment('sumo(?:logic)?[_.-]?access[_.-]?key', '[A-Za-z0-9]{64}', '(?![A-Za-z0-9])'),
    keywords: ['sumo'],
    minEntropy: 4,
    confidence: { base: 0.9 },
    examples: {
      match: ['SUMO_ACCESS_KEY: h2oaSpn4SFtgnKIPYzR1xoGfTnP5mIyNkxXaVysl5GpDbOOxJ77oycGAWqAX7ZK3', 'sumo_access_key = "DrOEvOPPmoPsn4tuZOdrjAbBQYL5z0m5ts4vwROmDqEB1yQxlkzeDq69TpDPh0f3"'],
      noMatch: ['SUMO_ACCESS_KEY: AbCeFG123', 'sumOfExposures = h2oaSpn4SFtgnKIPYzR1xoGfTnP5mIyNkxXaVysl5GpDbOOxJ77oycGAWqAX7ZK3;'],
    },
  },
];
