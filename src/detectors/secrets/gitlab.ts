import { gitlabRoutableTokenValid } from '../../checksums/tokens.ts';
import type { Detector } from '../../engine/types.ts';
import { prefixedTokens } from './assignment.ts';

/** A fixed `gl…-` prefix followed by a fixed-length url-safe body (GitLab's token prefixes). */
const glToken = prefixedTokens('gitlab', (_name, prefix, { what, values, noMatch }: { what: string; values: [string, string]; noMatch: string[] }) => ({
  match: [`here is the ${what}: ${prefix}${values[0]}`, `GITLAB_TOKEN="${prefix}${values[1]}"`],
  noMatch: [`${prefix}${'x'.repeat(values[0].length)}`, `the ${what} starts with ${prefix} and is 20+ chars`, ...noMatch],
}));
const prefixed = (name: string, kind: string, prefix: string, body: string, what: string, values: [string, string], noMatch: string[]): Detector =>
  glToken(name, kind, prefix, body, { what, values, noMatch });

/** Routable token tail: '.' + optional 2-char version + '.' + 2 base36 (payload length) + 7 base36 (CRC-32). */
const ROUTABLE_TAIL = '\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9}';

export const detectors: Detector[] = [
  prefixed('pat', 'gitlab_pat', 'glpat-', '[A-Za-z0-9_-]{20}', 'GitLab token', ['mHyIFj2c818bqkrYQYX9', 'jiB5F5D-d4w6a1acgovR'], [
    'glpat-mHyIFj2c818bqkrYQ is too short',
  ]),
  {
    id: 'secrets/gitlab/pat-routable',
    category: 'secret',
    kind: 'gitlab_pat',
    pattern: new RegExp(`(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{27,300}${ROUTABLE_TAIL}(?![A-Za-z0-9_-])`, 'g'),
    keywords: ['glpat-'],
    validate: gitlabRoutableTokenValid,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'export GITLAB_TOKEN=glpat-bzp1Zm52NzQKg2xIZeb1AP1kOo2BxvY-XoIr.100kgzi2c',
        'new PAT (versioned): glpat-bzpqMnpjNm8KT8Zn_yNF994XxjCVC6k3xWB8.01.100nqy306',
      ],
      noMatch: [
        'glpat-bzp1Zm52NzQKg2xIZeb1AP1kOo2BxvY-XoIr.100kgzi2d (CRC does not match)',
        'glpat-xxxxxxxx-xxxxxxxxxxxxxxxxxx.xxxxxxxxx',
      ],
    },
  },
  prefixed('runner-token', 'gitlab_runner_token', 'glrt-', '[A-Za-z0-9_-]{20}', 'runner authentication token', ['RKMp6LYxNXi5qacQlzZG', 'ey4t3W7bljB0OzXKNFyw'], []),
  {
    id: 'secrets/gitlab/runner-token-routable',
    category: 'secret',
    kind: 'gitlab_runner_token',
    pattern: new RegExp(`(?<![A-Za-z0-9_-])glrt-(?:t[0-9]_)?[A-Za-z0-9_-]{27,300}${ROUTABLE_TAIL}(?![A-Za-z0-9_-])`, 'g'),
    keywords: ['glrt-'],
    validate: gitlabRoutableTokenValid,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'gitlab-runner register --token glrt-t1_bzptYTdrY20Kx3Kc0DlfjFGEh4W5gAOa2ZeN.1004dbtwx',
        'token = "glrt-t2_bzo2YmRqd3QKM_D4esxAXxhjJzQ4wEkk_Tan.100h9ur7b"',
      ],
      noMatch: ['glrt-tx_xxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxx', 'glrt-t1_bzptYTdrY20Kx3Kc0DlfjFGEh4W5gAOa2ZeN.1004dbtwy'],
    },
  },
  prefixed('runner-registration-token', 'gitlab_runner_token', 'GR1348941', '[A-Za-z0-9_-]{20}', 'runner registration token', ['2XFSQuVvXRgPRI64EdJl', 'jkuaoqCa46zwrvtwKz85'], [
    'GR134894112312312312312312312',
  ]),
  prefixed('deploy-token', 'gitlab_deploy_token', 'gldt-', '[A-Za-z0-9_-]{20}', 'deploy token', ['MnYV3snxPRXsAxaW9D5j', 'dx2RvQrf41gTHm2IkULx'], []),
  prefixed('ci-job-token', 'gitlab_ci_job_token', 'glcbt-', '[0-9a-fA-F]{1,5}_[A-Za-z0-9_-]{20}', 'CI job token', ['64_mHyIFj2c818bqkrYQYX9', '1a2f_jiB5F5DWd4w6a1acgovR'], []),
  prefixed('feed-token', 'gitlab_feed_token', 'glft-', '[A-Za-z0-9_-]{20}', 'feed token', ['RKMp6LYxNXi5qacQlzZG', 'ey4t3W7bljB0OzXKNFyw'], []),
  prefixed('incoming-mail-token', 'gitlab_incoming_mail_token', 'glimt-', '[A-Za-z0-9_-]{25}', 'incoming email token', ['MPNx8MuXkgR0sQqUyQ5plpeHU', 'l7nT84ZYryhlTIrurr16qeyzu'], []),
  prefixed('agent-token', 'gitlab_agent_token', 'glagent-', '[A-Za-z0-9_-]{50}', 'kubernetes agent token', [
    'dQMBkCEThF1Fcy5pjEKXkLLjqLyCQffYqYd0xvJMKJFC6oVCCh',
    'xoZKw3G5KaZ8ElET8tgMJ2iCYuHElg0mHKZZUf10Eh18fZLlea',
  ], []),
  prefixed('oauth-app-secret', 'gitlab_oauth_secret', 'gloas-', '[A-Za-z0-9_-]{64}', 'OAuth application secret', [
    'Ox0MYhEC56E3nOnaA2pLgyiDXaaEJc6f71WWpwgSfnkE57SUKYspYWe7mOXAHXQh',
    'jaVQjB8S5R6knwmDlhnf5KhwB6gq1SRkd15VESsQTrxBXBhEKa2VNYCxDrFChXJA',
  ], []),
  prefixed('pipeline-trigger-token', 'gitlab_trigger_token', 'glptt-', '[0-9a-f]{40}', 'pipeline trigger token', [
    '3aad1b11ac9c535fc55ff70f33d1a90e3daf6061',
    'aecbc300cb3febc26ed63e69f20c7c1c3fc6117f',
  ], []),
  prefixed('scim-token', 'gitlab_scim_token', 'glsoat-', '[A-Za-z0-9_-]{20}', 'SCIM token', ['2XFSQuVvXRgPRI64EdJl', 'jkuaoqCa46zwrvtwKz85'], []),
  prefixed('feature-flag-token', 'gitlab_feature_flag_token', 'glffct-', '[A-Za-z0-9_-]{20}', 'feature flags client token', ['MnYV3snxPRXsAxaW9D5j', 'dx2RvQrf41gTHm2IkULx'], []),
  {
    id: 'secrets/gitlab/session-cookie',
    category: 'secret',
    kind: 'gitlab_session',
    pattern: /(?<![A-Za-z0-9_])_gitlab_session=([0-9a-z]{32})(?![A-Za-z0-9_])/g,
    keywords: ['_gitlab_session='],
    minEntropy: 3,
    confidence: { base: 0.95 },
    examples: {
      match: ['Cookie: _gitlab_session=4da72167726aef8789c495aacde0d8ba; known_sign_in=1', 'curl -b "_gitlab_session=e6891198a8e4c4141d313b126c0c6836" https://gitlab.acme.io/api/v4/user'],
      noMatch: ['Cookie: _gitlab_session=00000000000000000000000000000000', 'the _gitlab_session= cookie holds the session id'],
    },
  },
];
