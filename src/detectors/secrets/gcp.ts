/** Google / Google Cloud: API keys, OAuth client secrets and tokens, service-account key files, FCM server keys. */
import { looksRandom } from '../../checksums/cloud-tokens.ts';
import type { Detector } from '../../engine/types.ts';

export const detectors: Detector[] = [
  {
    id: 'secrets/gcp/api-key',
    category: 'secret',
    kind: 'google_api_key',
    pattern: /(?<![A-Za-z0-9_-])(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/g,
    keywords: ['aiza'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: ['GEMINI_API_KEY=AIzaSyZUTTeKMxyZ6p3nCShO5dAqUwYUE6wSI1m', 'const firebaseConfig = { apiKey: "AIzaSyvFpZZctgawRMh2SoTrKSQ4fYDwa6eHIFt", authDomain: "acme.firebaseapp.com" };'],
      noMatch: ['apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', 'AIzaSyZUTTeKMxyZ6p3nCShO5dAqUwYUE6wSI1mabcd123'],
    },
  },
  {
    id: 'secrets/gcp/oauth-client-secret',
    category: 'secret',
    kind: 'google_oauth_client_secret',
    pattern: /(?<![A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g,
    keywords: ['gocspx-'],
    minEntropy: 3.5,
    confidence: { base: 0.97 },
    examples: {
      match: ['GOOGLE_CLIENT_SECRET=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', '"client_secret":"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"'],
      noMatch: ['GOCSPX-I1oVnHeiu15hxP9FedV71g', 'secrets now start with GOCSPX- instead of a bare string'],
    },
  },
  {
    id: 'secrets/gcp/oauth-client-secret-legacy',
    category: 'secret',
    kind: 'google_oauth_client_secret',
    // Pre-2021 client secrets: 24 url-safe chars in a client JSON next to a *.apps.googleusercontent.com client id.
    pattern: /"client_secret"\s{0,5}:\s{0,5}"([A-Za-z0-9_-]{24})"/g,
    keywords: ['googleusercontent'],
    minEntropy: 3.5,
    validate: looksRandom,
    context: { words: ['apps.googleusercontent.com'], required: true, before: 400, after: 400 },
    confidence: { base: 0.9 },
    examples: {
      match: [
        '{"installed":{"client_id":"123456789012-8fj3k2l9qp0x7w6e5r4t3y2u1i0o9p8a.apps.googleusercontent.com","project_id":"acme-cli","client_secret":"VJEfoehVFNlHROH6GEi9j9P2","redirect_uris":["http://localhost"]}}',
        '{"web":{"client_secret":"wEXHzrQiIqstfwcu_YIM3t51","client_id":"998877665544-q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6.apps.googleusercontent.com"}}',
      ],
      noMatch: ['{"client_secret":"VJEfoehVFNlHROH6GEi9j9P2","issuer":"https://login.acme.io"}', '{"client_id":"1-x.apps.googleusercontent.com","client_secret":"replace-with-secret-val"}'],
    },
  },
  {
    id: 'secrets/gcp/oauth-access-token',
    category: 'secret',
    kind: 'google_oauth_access_token',
    pattern: /(?<![A-Za-z0-9_.-])(ya29\.[A-Za-z0-9_-]{30,2000})(?![A-Za-z0-9_-])/g,
    keywords: ['ya29.'],
    minEntropy: 4,
    confidence: { base: 0.95 },
    examples: {
      match: [
        'curl -H "Authorization: Bearer ya29.a0vpJDtUAV2eF435ztMfxv5HKFWUhQTbpkmKU1gIgD93P04LWWMwuIkPvsTm6J7kJLUw_cNQeDvUjS93FxCJCxF0N-9QRGbAJmCRIk5eaWPYuXPl8SUEnSFpIHJSwaUYQ0XTr1fX5rAPRMVTcbkfUzTr" https://www.googleapis.com/drive/v3/files',
        'access_token=ya29.a01TxA71ZMbpEBpSoYQkcCjEkiMKdzDcRo3u04eNEq82weV4srVUX1ieKirbrpYpVgC9hev0qK4fSiSZl68LJ88LGsrgFG-fn2HysFhCkSj9gwqutDUtAaRepAcMFu9sWBhepXpzh8GsHFdoAooi091l',
      ],
      noMatch: ['tokens look like ya29.<long string>', 'ya29.a0vpJDtUAV2eF435'],
    },
  },
  {
    id: 'secrets/gcp/oauth-refresh-token',
    category: 'secret',
    kind: 'google_oauth_refresh_token',
    pattern: /(?<![A-Za-z0-9_/:-])(1\/\/0[A-Za-z0-9_-]{40,300})(?![A-Za-z0-9_-])/g,
    keywords: ['1//0'],
    minEntropy: 4,
    validate: looksRandom,
    confidence: { base: 0.9 },
    examples: {
      match: [
        'GOOGLE_REFRESH_TOKEN=1//0PR7E0xokHcwJLkEQBhdbV1fqO5WKCSOgwBgD83-K69-HXTI2JcbKvDlQxgmUpRNTj3Zg2-2crD97K_3LNV2kuovN-NSMc4oscIF',
        '"refresh_token": "1//0ulM6O9OVsr60yRUGrSOuX20OEygZWo7dHKpoTUKOY5f0Y3q0jYde2uH0gnQ666KdwoWEElFuUS33UDTlU8qznHuuAuqPegICYxO"',
      ],
      noMatch: ['see https://example.org//0PR7E0xokHcwJLkEQBhdbV1fqO5WKCSOgwBgD83', '1//0short'],
    },
  },
  {
    id: 'secrets/gcp/service-account-key',
    category: 'secret',
    kind: 'gcp_service_account_key',
    // The PEM private key inside a service-account key file (JSON with "type": "service_account").
    pattern: /"private_key"\s{0,5}:\s{0,5}"(-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,8000}-----END PRIVATE KEY-{3,5}(?:\\n)?)"/g,
    keywords: ['service_account'],
    minEntropy: 4,
    context: { words: ['service_account', 'gserviceaccount.com'], required: true, before: 2000, after: 3000 },
    confidence: { base: 0.99 },
    examples: {
      match: [
        '{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7Lp4Xq9Zr2Tw7Vn1Mc5Hb8Jd3\\nFg6Ks0AeQy4Uo9Ii2Rt7Ew1Lz5Mx8Vc3Bn6Ps0Dk4Gf9Hj2Al5Qw8Er1Ty4Ui7Op0As3Df6Gh9Jk2\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "deployer@acme-prod.iam.gserviceaccount.com"\n}',
        '{"private_key":"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDZr8Lq2Wm5Xt9Vn3Mc7Hb1Jd4Fg6Ks0Ae\\nQy2Uo8Ii5Rt1Ew3Lz9Mx6Vc4Bn7Ps1Dk3Gf5Hj8Al0Qw2Er4Ty6Ui8Op1As3Df5Gh7Jk9Lz0Xc\\n-----END PRIVATE KEY-----\\n","client_email":"ci@acme.iam.gserviceaccount.com","type":"service_account"}',
      ],
      noMatch: [
        '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"}',
        '{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7Lp4Xq9Zr2Tw7Vn1Mc5Hb8Jd3Fg6Ks0AeQy4Uo9Ii2\\n-----END PRIVATE KEY-----\\n", "issuer": "acme"}',
      ],
    },
  },
  {
    id: 'secrets/gcp/fcm-server-key',
    category: 'secret',
    kind: 'firebase_server_key',
    pattern: /(?<![A-Za-z0-9_-])(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/g,
    keywords: [':apa91b'],
    minEntropy: 4,
    confidence: { base: 0.97 },
    examples: {
      match: [
        'FCM_SERVER_KEY=AAAAdS4bu67:APA91baD2cNuKcjJ-I0ddiV4Ynp6HTToHurqZH54oICKPl77dXe4ty2tiXi3THik6qDd9xhwoFjFd60bb5K0i9BsZt0m_cFwfwU52dDy14vPHQxBXswLv4e3mfI7CjBm80GdCuMw1xBw',
        'headers: { Authorization: "key=AAAAjzKMOAc:APA91b7hN2Ey5XFqWUttTRqSA2fgLnlipOE-SQNoKHOycbn8o2w0miPyWK0-JZi4TCqVaP6eNOah9ARBUrrw3a6qgQwM7197ds_ohQjcOv2kWzw4z9wQXnXfERl7F7AUf2Ltv9mV_rXK" }',
      ],
      noMatch: ['AAAAdS4bu67:APA91baD2cNuKcjJ-I0ddiV4Ynp6HTToHurqZH54oICKPl77', 'legacy keys look like AAAA...:APA91b...'],
    },
  },
];
