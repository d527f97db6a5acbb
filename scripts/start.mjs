// `npm start`: what is runnable today — the detection engine and classifier through the CLI, on a sample prompt.
import { spawnSync } from 'node:child_process';

const sample = [
  'Hi, can you fix this script? It fails with 401.',
  'export AWS_ACCESS_KEY_ID=AKIAQ3EGRTLDNV7XWZPA',
  'Pay the invoice to Marta Kowalski, marta.kowalski@northwind-traders.de, IBAN DE75 5121 0800 1245 1261 99.',
].join('\n');

console.log('Promptwall detection engine — sample prompt:\n');
console.log(sample.replace(/^/gm, '  | '));
console.log('\n$ promptwall scan -');
spawnSync(process.execPath, ['bin/promptwall.mjs', 'scan', '-'], { input: sample, stdio: ['pipe', 'inherit', 'inherit'] });
console.log('\n$ promptwall redact');
spawnSync(process.execPath, ['bin/promptwall.mjs', 'redact'], { input: sample, stdio: ['pipe', 'inherit', 'inherit'] });
console.log('\n\nTry it on your own text: npx promptwall scan FILE | npx promptwall redact < FILE | npx promptwall --help');
