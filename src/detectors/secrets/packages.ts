import { base62Crc32TokenValid, basicAuthPairValid } from '../../checksums/tokens.ts';
import type { Detector } from '../../engine/types.ts';
import { afterBoundary, assigned } from './assignment.ts';

export const detectors: Detector[] = [
  {
    id: 'secrets/packages/npm-token',
    category: 'secret',
    kind: 'npm_token',
    // npm_ + 30 random base62 + 6-char base62 CRC-32, the GitHub scheme.
    pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    keywords: ['npm_'],
    validate: base62Crc32TokenValid,
    confidence: { base: 0.99 },
    examples: {
      match: ['//registry.npmjs.org/:_authToken=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', 'NPM_TOKEN is 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, why does publish fail?'],
      noMatch: ['npm_2NSAZ8dfHgJYRenfW0Wc6WIDsp2t2B1qL0Zu (bad checksum)', 'run npm_config_registry=https://registry.npmjs.org npm ci'],
    },
  },
  {
    id: 'secrets/packages/npmrc-auth-token',
    category: 'secret',
    kind: 'npm_token',
    // Any registry's token in an .npmrc line: //host/path/:_authToken=VALUE
    pattern: /:_authToken=["']?([A-Za-z0-9_.+/=-]{20,300})/g,
    keywords: [':_authtoken='],
    confidence: { base: 0.95 },
    examples: {
      match: [
        '//npm.pkg.github.com/:_authToken=c240e547a5895ee54ef93ba3923ad7081eae7cf8',
        '//acme.jfrog.io/artifactory/api/npm/npm/:_authToken=cDdAru6Ra3uf710xSjinwnRemWGBZ77d',
      ],
      noMatch: ['//npm.pkg.github.com/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=short'],
    },
  },
  {
    id: 'secrets/packages/npmrc-auth',
    category: 'secret',
    kind: 'registry_credentials',
    // _auth = base64(user:password) in .npmrc / .yarnrc
    pattern: /(?<![A-Za-z0-9])_auth\s{0,3}=\s{0,3}["']?([A-Za-z0-9+/]{8,300}={0,2})(?![A-Za-z0-9+/=])/g,
    keywords: ['_auth'],
    validate: basicAuthPairValid,
    confidence: { base: 0.9 },
    examples: {
      match: ['registry=https://nexus.acme.io/repository/npm/\n_auth=Y2ktYm90OlZxN3JUMm1YOXBMNA==', 'always-auth=true\n_auth = "ZGVwbG95OkhuOHdLM3pRNnNKMQ=="'],
      noMatch: ['_auth=bm90IGEgcGFpcg==', '_auth=${NPM_AUTH}'],
    },
  },
  {
    id: 'secrets/packages/pypi-token',
    category: 'secret',
    kind: 'pypi_token',
    // A macaroon whose base64 header names the location pypi.org (or test.pypi.org).
    pattern: /(?<![A-Za-z0-9_-])pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}(?![A-Za-z0-9_-])/g,
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    confidence: { base: 0.99 },
    examples: {
      match: [
        'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc6GAGpQj6Fc3geHR7UTgWEFUgJCGevD7yUanjKanApbuA_X9PQwYRTGntlk6VNWyS2kKFuL6Dljnn3H4kfLme',
        'password = pypi-AgENdGVzdC5weXBpLm9yZwB_SJjYZcJcoQGQIAfnWSThkQ3grWDk634J3JGqo6VqGDPbmNlcjmOr6oWCrsoBmLap2pOBqXoE',
      ],
      noMatch: ['pypi-AgEIcHlwaS5vcmc (truncated)', 'pip install pypi-simple-client'],
    },
  },
  {
    id: 'secrets/packages/rubygems-api-key',
    category: 'secret',
    kind: 'rubygems_api_key',
    pattern: /(?<![A-Za-z0-9_])rubygems_[0-9a-f]{48}(?![A-Za-z0-9_])/g,
    keywords: ['rubygems_'],
    minEntropy: 3,
    confidence: { base: 0.97 },
    examples: {
      match: ['GEM_HOST_API_KEY=rubygems_c240e547a5895ee54ef93ba3923ad7081eae7cf82ba063d3', ':rubygems_api_key: rubygems_b9fe50d3d8f6a7161f7188005d351cc453b210d1314bc0c6'],
      noMatch: [':rubygems_api_key: rubygems_000000000000000000000000000000000000000000000000', 'see rubygems_api_key in ~/.gem/credentials'],
    },
  },
  {
    id: 'secrets/packages/nuget-api-key',
    category: 'secret',
    kind: 'nuget_api_key',
    pattern: /(?<![A-Za-z0-9_])oy2[a-z0-9]{43}(?![A-Za-z0-9_])/g,
    keywords: ['oy2'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: ['dotnet nuget push pkg.nupkg --api-key oy2q4rnluwjkbciq1fhgi8ojeb46k4kbwgmmkgjv72x664 --source nuget.org', 'NUGET_KEY=oy22yk82ctct7r82zvn35xtz6zb79jqxe2nkn8bndk9vg0'],
      noMatch: ['oy2q4rnluwjkbciq1fhgi8 is too short', 'toy2q4rnluwjkbciq1fhgi8ojeb46k4kbwgmmkgjv72x664'],
    },
  },
  {
    id: 'secrets/packages/clojars-token',
    category: 'secret',
    kind: 'clojars_token',
    pattern: /(?<![A-Za-z0-9_])CLOJARS_[A-Za-z0-9]{60}(?![A-Za-z0-9_])/g,
    keywords: ['clojars_'],
    minEntropy: 3.5,
    confidence: { base: 0.97 },
    examples: {
      match: [
        'export CLOJARS_PASSWORD=CLOJARS_a3yo6u53aw0589ku042bo0undui0nmgcu7xtr83i400x08fhtplqvrb8jxxh',
        'deploy token CLOJARS_g2nj6ihg73tr09nt5rpesvst57vqacyutoec9deq2l7z4bnyzgljh33m5rnv',
      ],
      noMatch: ['export CLOJARS_USERNAME=acme', 'CLOJARS_a3yo6u53aw0589ku042bo0undui0nm'],
    },
  },
  {
    id: 'secrets/packages/docker-hub-pat',
    category: 'secret',
    kind: 'docker_hub_token',
    pattern: /(?<![A-Za-z0-9_-])dckr_pat_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/g,
    keywords: ['dckr_pat_'],
    minEntropy: 3,
    confidence: { base: 0.97 },
    examples: {
      match: ['echo dckr_pat_3HCDRk0ODadNrX9NFmTEVEEx2B1 | docker login -u acme --password-stdin', 'DOCKER_TOKEN=dckr_pat_VVYGHGYgzWXMlWB9MOC9xjq2no9'],
      noMatch: ['DOCKER_TOKEN=not_a_real_token\ndckr_pat_tooshort', 'dckr_pat_ is the prefix of Docker Hub tokens'],
    },
  },
  {
    id: 'secrets/packages/docker-hub-org-token',
    category: 'secret',
    kind: 'docker_hub_token',
    pattern: /(?<![A-Za-z0-9_-])dckr_oat_[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/g,
    keywords: ['dckr_oat_'],
    minEntropy: 3,
    confidence: { base: 0.97 },
    examples: {
      match: ['docker login -u acme-org -p dckr_oat_H_c7diADoUgkBHm8mE8B5vwFlbLtnCd1', 'DOCKERHUB_ORG_TOKEN="dckr_oat_27JuvcW9xwxR8uT03rorkIvYJbrh0XVK"'],
      noMatch: ['dckr_oat_27JuvcW9xwxR8uT03', 'organization access tokens start with dckr_oat_'],
    },
  },
  {
    id: 'secrets/packages/docker-config-auth',
    category: 'secret',
    kind: 'registry_credentials',
    // ~/.docker/config.json: "auths": { "host": { "auth": "base64(user:password)" } }
    pattern: /"auth"\s{0,5}:\s{0,5}"([A-Za-z0-9+/]{8,300}={0,2})"/g,
    keywords: ['"auths"'],
    validate: basicAuthPairValid,
    confidence: { base: 0.95 },
    examples: {
      match: [
        '{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "Y2ktYm90OlZxN3JUMm1YOXBMNA=="\n    }\n  }\n}',
        '{"auths":{"ghcr.io":{"auth":"ZGVwbG95OkhuOHdLM3pRNnNKMQ=="}}}',
      ],
      noMatch: ['{"auths":{"ghcr.io":{"auth":""}}}', '{"auths":{"ghcr.io":{"auth":"bm90IGEgcGFpcg=="}}}'],
    },
  },
  {
    id: 'secrets/packages/artifactory-api-key',
    category: 'secret',
    kind: 'jfrog_token',
    pattern: /(?<![A-Za-z0-9_+/])AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9_])/g,
    keywords: ['akcp'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: [
        'curl -H "X-JFrog-Art-Api: AKCpp0UbdmhSQLrqqd1sSaZEp771alCfAT04ewaOjoCbXfPkPUufmlWbzmqkBdb9b3T6wfQuP" https://acme.jfrog.io',
        'artifactory_password=AKCp7YuJwTyuqmWWXxs5DmZOVAmhg2C2PW3DE6G8idkXp53J3pPYIFZYbPH1Zt8IPjFNzy0Ri',
      ],
      noMatch: ['lowEntropy := AKCpXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AKCp7YuJwTyuqmWWXxs5DmZOVAmhg2C2PW3'],
    },
  },
  {
    id: 'secrets/packages/artifactory-reference-token',
    category: 'secret',
    kind: 'jfrog_token',
    // Base64 of "reftkn:" + version + ...; the literal start cmVmdGtu is "reftkn".
    pattern: /(?<![A-Za-z0-9_+/])cmVmdGtu[A-Za-z0-9]{52,60}(?![A-Za-z0-9_])/g,
    keywords: ['cmvmdgtu'],
    minEntropy: 4,
    confidence: { base: 0.95 },
    examples: {
      match: [
        'jf c add --access-token cmVmdGtuOjAxOjE3MO288BIUFzR9qjPwmTG14UoQi5do71ZcTjhoLJvnhSdGZXE',
        'JFROG_TOKEN=cmVmdGtuOjAxOjE3KqgaauIdRCQ3lfkFi0at8cOg1V018ra9uqLw7coI4aNfZ79Nre',
      ],
      noMatch: ['lowEntropy := cmVmdXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'cmVmdGtuOjAxOjE3 is truncated'],
    },
  },
  {
    id: 'secrets/packages/jfrog-identity-token',
    category: 'secret',
    kind: 'jfrog_token',
    pattern: assigned(['jfrog', 'artifactory'], '[A-Za-z0-9]{64}'),
    keywords: ['jfrog', 'artifactory'],
    minEntropy: 4,
    confidence: { base: 0.85 },
    examples: {
      match: ['JFROG_ACCESS_TOKEN=COMCFQ7dgH6XGUZrQSbzJasQ7fLKAPCQhw3tXevGsqXUfOreGK2hgP8JDQTUN2KI', 'artifactory.token: "oLQtstPvjXha2EaDxKI5TsXWtrjQO2mrabuPakOvAFaAioE19dzQevq0zMwt4pj7"'],
      noMatch: ['JFROG_URL=https://acme.jfrog.io/artifactory', 'artifactory build 7c6e05c0 passed'],
    },
  },
  {
    id: 'secrets/packages/crates-io-token',
    category: 'secret',
    kind: 'crates_io_token',
    pattern: /(?<![A-Za-z0-9_])cio[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g,
    keywords: ['cargo', 'crates', ...afterBoundary(['cio'], '-')],
    minEntropy: 3.5,
    confidence: { base: 0.85 },
    context: { words: ['cargo', 'crates', 'registry', 'token'], before: 80 },
    examples: {
      match: ['CARGO_REGISTRY_TOKEN=ciocDdAru6Ra3uf710xSjinwnRemWGBZ77d', 'cargo login ciocnSvgUezqgULm7PJ41SdrtWu7HVGYXX0'],
      noMatch: ['the word ciocnSvgUezq is short', 'cargo login ${CARGO_REGISTRY_TOKEN}'],
    },
  },
];
