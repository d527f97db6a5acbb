/**
 * Microsoft Azure: Entra ID client secrets, storage account keys / connection strings / SAS signatures,
 * Cosmos DB, Container Registry, App Configuration, Batch, Functions, DevOps PATs, Redis.
 */
import { assignment, looksRandom } from '../../checksums/cloud-tokens.ts';
import type { Detector } from '../../engine/types.ts';

/** 64 random bytes in base64: the shape of storage, Cosmos DB and Batch account keys. */
const KEY88 = '[A-Za-z0-9+/]{86}==';
const B64S = '(?<![A-Za-z0-9+/])';
const B64E = '(?![A-Za-z0-9+/=])';

/** A SAS `sig` is an HMAC-SHA256 (32 bytes): 44 base64 chars, percent-encoded in URLs. */
function sasSignatureValid(sig: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sig);
  } catch {
    return false;
  }
  return /^[A-Za-z0-9+/]{43}=$/.test(decoded);
}

export const detectors: Detector[] = [
  {
    id: 'secrets/azure/entra-client-secret',
    category: 'secret',
    kind: 'azure_client_secret',
    // 3 chars + a digit + `Q~` + 31-34 chars (the digit and `Q~` mark Entra ID generated secrets).
    pattern: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
    keywords: ['q~'],
    minEntropy: 3.5,
    confidence: { base: 0.95 },
    examples: {
      match: ['AZURE_CLIENT_SECRET=L9M8Q~bRhqAka3IV_N87ckVUQnSVIn~gT_ED1ZuL', 'The app registration secret is Taz8Q~0cU4YZAK~KeWyVFBxXyuSp-1f4R_rF17zm, please rotate it'],
      noMatch: ['~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', 'client_secret=L9M8Q~bRhqAka3IV_N87ckVUQnSVIn~gT_ED1ZuLgT_ED1ZuL'],
    },
  },
  {
    id: 'secrets/azure/client-secret-assignment',
    category: 'secret',
    kind: 'azure_client_secret',
    // Older 32-44 char client secrets, only under an Azure client-secret variable name.
    pattern: assignment('az(?:ure)?[_.-]?client[_.-]?secret|arm[_.-]?client[_.-]?secret', '[A-Za-z0-9_~.+/=-]{32,44}', '(?![A-Za-z0-9_~.+/=-])'),
    keywords: ['clientsecret', 'client_secret', 'client-secret', 'client.secret'],
    minEntropy: 3.8,
    validate: (v) => looksRandom(v.replace(/[^A-Za-z0-9]/g, '')),
    confidence: { base: 0.9 },
    examples: {
      match: ['var azureClientSecret := "DzHapsxJMPGkf3EMmWNyZ5oStkJc14KfkQmKlnQk"', 'ARM_CLIENT_SECRET=FHMWRQwGmzKPk5N4QLCDeHJikICMsXxcM44ni1aK'],
      noMatch: ['AZURE_CLIENT_SECRET=${{ secrets.AZURE_CLIENT_SECRET }}', 'azure_client_secret = "short-secret"'],
    },
  },
  {
    id: 'secrets/azure/tenant-or-client-id',
    category: 'secret',
    kind: 'azure_identifier',
    // Not a secret alone, but the other two thirds of a service-principal login; weak finding.
    pattern: assignment('(?:az(?:ure)?|ad|arm)[_.-]?(?:tenant|client|subscription)[_.-]?id', '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
    keywords: ['tenant_id', 'tenantid', 'client_id', 'clientid', 'subscription_id', 'subscriptionid', 'tenant-id', 'client-id'],
    confidence: { base: 0.5 },
    examples: {
      match: ['ad_tenant_id: "3c7e9a1b-5d2f-4e6a-8c0b-9d1f3e5a7c2b"', 'AZURE_CLIENT_ID=daabb40c-cfe2-4f5e-86bd-515aa031fea2'],
      noMatch: ['client_id=daabb40c-cfe2-4f5e-86bd-515aa031fea2', 'AZURE_TENANT_ID=<your tenant id>'],
    },
  },
  {
    id: 'secrets/azure/storage-connection-string',
    category: 'secret',
    kind: 'azure_storage_key',
    pattern: new RegExp(`AccountKey=(${KEY88})${B64E}`, 'gi'),
    keywords: ['accountkey='],
    minEntropy: 4.5,
    confidence: { base: 0.98 },
    examples: {
      match: [
        'DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=IY475+eMAo/CD+JPezN7c+FlRHDm71iMChlXpllIhQ8fOHLK5tjFzZlGvwTAwY4zDpZDs4det72DswVOECC6jz==;EndpointSuffix=core.windows.net',
        'conn = "AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=uAzoP/5wNn+qzIcE+S029cRq3j9y2k4s0vDQeDPVL3K2TpTA6cD87vQmi86JVSZLUm8smBejcqstPgddOGy/qP==;"',
      ],
      noMatch: ['DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<account-key>', 'AccountKey=IY475+eMAo/CD+JPezN7c+FlRHDm71iMChlXpllIhQ8fO=='],
    },
  },
  {
    id: 'secrets/azure/storage-account-key',
    category: 'secret',
    kind: 'azure_storage_key',
    pattern: new RegExp(`${B64S}(${KEY88})${B64E}`, 'g'),
    keywords: ['storage', 'blob.core.windows.net', 'account_key', 'accountkey', 'account-key'],
    minEntropy: 4.5,
    context: {
      words: ['azure_storage_key', 'storage_account_key', 'azure_storage_account_key', 'account_key', 'account-key', 'accountkey', 'storage key', 'storage account', 'blob.core.windows.net', 'azurestoragekey', 'storagekey'],
      required: true,
      before: 80,
    },
    confidence: { base: 0.9 },
    examples: {
      match: [
        'AZURE_STORAGE_KEY=IY475+eMAo/CD+JPezN7c+FlRHDm71iMChlXpllIhQ8fOHLK5tjFzZlGvwTAwY4zDpZDs4det72DswVOECC6jz==',
        'az storage blob list --account-name acmelogs --account-key uAzoP/5wNn+qzIcE+S029cRq3j9y2k4s0vDQeDPVL3K2TpTA6cD87vQmi86JVSZLUm8smBejcqstPgddOGy/qP==',
      ],
      noMatch: ['storage hash: IY475+eMAo/CD+JPezN7c+FlRHDm71iMChlXpllIhQ8fOHLK5tjFzZlGvwTAwY4zDpZDs4det72DswVOECC6jz==', 'AZURE_STORAGE_KEY=IY475+eMAo/CD+JPezN7c+FlRHDm71iMChlXp=='],
    },
  },
  {
    id: 'secrets/azure/sas-signature',
    category: 'secret',
    kind: 'azure_sas_token',
    pattern: /[?&]sig=([A-Za-z0-9%+/]{43,80}(?:=|%3D|%3d)?)(?![A-Za-z0-9%+/=])/g,
    keywords: ['sig='],
    validate: sasSignatureValid,
    context: { words: ['sv', 'se', 'sp', 'sr', 'srt', 'ss', 'spr', 'skoid', 'windows.net'], required: true, before: 400, after: 200 },
    confidence: { base: 0.9 },
    examples: {
      match: [
        'https://acmelogs.blob.core.windows.net/exports/report.csv?sp=r&st=2026-01-05T09:00:00Z&se=2026-01-06T17:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=36fqrRTDrujeUsf7cp7unw8FuJsmkU92RH%2BBjPRCRYk%3D',
        'SAS token: sv=2021-08-06&ss=b&srt=sco&sp=rwdlac&se=2026-12-31T00:00:00Z&sig=05x5PO%2F6ktht6l%2BF25K8gK0ycTZ0TTmPA%2FW9AI0lUQk%3D',
      ],
      noMatch: ['https://acme.blob.core.windows.net/c/f?sv=2022-11-02&sig=<signature>', 'https://example.org/api?page=2&sig=36fqrRTDrujeUsf7cp7unw8FuJsm'],
    },
  },
  {
    id: 'secrets/azure/cosmos-db-key',
    category: 'secret',
    kind: 'azure_cosmos_key',
    pattern: new RegExp(`${B64S}(${KEY88})${B64E}`, 'g'),
    keywords: ['documents.azure.com', 'cosmos'],
    minEntropy: 4.5,
    context: { words: ['documents.azure.com', 'cosmos', 'cosmosdb', 'cosmos_key', 'cosmos_db_key', 'azure_cosmos_key'], required: true, before: 300, after: 300 },
    confidence: { base: 0.9 },
    examples: {
      match: [
        'COSMOS_ENDPOINT=https://acme.documents.azure.com:443/\nCOSMOS_KEY=eXDTyP6kUTr1SbQ1KwHDeZGfKLxObaNWQLEkAVc5PIwV6zBX7grg9JVRsNl3LpFCvTa7Twost1VTS14pJrICkd==',
        'new CosmosClient("https://orders.documents.azure.com:443/", "/mbkEYtG9WyNBiCGKCux5BR+yhM8gullMQ3o3ZOCma7uMUUHKo49WihBGznAazRcjdt5rj5ZT9QkmFRagFk9Rd==")',
      ],
      noMatch: ['COSMOS_KEY=eXDTyP6kUTr1SbQ1KwHDeZGfKLxObaNWQLEkAVc5PIwV6zBX==', 'cosmos is the universe; hash eXDTyP6kUTr1SbQ1KwHDeZGfKLxObaNWQLEkAVc5PIwV6zBX7grg9JVRsNl3Lp'],
    },
  },
  {
    id: 'secrets/azure/container-registry-password',
    category: 'secret',
    kind: 'azure_container_registry_password',
    // Identifiable key: 42 base64 chars, the `+ACR` signature, then 6 more.
    pattern: new RegExp(`${B64S}([A-Za-z0-9+/]{42}\\+ACR[A-Za-z0-9+/]{6})${B64E}`, 'g'),
    keywords: ['+acr'],
    minEntropy: 4,
    confidence: { base: 0.97 },
    examples: {
      match: ['docker login acme.azurecr.io -u acme -p IZdiugQ8peS+JtVPrewh2d6FienFjTL3GI9xbf4AXE+ACRw81+HX', 'ACR_PASSWORD="2mo0L8dMW5z0keiuPRNbp1nMouO7hQTMdqoLmEHHAX+ACRONrDn4"'],
      noMatch: ['IZdiugQ8peS+JtVPrewh2d6FienFjTL3GI9xbf4AXE+ACRw81+HXtoolong', 'the password ends with +ACR plus six chars'],
    },
  },
  {
    id: 'secrets/azure/app-configuration-connection-string',
    category: 'secret',
    kind: 'azure_app_configuration_secret',
    pattern: /Endpoint=https:\/\/[A-Za-z0-9-]{1,63}\.azconfig\.io;Id=[A-Za-z0-9+/=:-]{1,80};Secret=([A-Za-z0-9+/]{40,60}={0,2})(?![A-Za-z0-9+/=])/gi,
    keywords: ['azconfig.io'],
    minEntropy: 4,
    confidence: { base: 0.97 },
    examples: {
      match: [
        'APP_CONFIG=Endpoint=https://acme-config.azconfig.io;Id=Zx8q-l0-s0:Ab12Cd34Ef56Gh78Ij90;Secret=+BGrDMvbye1oG6i03bXKGpAPvjMOH/fJQtxiVC50ERVH',
        '"Endpoint=https://prod.azconfig.io;Id=K9p2-l1-s0:Qw34Er56Ty78;Secret=qKk9okwKytdJAPt4mRLUA9l3MjOvIXNdQVcfTm+o7uGU="',
      ],
      noMatch: ['Endpoint=https://acme-config.azconfig.io;Id=abc;Secret=<secret>', 'see https://acme-config.azconfig.io for settings'],
    },
  },
  {
    id: 'secrets/azure/batch-account-key',
    category: 'secret',
    kind: 'azure_batch_key',
    pattern: new RegExp(`${B64S}(${KEY88})${B64E}`, 'g'),
    keywords: ['batch.azure.com'],
    minEntropy: 4.5,
    context: { words: ['batch.azure.com'], required: true, before: 300, after: 300 },
    confidence: { base: 0.9 },
    examples: {
      match: [
        'BATCH_URL=https://acme.westeurope.batch.azure.com\nBATCH_KEY=eXDTyP6kUTr1SbQ1KwHDeZGfKLxObaNWQLEkAVc5PIwV6zBX7grg9JVRsNl3LpFCvTa7Twost1VTS14pJrICkd==',
        'SharedKeyCredentials("acme", "/mbkEYtG9WyNBiCGKCux5BR+yhM8gullMQ3o3ZOCma7uMUUHKo49WihBGznAazRcjdt5rj5ZT9QkmFRagFk9Rd==") for https://acme.eastus.batch.azure.com',
      ],
      noMatch: ['BATCH_KEY=eXDTyP6kUTr1SbQ1KwHDeZGfKLxObaNWQLEkAVc5PIwV6zBX7grg9JVRsNl3LpFCvTa7Twost1VTS14pJrICkd==', 'https://acme.westeurope.batch.azure.com has 3 pools'],
    },
  },
  {
    id: 'secrets/azure/function-key',
    category: 'secret',
    kind: 'azure_function_key',
    pattern: /\.azurewebsites\.net\/api\/[A-Za-z0-9_\/-]{1,100}\?(?:[A-Za-z0-9_=&.%-]{0,200}&)?code=([A-Za-z0-9_%=-]{20,100})(?![A-Za-z0-9_%=-])/gi,
    keywords: ['azurewebsites.net/api/'],
    minEntropy: 3.8,
    confidence: { base: 0.9 },
    examples: {
      match: [
        'POST https://acme-fn.azurewebsites.net/api/ingest?code=urjpsgpnAU6u2JcBv8DQde-3_LOrz7yFc56ZNOT8GX2KBs8qC2eTON==',
        'curl "https://orders.azurewebsites.net/api/HttpTrigger1?name=x&code=kmv1BayiaKEc07kvldhaBE-DcQ698ksUv9kDuorJIuKHZrr4a1AbX_=="',
      ],
      noMatch: ['https://acme-fn.azurewebsites.net/api/ingest?code=<function-key>', 'https://acme-fn.azurewebsites.net/api/ingest?name=abc'],
    },
  },
  {
    id: 'secrets/azure/devops-pat',
    category: 'secret',
    kind: 'azure_devops_pat',
    // 84-char identifiable PAT: 52 random, `JQQJ99` + 2 + 16, `AZDO` signature, 4-char checksum.
    pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9]{18}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/g,
    keywords: ['azdo'],
    minEntropy: 4,
    confidence: { base: 0.97 },
    examples: {
      match: ['AZURE_DEVOPS_PAT=4x6psy5I5c5X09jPxsM8mwkva76FWLI2dfgnvSyjyzWKM0Ma1fY2JQQJ99ABpBPa24RYF7GEyLyQAZDOac6O', 'git clone https://pat:j8OcMdu3hCY6mk2zt8iBeAuQMJHv9OWTLfu1riQWQhcOAhgxWcSoJQQJ99ABH5PFIH722736vKq6AZDOU7aK@dev.azure.com/acme/repo'],
      noMatch: ['4x6psy5I5c5X09jPxsM8mwkva76FWLI2dfgnvSyjyzWKM0Ma1fY2JQQJ99ABpBPa24RYF7GEyLyQAZDO', 'AZDO is the signature of new PATs'],
    },
  },
  {
    id: 'secrets/azure/devops-pat-legacy',
    category: 'secret',
    kind: 'azure_devops_pat',
    pattern: /(?<![A-Za-z0-9])([a-z2-7]{52})(?![A-Za-z0-9])/g,
    keywords: ['devops', 'dev.azure.com', 'visualstudio.com', 'ado_pat', 'azdo', 'vsts'],
    minEntropy: 4,
    validate: (v) => /[2-7]/.test(v),
    context: { words: ['devops', 'dev.azure.com', 'visualstudio.com', 'ado_pat', 'azure_devops_pat', 'azdo_pat', 'vsts', 'azure_devops_ext_pat', 'system_accesstoken'], required: true, before: 120, after: 120 },
    confidence: { base: 0.85 },
    examples: {
      match: ['AZURE_DEVOPS_EXT_PAT=q2g4jaxs3zfopmjxrrcxyuz3jxdv2dgicw6td6ucaxogam5u2bcr', 'git remote add origin https://qgys76p2g7l4jc7ddo7bq7kdyjp4ixksbda3kqz67dui762g7xvc@dev.azure.com/acme/app/_git/app'],
      noMatch: ['AZURE_DEVOPS_EXT_PAT=q2g4jaxs3zfopmjxrrcxyuz3jxdv2dgicw6td6ucaxogam5u2b', 'devops is a culture, not a team'],
    },
  },
  {
    id: 'secrets/azure/redis-connection-string',
    category: 'secret',
    kind: 'azure_redis_key',
    pattern: /\.redis\.cache\.windows\.net:[0-9]{2,5},(?:[A-Za-z]{1,20}=[A-Za-z0-9_.-]{0,40},){0,3}password=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/gi,
    keywords: ['redis.cache.windows.net'],
    minEntropy: 4,
    confidence: { base: 0.97 },
    examples: {
      match: ['REDIS=acme.redis.cache.windows.net:6380,password=n8LrAptCh8jKAXX+aR5xtYA5iThxlDcDYexis7YEcrj=,ssl=True,abortConnect=False', '"acme-cache.redis.cache.windows.net:6380,abortConnect=false,password=DALYpfoaTlnIDPHQdybKQ7Gql2dW28Sfs4rD0HraGFf=,ssl=True"'],
      noMatch: ['acme.redis.cache.windows.net:6380,password=<access-key>,ssl=True', 'acme.redis.cache.windows.net:6380,ssl=True'],
    },
  },
];
