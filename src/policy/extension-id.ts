/**
 * The extension's identity as deployment policies name it. Chrome and Edge derive the id from the public key in
 * the manifest (keys/extension-public-key.b64), so it is the same on every machine; Firefox uses the gecko id.
 * test/policy.test.ts recomputes the Chrome id from the key.
 */
export const CHROME_EXTENSION_ID = 'gligijcpehmlpmociplpcnklkiogedcc';
export const GECKO_EXTENSION_ID = 'promptwall@promptwall.dev';
