import { looksRandom } from '../../checksums/cloud-tokens.ts';
import { atlassianTokenValid } from '../../checksums/tokens.ts';
import type { Detector } from '../../engine/types.ts';
import { assigned } from './assignment.ts';

const API_1 =
  'ATATT3xFfGF0G7tdOFerlQp-ppQhxuJVV2Y5XRR7uzwC73jXMheXdO7OcB9ySF-s5W8SwbDbomxmGrhTg2OCpRe-t4OpzNlOYdS7NYuu8Ev1a3g7NpThsPrGPNIxX5Up_itFqKsgBhs8MblpenzrRFSnk6_jQW5gOEXx0f2I8FSrFDgCiwOpbC=61F20BC9';
const API_2 =
  'ATATT3xFfGF0cLbKUQtW4g2-Ku2JiFzXbbehmd_TwFxJgslGqArkOnkKyWqLTvkhaYFz_tg75jaWSKHes3CJRzHHDWshXadv6pt69MSW5AACfKagnbHZ-h9aEFhXC42WlL8aVNj8SQM7JOsXJfkZ64stARXK8Vf4hR3o85YgfOkkUQTf821Sr3=AE8A888D';
const ORG_1 =
  'ATCTT3xFfGN0xMSGS72db7PNJf-GWbuWJ7w44pTKAjNhxzEiZuk_Gu58z7Zsa1Ek87XUsEq8i6asdUfp90nydiZP9Z71m-Fbgsc3lEczyopBhplAxtDIzmTmEToSDAQ_H1Y9vIjXLmbO4skEwKk_VQ60gRUh7hyAoOZNJ6wFEJn-1GQuVA7ovz=8DA32614';
const ORG_2 =
  'ATCTT3xFfGN0MOwkxf9N8QWbBEpDsszT90ydTRPFkwDtKj6_NS3rU26m9nLD1DVNntnw_sC0Tt4OUGX-SmPL3L4MKyDhEvxHVNBKksKK2RIcPxqcMi8YyD3TlOnRYhwrC6vAHzYTL_MCILCY5FIhuTqBTdrMP-XGTbs03HWaOLwer0aJlIC_-A=01FA5BDC';

export const detectors: Detector[] = [
  {
    id: 'secrets/atlassian/api-token',
    category: 'secret',
    kind: 'atlassian_api_token',
    // ATATT3 + url-safe body + '=' + CRC-32 (8 hex) of everything before it.
    pattern: /(?<![A-Za-z0-9_-])ATATT3[A-Za-z0-9_-]{150,250}=[0-9A-Fa-f]{8}(?![A-Za-z0-9_-])/g,
    keywords: ['atatt3'],
    validate: atlassianTokenValid,
    confidence: { base: 0.99 },
    examples: {
      match: [`JIRA_API_TOKEN=${API_1}`, `curl -u me@acme.io:${API_2} https://acme.atlassian.net/rest/api/3/myself`],
      noMatch: [`JIRA_API_TOKEN=${API_1.slice(0, -1)}A`, 'tokens look like ATATT3xFfGF0... followed by more characters'],
    },
  },
  {
    id: 'secrets/atlassian/org-admin-token',
    category: 'secret',
    kind: 'atlassian_admin_token',
    pattern: /(?<![A-Za-z0-9_-])ATCTT3xFfG[A-Za-z0-9_-]{140,250}=[0-9A-Fa-f]{8}(?![A-Za-z0-9_-])/g,
    keywords: ['atctt3xffg'],
    validate: atlassianTokenValid,
    confidence: { base: 0.99 },
    examples: {
      match: [`Authorization: Bearer ${ORG_1}`, `ATLASSIAN_ADMIN_KEY="${ORG_2}"`],
      noMatch: [`Authorization: Bearer ${ORG_1.slice(0, -1)}5`, 'an org API key begins with ATCTT3xFfG'],
    },
  },
  {
    id: 'secrets/atlassian/legacy-api-token',
    category: 'secret',
    kind: 'atlassian_api_token',
    // Pre-2023 tokens: 24 alphanumerics, recognisable only by a jira/confluence/atlassian key name.
    pattern: assigned(['atlassian', 'confluence', 'jira'], '[A-Za-z0-9]{24}'),
    keywords: ['atlassian', 'confluence', 'jira'],
    minEntropy: 3.5,
    validate: looksRandom, // digits and both cases: identifiers like `searchConfluenceUsingCql` are not random
    confidence: { base: 0.85 },
    examples: {
      match: ['JIRA_API_TOKEN=e0yBzrCvbV7l2nYdjH3Uo8rM', 'confluence_token: "TnrhmDgkCssIl7WirjmbI0Qk"'],
      noMatch: ['getPagesInConfluenceSpace,searchConfluenceUsingCql', 'JIRA ticket e0yBzrCvbV7l2nYdjH3Uo8rM was closed'],
    },
  },
  {
    id: 'secrets/atlassian/bitbucket-client-secret',
    category: 'secret',
    kind: 'bitbucket_secret',
    pattern: assigned(['bitbucket'], '[A-Za-z0-9_-]{64}|[A-Za-z0-9]{32}'),
    keywords: ['bitbucket'],
    minEntropy: 3.5,
    validate: looksRandom, // digits and both cases: identifiers like `searchConfluenceUsingCql` are not random
    confidence: { base: 0.85 },
    examples: {
      match: [
        'BITBUCKET_CLIENT_SECRET=KIWHPDqpTUwht2rtNvujzJW2rE3hzq0aywFeptHbugL1iSOAFLgeGeYTUN6q-h_f',
        "bitbucket_key: 'igl5FcTeA9gAn7L4jkFT2ddgfwaWb75n'",
      ],
      noMatch: ['bitbucket_secret = "${BITBUCKET_SECRET}"', 'Bitbucket commit igl5FcTeA9gAn7L4jkFT2ddgfwaWb75n'],
    },
  },
  {
    id: 'secrets/atlassian/bitbucket-app-password',
    category: 'secret',
    kind: 'bitbucket_secret',
    pattern: /(?<![A-Za-z0-9_-])ATBB[A-Za-z0-9]{28,40}(?![A-Za-z0-9_-])/g,
    keywords: ['atbb'],
    minEntropy: 3.5,
    confidence: { base: 0.9 },
    examples: {
      match: ['git clone https://me:ATBBcenTzFRejSP0iJMjCSb8kONsSV7HCplL@bitbucket.org/acme/app.git', 'app password ATBBigl5FcTeA9gAn7L4jkFT2ddgfwaWb75n'],
      noMatch: ['ATBBXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'ATBB is the app-password prefix'],
    },
  },
];
