import type { Detector } from '../../engine/types.ts';
import { assigned, mixed } from './assignment.ts';

const FB_PAGE_1 =
  'EAAMC6apOpX19BCkDEkvzkYjQGTEKvBGWs1Mfy4Yg11L9jmH2qsIN3QGqiaRBaeANjV1POMOXmvhBdOQYVZm8sfuzUtyhrEDIsrWNJRrzwwSn6ivHLLn68YEi2ztrtbjjuAA96zyaMsiOkTksMM0SDRGiA';
const FB_PAGE_2 =
  'EAAC1Bq0rgtyhuA6gt3bDVrQAs5EikFCYToFWdBSfA6YaryhNW819jEzAJZ1Vt7oZIzFyGTtBSfRUMJaC3plAzmpyAJRqAaZ2QKiRMDZCQLYbDM76TNBDAAZU2O2yYmZa7TelH3wCrYOGNFtU9R1JTHhp8';

export const detectors: Detector[] = [
  {
    id: 'secrets/social/mapbox-secret-token',
    category: 'secret',
    kind: 'mapbox_token',
    // sk. + base64url JSON {"u":user,"a":id} + '.' + 22-char signature.
    pattern: /(?<![A-Za-z0-9_.-])sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])/g,
    keywords: ['sk.eyj'],
    minEntropy: 3.5,
    confidence: { base: 0.97 },
    examples: {
      match: ['MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1IjoiYWNtZW9wcyIsImEiOiJjbHg3cTJrOW0wMDAxIn0.uM5MnpL2jvh0TQSk0wNX8p', 'mapboxgl secret sk.eyJ1IjoiYWNtZW9wcyIsImEiOiJjbHg3cTJrOW0wMDAxIn0.q44x8X5HbfUdYltIpSRhpM'],
      noMatch: ['sk.eyJ1IjoiYWNtZW9wcyIsImEiOiJjbHg3cTJrOW0wMDAxIn0 (no signature)', 'ask.eyJ1IjoiYWNtZW9wcyIsImEiOiJjbHg3cTJrOW0wMDAxIn0.uM5MnpL2jvh0TQSk0wNX8p'],
    },
  },
  {
    id: 'secrets/social/mapbox-public-token',
    category: 'secret',
    kind: 'mapbox_token',
    // Public (pk.) tokens are meant for browsers; still worth flagging at a low confidence.
    pattern: /(?<![A-Za-z0-9_.-])pk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])/g,
    keywords: ['pk.eyj'],
    minEntropy: 3.5,
    confidence: { base: 0.6 },
    examples: {
      match: ["mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZW9wcyIsImEiOiJjbHg3cTJrOW0wMDAxIn0.uM5MnpL2jvh0TQSk0wNX8p';", 'MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZW9wcyIsImEiOiJjbHg3cTJrOW0wMDAxIn0.q44x8X5HbfUdYltIpSRhpM'],
      noMatch: ['pk.eyJ1IjoiYWNtZW9wcyIsImEiOiJjbHg3cTJrOW0wMDAxIn0', 'pk.eyJ is how public tokens start'],
    },
  },
  {
    id: 'secrets/social/twitter-bearer-token',
    category: 'secret',
    kind: 'twitter_token',
    pattern: /(?<![A-Za-z0-9_-])A{20}[A-Za-z0-9%]{80,120}(?![A-Za-z0-9_%-])/g,
    keywords: ['aaaaaaaaaaaaaaaaaaaa'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: [
        'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAATCbKv6ZLCCoBMjuJerhbtFTD7OPUg5PN513mHS0F463RR157eCYxo3J0oagGwmL7doFLku3UTVmgcSx3QdACJlWA7J',
        'Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAknyLfNY6T726YKauwpfNNUpSk8Ahl7m7iiXP6QK2Qpm5pcwartTHOnJ8E4vm922Vu7zt5gm4qtuGGWVO503bfnuUmy',
      ],
      noMatch: ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAAAAAAATCbKv6ZLCCoBMjuJerhbt truncated'],
    },
  },
  {
    id: 'secrets/social/twitter-api-secret',
    category: 'secret',
    kind: 'twitter_token',
    // API key (25), API secret (50) or access token (<user id>-<40>) under a twitter key name.
    pattern: assigned(['twitter', 'tweepy'], '[0-9]{10,25}-[A-Za-z0-9]{20,50}|[A-Za-z0-9]{50}|[A-Za-z0-9]{25}'),
    keywords: ['twitter', 'tweepy'],
    minEntropy: 3.5,
    validate: mixed,
    confidence: { base: 0.85 },
    examples: {
      match: ['TWITTER_API_SECRET=LN18dviZCXvnWIzAdUv0bsYrmZFju46bie6plcPcO1KG4JuWms', "twitter_consumer_key: 'wYPxVk4FGg82GI854O7g5BYjK'"],
      noMatch: ['twitter handle wYPxVk4FGg82GI854O7g5BYjK', 'TWITTER_USERNAME=acmecorporationofficial'],
    },
  },
  {
    id: 'secrets/social/facebook-page-access-token',
    category: 'secret',
    kind: 'facebook_token',
    pattern: /(?<![A-Za-z0-9_+/-])EAA[B-Z][A-Za-z0-9]{90,}(?![A-Za-z0-9_-])/g,
    keywords: ['eaa'],
    minEntropy: 4,
    confidence: { base: 0.95 },
    examples: {
      match: [`FACEBOOK_TOKEN="${FB_PAGE_1}"`, `graph.facebook.com/me/feed?access_token=${FB_PAGE_2}`],
      noMatch: ['eaaaC0b75a9329fded2ffa9a02b47e0117831b82', '  checksum: eaac4cf978b6fbd480f1092cab8b233c9b949bcabfc9b598dd79a758f7243c28765ef7639c876fa72940dac687181b35486ea01ff7df3e65ce3848c64822c581'],
    },
  },
  {
    id: 'secrets/social/facebook-app-access-token',
    category: 'secret',
    kind: 'facebook_token',
    // <app id>|<app secret-derived token>, also URL-encoded as %7C.
    pattern: /(?<![A-Za-z0-9_])[0-9]{15,16}(?:\||%7C)[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/g,
    keywords: [...'0123456789'].flatMap((d) => [`${d}|`, `${d}%7c`]),
    minEntropy: 3.5,
    confidence: { base: 0.9 },
    examples: {
      match: ['{"access_token":"547348821724836|rM2Ouay_MNX9Enq2sLURpJP-fRE","token_type":"bearer"}', 'https://graph.facebook.com/debug_token?access_token=949844975872306%7C5j6Log_6XmCvy9Us3js7poNcQBa'],
      noMatch: ['| 547348821724836 | rM2Ouay_MNX9Enq2sLURpJP-fRE |', '547348821724836|short'],
    },
  },
  {
    id: 'secrets/social/facebook-app-secret',
    category: 'secret',
    kind: 'facebook_secret',
    pattern: assigned(['facebook', 'fb_app', 'fb_secret', 'fb_client'], '[a-f0-9]{32}'),
    keywords: ['facebook', 'fb_app', 'fb_secret', 'fb_client'],
    minEntropy: 3,
    confidence: { base: 0.9 },
    examples: {
      match: ['facebook_app_secret = "7eca5786223207587f016a8d84cfed99"', 'FB_APP_SECRET=9fd5217517c00ecea9c151636883e56e'],
      noMatch: ['facebook pixel 7eca5786223207587f016a8d84cfed99 fired', 'FACEBOOK_APP_ID=547348821724836'],
    },
  },
  {
    id: 'secrets/social/instagram-access-token',
    category: 'secret',
    kind: 'instagram_token',
    pattern: /(?<![A-Za-z0-9_-])IGQV[A-Za-z0-9_-]{100,}(?![A-Za-z0-9_-])/g,
    keywords: ['igqv'],
    minEntropy: 4,
    confidence: { base: 0.93 },
    examples: {
      match: ['INSTAGRAM_TOKEN=IGQVJepGXmXs2DVybpKJ9Zavd7MHH5ivNf0ZDJafVi-lhI9nns7ttkLj0xBEgylI9KjLuMFWMY4g3ded4VXnekZZ6Ahx7GDc5PfrLZ7HZ2wRJgZP2855V0-ovWN-W', 'access_token=IGQVJC6apOpX19BCkDEkvzkYjQGTEKvBGWs1Mfy4Yg11L9jmH2qsIN3QGqiaRBaeANjV1POMOXmvhBdOQYVZm8sfuzUtyhrEDIsrWNJRrzwwSn6ivHLLn68YEi2ztrtbjjuAA96'],
      noMatch: ['IGQVJepGXmXs2DVybpKJ9Zavd7MHH5iv truncated', 'the IGQV prefix marks Instagram tokens'],
    },
  },
  {
    id: 'secrets/social/salesforce-access-token',
    category: 'secret',
    kind: 'salesforce_token',
    // <org id 00D…>!<session token>
    pattern: /(?<![A-Za-z0-9_])00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{80,120}(?![A-Za-z0-9_.])/g,
    keywords: ['00d'],
    minEntropy: 4,
    confidence: { base: 0.95 },
    examples: {
      match: ['SF_ACCESS_TOKEN=00D5g000004VYqF!lo4sa5o8pgLwWoQOf9nbH5GbZuMZySsvBOeLFt0zmyJS9UsxUokQMhRaTAcrFkH186ZY72HEF0l3kAtyBeQWKqYt098VLehh', 'Authorization: Bearer 00DwIb78Nnidsc3!uwkFZBr1RSkH5TuPrC7Y2W2Vz6YqYmsXRbcPhZ0l3rQk5LApxprBlEvGPWa5S35peqY8GzLwvm7TtsPuCWaweM2JbtUI6U6D'],
      noMatch: ['00D5g000004VYqF is our org id', '00D5g000004VYqF!short'],
    },
  },
  {
    id: 'secrets/social/linkedin-client-secret',
    category: 'secret',
    kind: 'linkedin_secret',
    pattern: assigned(['linkedin'], 'WPL_AP[0-9]\\.[A-Za-z0-9]{16}\\.[A-Za-z0-9=]{8,60}|[A-Za-z0-9]{16}'),
    keywords: ['linkedin'],
    minEntropy: 3.3,
    validate: mixed,
    confidence: { base: 0.85 },
    examples: {
      match: ['LINKEDIN_CLIENT_SECRET=GDhZ7I0DvGDk8PgC', "linkedin_secret: 'WPL_AP1.Cwq93ObyQGG78hsg.VYqFhti4vs5RwIb78N=='"],
      noMatch: ['linkedin profile GDhZ7I0DvGDk8PgC', 'LINKEDIN_CLIENT_ID=acmecorporation'],
    },
  },
  {
    id: 'secrets/social/etsy-access-token',
    category: 'secret',
    kind: 'etsy_token',
    pattern: assigned(['etsy'], '[a-z0-9]{24}'),
    keywords: ['etsy'],
    minEntropy: 3.5,
    validate: mixed,
    confidence: { base: 0.85 },
    examples: {
      match: ['ETSY_API_KEY=uv208md7m1qc9v4gesodcfiy', "etsy_token: 'r4m22rjmbnzz64k72nl7n1xv'"],
      noMatch: ['\tif err := sysctl.SetSysctl(sysctlBridgeCallIPTables); err != nil {', 'etsy listing uv208md7m1qc9v4gesodcfiy'],
    },
  },
  {
    id: 'secrets/social/twitch-token',
    category: 'secret',
    kind: 'twitch_token',
    pattern: assigned(['twitch'], '(?:oauth:)?[a-z0-9]{30}'),
    keywords: ['twitch'],
    minEntropy: 3.5,
    validate: mixed,
    confidence: { base: 0.85 },
    examples: {
      match: ['TWITCH_CLIENT_SECRET=ibbjsjhe9sxj2ilf8vbzns406nb92c', "twitch_token: 'oauth:epsas4zwaudjk18ua0e2lhe6e5rxsw'"],
      noMatch: ['twitch stream ibbjsjhe9sxj2ilf8vbzns406nb92c', 'TWITCH_CHANNEL=acmeofficialgamingchannel'],
    },
  },
  {
    id: 'secrets/social/pinterest-token',
    category: 'secret',
    kind: 'pinterest_token',
    pattern: /(?<![A-Za-z0-9_-])pina_[A-Za-z0-9]{32,200}(?![A-Za-z0-9_-])/g,
    keywords: ['pina_'],
    minEntropy: 3.5,
    confidence: { base: 0.9 },
    examples: {
      match: ['PINTEREST_TOKEN=pina_lYExkKjPCpfrB8QYoFcygdLGt9Y9yMOu5HQHZlvGLyDGM2TJHV5iW86FADD4', 'Authorization: Bearer pina_2F7VG08wwXD0bQ54mhPkkzAvah3AwnKiuarHdQNKkOYrOatKqnQDVGaVzTKO'],
      noMatch: ['pina_colada recipe', 'pina_lYExkKjPCpfrB8QYo'],
    },
  },
];
