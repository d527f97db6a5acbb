import { discordBotTokenValid } from '../../checksums/tokens.ts';
import type { Detector } from '../../engine/types.ts';

/** Case-insensitive literal spelled as character classes, so the rest of the pattern stays case-sensitive. */
const ci = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** gitleaks-style assignment: a key name containing one of `words`, an operator, optional quotes, the value. */
const assigned = (words: readonly string[], value: string): RegExp =>
  new RegExp(
    `(?<![A-Za-z])(?:${words.map(ci).join('|')})[\\w.-]{0,25}['"]?[ \\t]{0,3}(?:=>|:{1,3}=|\\?=|\\.=|[=:>,])[ \\t\\r\\n]{0,5}[\\x60'"]?(${value})(?![A-Za-z0-9_-])`,
    'g',
  );

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const mixed = (v: string): boolean => /[0-9]/.test(v) && /[A-Za-z]/.test(v);

/** A credential recognisable only by the product's name in its key name. */
const named = (name: string, kind: string, words: string[], value: string, values: [string, string], minEntropy = 3.5): Detector => ({
  id: `secrets/messaging/${name}`,
  category: 'secret',
  kind,
  pattern: assigned(words, value),
  keywords: words,
  minEntropy,
  validate: mixed,
  confidence: { base: 0.85 },
  examples: {
    match: [`${words[0]!.toUpperCase()}_API_KEY=${values[0]}`, `${words[0]}_token: "${values[1]}"`],
    noMatch: [`${words[0]} message id ${values[0]}`, `${words[0].toUpperCase()}_API_KEY=\${${words[0].toUpperCase()}_KEY}`],
  },
});

const CONFIG_ACCESS =
  'xoxe.xoxp-1-rz1jTcJO915Ktlp8chw8E1gxZ849HGxNSGwPjuAPaSeFS47dJvVlXlgSiQNzgGJi7w14jPNQarf1y5VTZXyukpRNwuW61Q1qj99Ftfrtv0tt2YU3SGoELEM0EgHaV42Y1cTFK6vNCZdh8BnO6PXFr5FQ6XucKTNXEyK';
const CONFIG_REFRESH =
  'xoxe-1-bXKWNwx5fEn66hPWMoLNdCus1ix0UCiOigZDhOincbfnbjSh0UCtij2P7KTvz1JxMWt2wCKBUT3wUxoi9kUjARXYhl6myLTk2rrJRfsPreA2U5BNjOgcfwc3ybCaoYrPl2edCCrS6YmcdJLiUs';

export const detectors: Detector[] = [
  {
    id: 'secrets/messaging/slack-bot-token',
    category: 'secret',
    kind: 'slack_token',
    pattern: /(?<![A-Za-z0-9_-])xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}(?![A-Za-z0-9_-])/g,
    keywords: ['xoxb-'],
    minEntropy: 3,
    confidence: { base: 0.98 },
    examples: {
      match: ['SLACK_BOT_TOKEN=xoxb-798807574397-4482852187734-0LYUBZqYGPlaCYzenUDYTeJo', 'bot token xoxb-275278827819-1498350994459-G8n31vdC4mNc6fix3GwyHZj4 gets invalid_auth'],
      noMatch: ['xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx', 'xoxb-12345-abcd234'],
    },
  },
  {
    id: 'secrets/messaging/slack-user-token',
    category: 'secret',
    kind: 'slack_token',
    pattern: /(?<![A-Za-z0-9_-])xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9-]{28,34}(?![A-Za-z0-9_-])/g,
    keywords: ['xoxp-', 'xoxe-'],
    minEntropy: 3,
    confidence: { base: 0.98 },
    examples: {
      match: ['SLACK_USER_TOKEN=xoxp-798807574397-4291400869414-7852640175476-7eca5786223207587f016a8d84cfed99', 'user token: xoxp-275278827819-1498350994459-4482852187734-9fd5217517c00ecea9c151636883e56e'],
      noMatch: ['"token3": "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d"', '"token1": "xoxp-1234567890"'],
    },
  },
  {
    id: 'secrets/messaging/slack-app-token',
    category: 'secret',
    kind: 'slack_token',
    pattern: /(?<![A-Za-z0-9_-])xapp-[0-9]-[A-Z0-9]{9,15}-[0-9]{10,16}-[a-z0-9]{20,80}(?![A-Za-z0-9_-])/g,
    keywords: ['xapp-'],
    minEntropy: 3,
    confidence: { base: 0.98 },
    examples: {
      match: [`SLACK_APP_TOKEN=xapp-1-A${'OU64JAY0U72'}-4482852187734-d3cd9c2ae871b340c7cf87682f2be7b0388433af063fc30f3f268e3b06a0d2c9`, 'socket mode token xapp-1-AF0RAY6X32GK-1498350994459-61d8315045009cd7070ef3d1964d8c22930e08396f1857bb462c56ef78c83e40'],
      noMatch: ['xapp-1-AXXXXXXXXXX-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx', 'xapp-1 token is for socket mode'],
    },
  },
  {
    id: 'secrets/messaging/slack-config-access-token',
    category: 'secret',
    kind: 'slack_token',
    pattern: /(?<![A-Za-z0-9_-])xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{140,200}(?![A-Za-z0-9_-])/g,
    keywords: ['xoxe.xox'],
    minEntropy: 4,
    confidence: { base: 0.98 },
    examples: { match: [`SLACK_CONFIG_TOKEN=${CONFIG_ACCESS}`, `"access_token": "${CONFIG_ACCESS}"`], noMatch: ['xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere', 'xoxe.xoxp-1-initial'] },
  },
  {
    id: 'secrets/messaging/slack-config-refresh-token',
    category: 'secret',
    kind: 'slack_token',
    pattern: /(?<![A-Za-z0-9_-])xoxe-[0-9]-[A-Za-z0-9]{130,160}(?![A-Za-z0-9_-])/g,
    keywords: ['xoxe-'],
    minEntropy: 4,
    confidence: { base: 0.98 },
    examples: { match: [`SLACK_REFRESH_TOKEN=${CONFIG_REFRESH}`, `refresh_token: ${CONFIG_REFRESH}`], noMatch: ['xoxe-1-xxx', 'XOxE-RROAmw, Home and Garden, 5:24, 20120323'] },
  },
  {
    id: 'secrets/messaging/slack-legacy-token',
    category: 'secret',
    kind: 'slack_token',
    // Older bot (xoxb-<id>-<secret>), workspace (xoxa-, xoxr-) and user/session (xoxo-, xoxs-) tokens.
    pattern: /(?<![A-Za-z0-9_-])xox[abors]-(?:[0-9]-)?[0-9]{6,14}-[0-9A-Za-z]{6,80}(?:-[0-9A-Za-z]{1,80}){0,3}(?![A-Za-z0-9_-])/g,
    keywords: ['xoxa-', 'xoxb-', 'xoxo-', 'xoxr-', 'xoxs-'],
    minEntropy: 2.5,
    confidence: { base: 0.9 },
    examples: {
      match: ['slack_token: "xoxb-798807574397-X2IH8VcB8Oy7hfDr6xzHdBf6"', 'SLACK_TOKEN=xoxs-4224454164034-7269561029389-4291400869414-f20380a91c', 'token="xoxa-2-798807574397-7852640175476-1c1d2e6cefda60e6"'],
      noMatch: ['https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md', 'xoxb-abcdef-abcdef', 'https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg'],
    },
  },
  {
    id: 'secrets/messaging/slack-webhook-url',
    category: 'secret',
    kind: 'slack_webhook',
    pattern: /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9]{8,12}\/[A-Za-z0-9]{8,12}\/(?:[0-9]{6,20}\/)?[A-Za-z0-9]{20,32}(?![A-Za-z0-9_-])/g,
    keywords: ['hooks.slack.com'],
    minEntropy: 3,
    confidence: { base: 0.97 },
    examples: {
      match: ['SLACK_WEBHOOK=https://hooks.slack.com/services/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', 'curl -X POST https://hooks.slack.com/workflows/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 -d @msg.json'],
      noMatch: ['https://hooks.slack.com/services/TXXXXX/BXXXXX/XXXXXXXXXX', 'see https://api.slack.com/messaging/webhooks'],
    },
  },
  {
    id: 'secrets/messaging/discord-bot-token',
    category: 'secret',
    kind: 'discord_token',
    // base64(bot user id) . 6-char timestamp . 27-40 char HMAC
    pattern: /(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{22,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/g,
    keywords: ['discord', 'bot', 'token', 'authorization'],
    validate: discordBotTokenValid,
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: ['DISCORD_TOKEN=NzA0MzU4MTI3Mzk0ODE2MDAx.xUuvTk.vTu-Gz_dXWllB_dPzEHFPHWQoJJ', "bot.run('MTEzMDU3MzQ5MTg2MjMyNzMxNg.otBaLQ.KOIISyOiAaO1xni36TeDpaoShig0ocHDTm0')"],
      noMatch: ['bot.run("NzA0MzU4MTI3Mzk0ODE2MDAx")', 'token=NmFiY2RlZmdoaWprbG1ub3BxcnN0.xUuvTk.vTu-Gz_dXWllB_dPzEHFPHWQoJJ'],
    },
  },
  {
    id: 'secrets/messaging/discord-webhook-url',
    category: 'secret',
    kind: 'discord_webhook',
    pattern: /(?:https?:\/\/)?(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,68}(?![A-Za-z0-9_-])/g,
    keywords: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
    minEntropy: 3.5,
    confidence: { base: 0.97 },
    examples: {
      match: ['WEBHOOK=https://discord.com/api/webhooks/4224454164034156074/pwZVOXNDd76fVF3UFKxqTn-Rz3zmbAYIy2lcU-xoDGxBinInxYPVluTujT4tbOpqIuS3', 'post to https://discordapp.com/api/webhooks/7269561029389689932/vUNaKj9KNoZGV1qkSsW7gP-BjIgJipvSr_gFE201QRHshMLKZ08c_SNA7_y1n3p1r731'],
      noMatch: ['https://discord.com/api/webhooks/{webhook.id}/{webhook.token}', 'https://discord.com/api/webhooks/4224454164034156074'],
    },
  },
  {
    id: 'secrets/messaging/discord-client-secret',
    category: 'secret',
    kind: 'discord_token',
    pattern: assigned(['discord'], '[A-Za-z0-9_-]{32}|[a-f0-9]{64}'),
    keywords: ['discord'],
    minEntropy: 3.5,
    confidence: { base: 0.85 },
    examples: { match: ['DISCORD_CLIENT_SECRET=aKtkq9DFlhGwgKD0Q7Feu_ZTFPefzpCA', "discord_public_key: 'd3cd9c2ae871b340c7cf87682f2be7b0388433af063fc30f3f268e3b06a0d2c9'"], noMatch: ['discord=00000000000000000000000000000000', 'discord channel aKtkq9DFlhGwgKD0Q7Feu_ZTFPefzpCA'] },
  },
  {
    id: 'secrets/messaging/telegram-bot-token',
    category: 'secret',
    kind: 'telegram_bot_token',
    pattern: /(?<![A-Za-z0-9_:-])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g,
    keywords: [':aa'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: ['TELEGRAM_BOT_TOKEN=7985640175:AAKOIISyOiAaO1xni36TeDpaoShig0ocHDT', 'bot = telebot.TeleBot("612278827:AAUYfZjKpcwTXS0K-p4-Jm6i7pWxpksa7LH")'],
      noMatch: ['7985640175:AAKOIISyOiAaO1xni36T (truncated)', 'at 10:AA the meeting starts'],
    },
  },
  {
    id: 'secrets/messaging/teams-webhook-url',
    category: 'secret',
    kind: 'teams_webhook',
    pattern: new RegExp(
      `https:\\/\\/[A-Za-z0-9-]{1,60}\\.webhook\\.office\\.com\\/webhookb2\\/${UUID}@${UUID}\\/IncomingWebhook\\/[A-Za-z0-9]{32}\\/${UUID}(?:\\/[A-Za-z0-9_-]{1,80})?`,
      'g',
    ),
    keywords: ['webhook.office.com'],
    confidence: { base: 0.97 },
    examples: {
      match: [
        'TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/c3f7a9e1-5b2d-4e8f-9a6c-1d3b5f7e9a20@7e2b9d41-0c6a-4f53-b8e7-2a9c4d6f1b83/IncomingWebhook/7eca5786223207587f016a8d84cfed99/1a4c6e8f-2b3d-4f5a-8c7e-9d0b1f2a3c4e',
        'post to https://globex.webhook.office.com/webhookb2/7e2b9d41-0c6a-4f53-b8e7-2a9c4d6f1b83@c3f7a9e1-5b2d-4e8f-9a6c-1d3b5f7e9a20/IncomingWebhook/9fd5217517c00ecea9c151636883e56e/5b7d9f1a-3c5e-4a7b-9d1f-2e4a6c8b0d13/V2abc',
      ],
      noMatch: ['https://acme.webhook.office.com/webhookb2/...', 'configure an Incoming Webhook in Teams at webhook.office.com'],
    },
  },
  {
    id: 'secrets/messaging/twilio-api-key',
    category: 'secret',
    kind: 'twilio_key',
    pattern: /(?<![A-Za-z0-9_-])SK[0-9a-fA-F]{32}(?![A-Za-z0-9_-])/g,
    keywords: ['sk'],
    minEntropy: 3,
    confidence: { base: 0.75, withContext: 0.95 },
    context: { words: ['twilio', 'api_key', 'apikey', 'api key', 'secret'], before: 80 },
    examples: { match: ['TWILIO_API_KEY=SK7eca5786223207587f016a8d84cfed99', 'client = Client("SK9fd5217517c00ecea9c151636883e56e", api_secret)'], noMatch: ['SKU 7eca5786 is out of stock', 'SK00000000000000000000000000000000'] },
  },
  {
    id: 'secrets/messaging/twilio-auth-token',
    category: 'secret',
    kind: 'twilio_key',
    pattern: assigned(['twilio'], '[a-f0-9]{32}'),
    keywords: ['twilio'],
    minEntropy: 3,
    confidence: { base: 0.9 },
    examples: { match: ['TWILIO_AUTH_TOKEN=7eca5786223207587f016a8d84cfed99', "twilio_token: '9fd5217517c00ecea9c151636883e56e'"], noMatch: ['TWILIO_ACCOUNT_SID=AC7eca5786223207587f016a8d84cfed99', 'twilio message 7eca5786223207587f016a8d84cfed99 delivered'] },
  },
  {
    id: 'secrets/messaging/sendgrid-api-key',
    category: 'secret',
    kind: 'sendgrid_key',
    pattern: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    keywords: ['sg.'],
    minEntropy: 4,
    confidence: { base: 0.98 },
    examples: { match: ['SENDGRID_API_KEY=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', 'sg = SendGridAPIClient("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")'], noMatch: ['notSG.PlZ1xQil6Gf9vsmAvOGEW6.aKtkq9DFlhGwgKD0Q7Feu_ZTFPefzpCAy1vlDk7fQUq', 'SG.PlZ1xQil6Gf9vsmAvOGEW6 truncated'] },
  },
  {
    id: 'secrets/messaging/mailgun-api-key',
    category: 'secret',
    kind: 'mailgun_key',
    pattern: /(?<![A-Za-z0-9_-])key-[0-9a-f]{32}(?![A-Za-z0-9_-])/g,
    keywords: ['key-'],
    minEntropy: 3,
    confidence: { base: 0.85, withContext: 0.95 },
    context: { words: ['mailgun', 'mg'], before: 80 },
    examples: { match: ['MAILGUN_API_KEY=key-7eca5786223207587f016a8d84cfed99', 'auth=("api", "key-9fd5217517c00ecea9c151636883e56e")'], noMatch: ['key-00000000000000000000000000000000', 'primary-key-7eca5786 column'] },
  },
  {
    id: 'secrets/messaging/mailgun-public-key',
    category: 'secret',
    kind: 'mailgun_key',
    pattern: /(?<![A-Za-z0-9_-])pubkey-[0-9a-f]{32}(?![A-Za-z0-9_-])/g,
    keywords: ['pubkey-'],
    minEntropy: 3,
    confidence: { base: 0.7 },
    examples: { match: ['MAILGUN_PUBLIC_KEY=pubkey-7eca5786223207587f016a8d84cfed99', 'validation key pubkey-9fd5217517c00ecea9c151636883e56e'], noMatch: ['pubkey-7eca578622320758', 'ssh pubkey-auth enabled'] },
  },
  {
    id: 'secrets/messaging/mailgun-signing-key',
    category: 'secret',
    kind: 'mailgun_key',
    pattern: assigned(['mailgun'], '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}'),
    keywords: ['mailgun'],
    minEntropy: 3,
    confidence: { base: 0.92 },
    examples: { match: ['MAILGUN_SIGNING_KEY=7eca5786223207587f016a8d84cfed99-f20380a9-1c1d2e6c', "mailgun_webhook_key: '9fd5217517c00ecea9c151636883e56e-efda60e6-746031f7'"], noMatch: ['mailgun event 7eca5786223207587f016a8d84cfed99-f20380a9-1c1d2e6c', 'MAILGUN_SIGNING_KEY=${MAILGUN_KEY}'] },
  },
  {
    id: 'secrets/messaging/mailchimp-api-key',
    category: 'secret',
    kind: 'mailchimp_key',
    // \b rather than a lookbehind: this class-led pattern runs on every text containing '-us', so it must be cheap.
    pattern: /\b[0-9a-f]{32}-us[0-9]{1,2}(?![A-Za-z0-9_-])/g,
    keywords: ['-us'],
    minEntropy: 3,
    confidence: { base: 0.95 },
    examples: { match: ['mailchimp_api_key: 7eca5786223207587f016a8d84cfed99-us18', 'MC_KEY="9fd5217517c00ecea9c151636883e56e-us6"'], noMatch: ['00000000000000000000000000000000-us18', '7eca5786223207587f016a8d84cfed99-use'] },
  },
  {
    id: 'secrets/messaging/brevo-api-key',
    category: 'secret',
    kind: 'brevo_key',
    pattern: /(?<![A-Za-z0-9_-])x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![A-Za-z0-9_-])/g,
    keywords: ['xkeysib-', 'xsmtpsib-'],
    minEntropy: 3,
    confidence: { base: 0.97 },
    examples: { match: ['BREVO_API_KEY=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', 'smtp password xsmtpsib-61d8315045009cd7070ef3d1964d8c22930e08396f1857bb462c56ef78c83e40-I57BsVecmcn7Sr0D'], noMatch: ['xkeysib-d3cd9c2ae871b340 truncated', 'xkeysib- is the prefix of Brevo keys'] },
  },
  named('messagebird-api-key', 'messagebird_key', ['messagebird', 'message_bird', 'message-bird'], `[A-Za-z0-9]{25}|${UUID}`, ['tvTZ7s8w9hs4pfySe1AT5sAyx', 'c3f7a9e1-5b2d-4e8f-9a6c-1d3b5f7e9a20'], 3),
  named('mattermost-token', 'mattermost_token', ['mattermost'], '[a-z0-9]{26}', ['j8tfdyeb05urpc0s9j9z7dbqzx', 't31at5fbc5btyad3mlbp65tqcy']),
  named('intercom-token', 'intercom_token', ['intercom'], '[A-Za-z0-9+/=_-]{60}', ['wmtPHTz4NxbjjV7l0nzpBXEkQua4Iux8Xozdh/NjNsOy9TN2LiWFbhbv7bYq', 'pwZVOXNDd76fVF3UFKxqTn-Rz3zmbAYIy2lcU-xoDGxBinInxYPVluTujT4t']),
  named('gitter-token', 'gitter_token', ['gitter'], '[a-f0-9]{40}', ['18c7d6bf4ca4e10074f7b464b4ef7461058e8fe5', 'de25c92301d21ad7cdfbeedd571553f08c50c0f1'], 3),
  named('postmark-token', 'postmark_token', ['postmark'], UUID, ['c3f7a9e1-5b2d-4e8f-9a6c-1d3b5f7e9a20', '7e2b9d41-0c6a-4f53-b8e7-2a9c4d6f1b83'], 3),
  named('sendbird-token', 'sendbird_token', ['sendbird'], '[a-f0-9]{40}', ['e5dbd5e9a6099388052b263cbc4bc45a0b19876e', '4f672d2d5544de5c44b258c9ba720bea828390a7'], 3),
  named('vonage-api-secret', 'vonage_key', ['vonage', 'nexmo'], '[A-Za-z0-9]{16}', ['Ltm9dUhyWUVRZW8B', '0OJaKum76xlHSbKv'], 3.3),
];
