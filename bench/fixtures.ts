/**
 * Bench inputs. Prose is written for the bench; secrets and personal data are synthetic, generated at run
 * time with valid checksums (a fixed seed keeps them identical across runs). Nothing here is a real value.
 */
import { base62, crc32 } from '../src/checksums/crc32.ts';
import { prng } from './adversarial.ts';

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A realistic 2 KB prompt: prose with a few numbers (dates, amounts, counts), no secrets, no personal data. */
export const PROSE_2KB = `Can you help me rewrite the following project update so it reads better for the quarterly review? Keep it under 400 words and make the tone confident but not boastful.

Over the last three months the platform team moved 14 internal services from the old virtual machines to the container cluster. The migration started on 3 March and finished two weeks later than planned, mostly because the reporting service needed a new caching layer before it could scale horizontally. Average response time for the checkout page dropped from 820 ms to 310 ms, and the error rate during peak hours went from 1.9% to 0.4%. We also retired 6 legacy cron jobs and replaced them with scheduled workflows that are easier to monitor.

Costs went down as well: the monthly infrastructure bill is now about 18,400 euros instead of 23,900, a saving of roughly 23%. Part of that comes from right-sizing the database instances and part from switching the nightly batch jobs to cheaper spot capacity. We expect another 5-8% once the analytics warehouse is consolidated in Q3.

On the people side, two engineers joined in April and one moved to the data team. The on-call rotation now has 7 people, which brings the average to one week in seven. Incident count fell from 11 in the previous quarter to 4, and none of the four lasted longer than 45 minutes. The postmortems are linked in the team wiki under "Reliability 2024".

Next quarter we want to: finish the observability rollout for the remaining 9 services, write runbooks for the top 20 alerts, run a game day in September to test failover between the two regions, and reduce build times for the main repository from 12 minutes to under 6.

Please also suggest a short title for the update and three bullet points I could put on a single summary slide. If any of the numbers look inconsistent, point that out instead of changing them. The audience is the engineering leadership group and a couple of people from finance, so avoid jargon where a plain word works and explain the spot capacity point in one sentence.
`;

function randomString(rand: () => number, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

/** Luhn check digit appended to `body`. */
function withLuhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** IBAN with valid ISO 13616 check digits. */
function iban(country: string, bban: string): string {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return `${country}${String(98 - rem).padStart(2, '0')}${bban}`;
}

/** Synthetic secrets and personal data, valid where a checksum exists. */
export function syntheticValues(seed = 7): Record<string, string> {
  const rand = prng(seed);
  const ghBody = randomString(rand, B62, 30);
  return {
    githubPat: `ghp_${ghBody}${base62(crc32(ghBody), 6)}`,
    awsKeyId: `AKIA${randomString(rand, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
    awsSecret: randomString(rand, `${B62}/+`, 40),
    slackBot: `xoxb-${randomString(rand, '0123456789', 11)}-${randomString(rand, '0123456789', 13)}-${randomString(rand, B62, 24)}`,
    stripe: `sk_live_${randomString(rand, B62, 99)}`,
    openai: `sk-proj-${randomString(rand, `${B62}_-`, 74)}T3BlbkFJ${randomString(rand, `${B62}_-`, 74)}`,
    postgres: `postgres://app_user:${randomString(rand, B62, 18)}@db-prod.internal.acme-corp.net:5432/orders`,
    card: withLuhn(`4${randomString(rand, '0123456789', 14)}`).replace(/(\d{4})(?=\d)/g, '$1 '),
    iban: iban('DE', randomString(rand, '0123456789', 18)),
    email: 'jana.kowalski@acme-corp.net',
    phone: '+1 415 555 0173',
    ssn: `${521 + Math.floor(rand() * 100)}-${10 + Math.floor(rand() * 80)}-${1000 + Math.floor(rand() * 8000)}`,
    ip: `10.${Math.floor(rand() * 250)}.${Math.floor(rand() * 250)}.${1 + Math.floor(rand() * 250)}`,
  };
}

/** A 2 KB prompt carrying secrets and personal data in prose, a config snippet and a log line. */
export function secretsPrompt2KB(): string {
  const v = syntheticValues();
  const text = `Our deploy to production failed last night and I need help reading the logs. Here is the config the job used:

DATABASE_URL=${v.postgres}
AWS_ACCESS_KEY_ID=${v.awsKeyId}
AWS_SECRET_ACCESS_KEY=${v.awsSecret}
GITHUB_TOKEN=${v.githubPat}
SLACK_BOT_TOKEN=${v.slackBot}
STRIPE_SECRET_KEY=${v.stripe}
OPENAI_API_KEY=${v.openai}

The job ran as the service account and the error started right after the payment step. The customer who reported it is Jana Kowalski (${v.email}, phone ${v.phone}); her SSN ${v.ssn} is on the refund form, and she paid with card ${v.card}, refund to IBAN ${v.iban}.

Log excerpt:
2024-06-11T02:14:07Z ERROR payments: charge failed for order 88231 from ${v.ip}: upstream timeout after 30000 ms
2024-06-11T02:14:09Z WARN retry 1/3 scheduled

Can you tell me whether the timeout is more likely on our side or Stripe's, and what I should change in the retry policy? `;
  return text.length >= 2048 ? text : text + PROSE_2KB.slice(0, 2048 - text.length);
}
