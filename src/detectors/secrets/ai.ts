/**
 * AI provider API keys: OpenAI, Anthropic, Groq, OpenRouter, Replicate, Hugging Face, Perplexity, NVIDIA,
 * LangSmith, Langfuse, Pinecone, ElevenLabs, DeepSeek, Cohere, Azure OpenAI, Private AI.
 * (AWS Bedrock keys live in aws.ts.)
 */
import { assignment, hasClasses, looksRandom } from '../../checksums/cloud-tokens.ts';
import type { Detector } from '../../engine/types.ts';
import { token } from './assignment.ts';

const mixedLetters = (v: string): boolean => hasClasses(v, { upper: true, lower: true });

export const detectors: Detector[] = [
  {
    id: 'secrets/ai/openai-project-key',
    category: 'secret',
    kind: 'openai_api_key',
    // `T3BlbkFJ` is base64 of "OpenAI": the structural marker between the two random halves.
    pattern: token('sk-proj-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}'),
    keywords: ['sk-proj-'],
    minEntropy: 4,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'my script fails with 401, key is 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',
        'OPENAI_API_KEY="sk-proj-Qk2wLx9RmT4vYp7NcZ3hJd8FgB6sKa1X_eU5oWi0TqLr2MnVbCyHz-T3BlbkFJ7aPd4QwEr9TyUi2OpAs5DfGh3JkLz8XcVbN1mQwErTyUiOp6AsDfGhJk"',
      ],
      noMatch: [
        'sk-proj-f5UKZNwZTgzRb8ZucIrNqTs9oT6D1DMRv0Zq3WY7G1J1OwPsXwgv6WFxEn8XrZu2vvosfG7abdcefghBYX7TPseHaYE6r3ljpCBur',
        'set OPENAI_API_KEY=sk-proj-... in your .env file',
      ],
    },
  },
  {
    id: 'secrets/ai/openai-service-account-key',
    category: 'secret',
    kind: 'openai_api_key',
    pattern: token('sk-svcacct-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}'),
    keywords: ['sk-svcacct-'],
    minEntropy: 4,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'the CI uses 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 for batch jobs',
        'client = OpenAI(api_key="sk-svcacct-9fLk2PqXr7TzWm4NvB8cYd1HsJ6gE3aU0oR5iKtQ_lMnZxVb-T3BlbkFJw2ErTyU8iOpLa3SdFgH4jKlZx7CvBnM9qWeRtYuI1oPaSdF")',
      ],
      noMatch: ['sk-svcacct-Y3Dwarw4xQTQzKEe7PR9qRhMjNzRf7SKZSDKVb2x2kRVIIWKaNwGu0e64HmEtWN2EABTPu1m0ugeWOg7GLqwSBIPt3oILT9RIK', 'rotate the sk-svcacct- keys monthly'],
    },
  },
  {
    id: 'secrets/ai/openai-admin-key',
    category: 'secret',
    kind: 'openai_admin_key',
    pattern: token('sk-admin-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}'),
    keywords: ['sk-admin-'],
    minEntropy: 4,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'admin key for usage API: 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',
        'OPENAI_ADMIN_KEY=sk-admin-pR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8gT3BlbkFJh1jK4lZ7xC0vB3nM6qW9eR2tY5uI8oP1aS4dF7gH0jK3lZ6xC9vB2nM5q',
      ],
      noMatch: ['sk-admin-WXiRI92CVCPMuRsF1maLucrPtZEViP91KeRFiME6Zuxk5Sb0IfSWJ9mdbzfK1n_jDwVEgbf55KuQdBN7VHik5qNvO8fy5lShwlQ', 'the sk-admin- prefix marks admin keys'],
    },
  },
  {
    id: 'secrets/ai/openai-legacy-key',
    category: 'secret',
    kind: 'openai_api_key',
    pattern: token('sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}'),
    keywords: ['t3blbkfj'],
    minEntropy: 3.5,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'old key still works? 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',
        'openai.api_key = "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"',
      ],
      noMatch: ['sk-NNksNDGZDioIewHj4WrRabcdefgh89NcXf8BlobesrjeZrHp', 'sk-NNksNDGZDioIewHj4WrRT3BlbkFJ89NcXf8Blobesrj'],
    },
  },
  {
    id: 'secrets/ai/anthropic-api-key',
    category: 'secret',
    kind: 'anthropic_api_key',
    pattern: token('sk-ant-api0[0-9]-[A-Za-z0-9_-]{93}AA'),
    keywords: ['sk-ant-api0'],
    minEntropy: 3.5,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'why does this return 401? ANTHROPIC_API_KEY=sk-ant-api03-WwyrDj_SF83ecdzH6kXVqAf0rHAcM-HqHyqsh812wBW-bcQTg6dHql-tABLrWzCZWl-u94mHSiU14oZPnoUjJGXwQQRw9AA',
        "client = anthropic.Anthropic(api_key='sk-ant-api03-z_4YzS6O8DpAFQ4lFFMTNp9E1HqNbYQV6X1X_Lngr-pzZoqZSJ0iHD9msRYZwAGPPBiURfi5v1P44OMlfpYoG8lsDZrvxAA')",
      ],
      noMatch: [
        'sk-ant-api03-WwyrDj_SF83ecdzH6kXVqAf0rHAcM-HqHyqsh812wBW-bcQTg6dHql-tABLrWzCZWl-u94mHSiU14oZPnoUjJGXwQQRw9BB',
        'sk-ant-api03-WwyrDj_SF83ecdzH6kXVqAf0rHAcM-HqHyqsh812wBW-bcQTAA',
      ],
    },
  },
  {
    id: 'secrets/ai/anthropic-admin-key',
    category: 'secret',
    kind: 'anthropic_admin_key',
    pattern: token('sk-ant-admin0[0-9]-[A-Za-z0-9_-]{93}AA'),
    keywords: ['sk-ant-admin0'],
    minEntropy: 3.5,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'admin API key: sk-ant-admin01-dlUW1cXYngpNpfeXKmZzatoTZVZGWw-9cLMIBZgFjT88NpmNitL1LP7KlzdoS_TkLhjXI7G873V3Zw-r9h9xVl62DmX-7AA',
        '"x-api-key": "sk-ant-admin01-CA4Hw0yGjClFjzVek2Mkj5rkTAZjY9g6YfGKPoQWoW5WjqFFn3SFEZxH7JtwREk3xldBrwRNYcAWs3T83ybHEpyOGl-m0AA"',
      ],
      noMatch: [
        'sk-ant-admin01-dlUW1cXYngpNpfeXKmZzatoTZVZGWw-9cLMIBZgFjT88NpmNitL1LP7KlzdoS_TkLhjXI7G873V3Zw-r9h9xVl62DmX-7BB',
        'keys that start with sk-ant-admin01- can manage the org',
      ],
    },
  },
  {
    id: 'secrets/ai/groq-api-key',
    category: 'secret',
    kind: 'groq_api_key',
    pattern: /(?<![A-Za-z0-9_-])(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_-])/g,
    keywords: ['gsk_'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: ['GROQ_API_KEY=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', 'Groq(api_key="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")'],
      noMatch: ['gsk_a7Tmp1XcOjy7E7JiT1a3R3kVmRqEeAk8KXldTQZrPSPMwFUn3D5iWXYZ', 'wordgsk_a7Tmp1XcOjy7E7JiT1a3R3kVmRqEeAk8KXldTQZrPSPMwFUn3D5i'],
    },
  },
  {
    id: 'secrets/ai/openrouter-api-key',
    category: 'secret',
    kind: 'openrouter_api_key',
    pattern: /(?<![A-Za-z0-9_-])(sk-or-v1-[0-9a-f]{64})(?![A-Za-z0-9_-])/g,
    keywords: ['sk-or-v1-'],
    minEntropy: 3,
    confidence: { base: 0.97 },
    examples: {
      match: ['OPENROUTER_API_KEY=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', 'headers = {"Authorization": "Bearer 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"}'],
      noMatch: ['sk-or-v1-af1638923341af9f85dacf8281344fe350ce487ff0073b3f371ff2b2cad788', 'sk-or-v1-zz1638923341af9f85dacf8281344fe350ce487ff0073b3f371ff2b2cad78803'],
    },
  },
  {
    id: 'secrets/ai/replicate-api-token',
    category: 'secret',
    kind: 'replicate_api_token',
    pattern: /(?<![A-Za-z0-9_-])(r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_-])/g,
    keywords: ['r8_'],
    minEntropy: 3.5,
    validate: looksRandom,
    confidence: { base: 0.9 },
    examples: {
      match: ['export REPLICATE_API_TOKEN=r8_cGK0thpjuJ1OAGCdF0SNGDfSnvPic8P51pKb7', 'replicate.Client(api_token="r8_Vq8Lm2Xp5Zr9Tw3Nc7Hb0Jd4Fg6Ks1AeQy8Uo")'],
      noMatch: ['r8_cGK0thpjuJ1OAGCdF0SNGDfSnvPic8P51pKb7abc', 'the r8_ prefix means Replicate'],
    },
  },
  {
    id: 'secrets/ai/huggingface-token',
    category: 'secret',
    kind: 'huggingface_token',
    pattern: /(?<![A-Za-z0-9_-])(hf_[A-Za-z]{34})(?![A-Za-z0-9_-])/g,
    keywords: ['hf_'],
    minEntropy: 3.5,
    validate: (v) => mixedLetters(v.slice(3)),
    confidence: { base: 0.95 },
    examples: {
      match: ['huggingface-cli login --token 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', 'HF_TOKEN="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"'],
      noMatch: ['- (id)hf_requiredCharacteristicTypesForDisplayMetadata;', 'hf_mYSexrQmUYthgAczo1vGmiiGSVQhdVugFk and hf_abc'],
    },
  },
  {
    id: 'secrets/ai/huggingface-org-token',
    category: 'secret',
    kind: 'huggingface_token',
    pattern: /(?<![A-Za-z0-9_-])(api_org_[A-Za-z]{34})(?![A-Za-z0-9_-])/g,
    keywords: ['api_org_'],
    minEntropy: 3.5,
    validate: (v) => mixedLetters(v.slice(8)),
    confidence: { base: 0.95 },
    examples: {
      match: ['old org token 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 still in the notebook', 'token = `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`'],
      noMatch: ["const api_org_controller = require('./controllers');", 'def _api_org_96726c78_4ae3_402f_b08b_7a78c6903d2a(self):'],
    },
  },
  {
    id: 'secrets/ai/perplexity-api-key',
    category: 'secret',
    kind: 'perplexity_api_key',
    pattern: /(?<![A-Za-z0-9_-])(pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g,
    keywords: ['pplx-'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: ['PERPLEXITY_API_KEY=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', "perplexityToken = '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'"],
      noMatch: ['pplx-4QI04J74nqAXllxV0qeDbW8G0v1i9vClMslybpg', 'model pplx-70b-online is great'],
    },
  },
  {
    id: 'secrets/ai/nvidia-api-key',
    category: 'secret',
    kind: 'nvidia_api_key',
    pattern: /(?<![A-Za-z0-9_-])(nvapi-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/g,
    keywords: ['nvapi-'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: ['NVIDIA_API_KEY=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', 'client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="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")'],
      noMatch: ['nvapi-RluTYKD3HJ3vJVAsLf9PunlCmjzNKZNN', 'see nvapi-docs for details'],
    },
  },
  {
    id: 'secrets/ai/langsmith-api-key',
    category: 'secret',
    kind: 'langsmith_api_key',
    pattern: /(?<![A-Za-z0-9_-])(lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10})(?![A-Za-z0-9_-])/g,
    keywords: ['lsv2_pt_', 'lsv2_sk_'],
    minEntropy: 3,
    confidence: { base: 0.97 },
    examples: {
      match: ['LANGCHAIN_API_KEY=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', 'LANGSMITH_API_KEY="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"'],
      noMatch: ['lsv2_pt_48a8a99ead0e8ac49f7f7b30d812141a_798c3a', 'lsv2_xx_48a8a99ead0e8ac49f7f7b30d812141a_798c3a1079'],
    },
  },
  {
    id: 'secrets/ai/langfuse-secret-key',
    category: 'secret',
    kind: 'langfuse_secret_key',
    pattern: /(?<![A-Za-z0-9_-])(sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/g,
    keywords: ['sk-lf-'],
    confidence: { base: 0.95 },
    examples: {
      match: ['LANGFUSE_SECRET_KEY=sk-lf-d8a2950d-8279-4339-af36-a6c657b4f2b1', 'Langfuse(public_key="pk-lf-3e1a7c9b-2d4f-4a6e-8c0b-1d3f5e7a9c2b", secret_key="sk-lf-7b9d1f3a-5c7e-4b9d-a1f3-5c7e9b1d3f5a")'],
      noMatch: ['LANGFUSE_PUBLIC_KEY=pk-lf-d8a2950d-8279-4339-af36-a6c657b4f2b1', 'sk-lf-d8a2950d-8279-4339-af36'],
    },
  },
  {
    id: 'secrets/ai/pinecone-api-key',
    category: 'secret',
    kind: 'pinecone_api_key',
    pattern: /(?<![A-Za-z0-9_-])(pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63})(?![A-Za-z0-9_-])/g,
    keywords: ['pcsk_'],
    minEntropy: 3.5,
    confidence: { base: 0.97 },
    examples: {
      match: ['pc = Pinecone(api_key="pcsk_8ULL2_YrCFaQCAUnbX0jKTuBSK2p7NL7zomeZEiMEGE5uaICPrUgw6x83ZMsxaMqvSR4s")', 'PINECONE_API_KEY=pcsk_vS2bn_c7z8kvBfhCT4skBdVOkk9CAniaaBPU3tYlvQEAA9f1pMUxnrfACsIx5SQwYFyXD'],
      noMatch: ['pcsk_8ULL2_YrCFaQCAUnbX0jKTuBSK2p7NL7zomeZEiMEGE5uaICPr', 'pcsk_ keys replace the old UUID keys'],
    },
  },
  {
    id: 'secrets/ai/elevenlabs-api-key',
    category: 'secret',
    kind: 'elevenlabs_api_key',
    pattern: /(?<![A-Za-z0-9_-])(sk_[0-9a-f]{48})(?![A-Za-z0-9_-])/g,
    keywords: ['sk_'],
    minEntropy: 3,
    confidence: { base: 0.85 },
    examples: {
      match: ['ELEVENLABS_API_KEY=sk_86be3f26ee6bb069a122a261668eaf1ac0ed072da62babcf', 'headers={"xi-api-key": "sk_2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e2b4d6f8a0c1e3b5d7f"}'],
      noMatch: ['sk_86be3f26ee6bb069a122a261668eaf1ac0ed072da62bab', 'sk_live_86be3f26ee6bb069a122a261668eaf1ac0ed072da62babcf'],
    },
  },
  {
    id: 'secrets/ai/elevenlabs-legacy-key',
    category: 'secret',
    kind: 'elevenlabs_api_key',
    pattern: assignment('xi[_-]?api[_-]?key|eleven[_-]?labs[_-]?(?:api[_-]?)?key', '[0-9a-f]{32}'),
    keywords: ['xi-api-key', 'xi_api_key', 'elevenlabs', 'eleven_labs'],
    minEntropy: 3,
    confidence: { base: 0.85 },
    examples: {
      match: ['headers = {"xi-api-key": "6975a2d858ad35766ccf58e999e6eb61"}', 'ELEVENLABS_API_KEY=1f3b5d7e9a2c4e6a8b0d1f3e5a7c9b2d'],
      noMatch: ['headers = {"xi-api-key": "6975a2d858ad35766ccf58e999e6eb"}', 'my elevenlabs voice id is 21m00Tcm4TlvDq8ikWAM'],
    },
  },
  {
    id: 'secrets/ai/deepseek-api-key',
    category: 'secret',
    kind: 'deepseek_api_key',
    pattern: /(?<![A-Za-z0-9_-])(sk-[0-9a-f]{32})(?![A-Za-z0-9_-])/g,
    keywords: ['deepseek'],
    minEntropy: 3,
    context: { words: ['deepseek', 'deepseek_api_key', 'api.deepseek.com'], required: true, before: 120, after: 80 },
    confidence: { base: 0.8, withContext: 0.9 },
    examples: {
      match: ['DEEPSEEK_API_KEY=sk-01852dc5cecfef22b3ac24f2aaa13f50', 'client = OpenAI(api_key="sk-7a9c1e3b5d2f4a6c8e0b9d1f3a5c7e2b", base_url="https://api.deepseek.com")'],
      noMatch: ['deepseek says hi; my key is sk-01852dc5cecfef22b3ac24f2aaa13f', 'sk-01852dc5cecfef22b3ac24f2aaa13f50 for the other provider'],
    },
  },
  {
    id: 'secrets/ai/cohere-api-key',
    category: 'secret',
    kind: 'cohere_api_key',
    pattern: /(?<![A-Za-z0-9_-])([A-Za-z0-9]{40})(?![A-Za-z0-9_-])/g,
    keywords: ['cohere', 'co_api_key'],
    minEntropy: 4,
    validate: looksRandom,
    context: { words: ['cohere', 'co_api_key', 'cohere_api_key', 'cohereapikey'], required: true, before: 60, after: 30 },
    confidence: { base: 0.8, withContext: 0.85 },
    examples: {
      match: ['co = cohere.Client("bQ86ibwnMI8nAWLygX9Ouft9UmDL1PTAXAWT19z9")', 'CO_API_KEY=Lp4Xq9Zr2Tw7Vn1Mc5Hb8Jd3Fg6Ks0AeQy4Uo9Ii'],
      noMatch: ['cohere commit 5e1b3d7f9a2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c', 'CO_API_KEY=bQ86ibwnMI8nAWLygX9Ouft9UmDL1PTAXA'],
    },
  },
  {
    id: 'secrets/ai/azure-openai-key',
    category: 'secret',
    kind: 'azure_openai_key',
    pattern: /(?<![A-Za-z0-9_-])([0-9a-f]{32})(?![A-Za-z0-9_-])/g,
    keywords: ['openai.azure.com', 'azure_openai', 'azureopenai', 'azure openai'],
    minEntropy: 3,
    context: { words: ['openai.azure.com', 'azure_openai_api_key', 'azure_openai_key', 'azureopenai', 'azure openai', 'azure_openai'], required: true, before: 200, after: 200 },
    confidence: { base: 0.85 },
    examples: {
      match: [
        'AZURE_OPENAI_ENDPOINT=https://contoso-ai.openai.azure.com/\nAZURE_OPENAI_API_KEY=ec6d55480d0b5819f9f6b954457da43a',
        'client = AzureOpenAI(api_key="4b6d8f0a2c1e3b5d7f9a8c6e4b2d0f1a", azure_endpoint="https://acme.openai.azure.com")',
      ],
      noMatch: ['AZURE_OPENAI_API_KEY=ec6d55480d0b5819f9f6b954457da4', 'md5 ec6d55480d0b5819f9f6b954457da43a of the file'],
    },
  },
  {
    id: 'secrets/ai/private-ai-api-key',
    category: 'secret',
    kind: 'private_ai_api_key',
    pattern: assignment('private[_-]?ai', '[A-Za-z0-9]{32}'),
    keywords: ['private_ai', 'privateai', 'private-ai'],
    minEntropy: 3.5,
    validate: looksRandom,
    confidence: { base: 0.85 },
    examples: {
      match: ['PRIVATE_AI_API_KEY=bOQH9yxEugDjFOLnaRn5CWmIYEYikWVd', 'const privateaiToken = "Zr8Lq2Wm5Xt9Vn3Mc7Hb1Jd4Fg6Ks0Ae";'],
      noMatch: ['const privateaiToken = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";', 'PRIVATE_AI_URL=https://api.private-ai.com/community/v4'],
    },
  },
];
