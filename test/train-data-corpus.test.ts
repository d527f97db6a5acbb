import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideRow, loadCorpus, splitGroup, splitOf, type CorpusRow, type Split } from '../scripts/train/data/corpus.ts';
import { Rng } from '../scripts/train/data/rng.ts';
import { LANGS, type Example } from '../scripts/train/data/types.ts';
import { corpusExample, crop, flatten, pair, requestTemplates, wrap } from '../scripts/train/data/wrappers.ts';

const DATASETS = '/work/shared/datasets';

const K8S = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.25
          ports:
            - containerPort: 80`;
const WORKFLOW_CLEAN = `name: CI
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20`;
const WORKFLOW_SCRIPT = `jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - name: Build
        run: |
          set -euo pipefail
          VERSION=$(git describe --tags)
          if [ -z "$VERSION" ]; then exit 1; fi
          make release VERSION="$VERSION"`;
const JSON_DOC = `{
  "name": "web-app",
  "version": "1.4.2",
  "dependencies": { "express": "^4.19.2" },
  "scripts": { "start": "node server.js" }
}`;
const JSON_FRAGMENT = `  "timeout": 30,
  "retries": 3,
  "endpoints": [
    "https://a.example",
    "https://b.example"
  ],
  "verbose": false`;
const ENV = `DATABASE_URL=postgres://app@db:5432/app
REDIS_HOST=redis
LOG_LEVEL=info
PORT=8080`;
const INI = `[server]
host = 0.0.0.0
port = 8080
[database]
name = app
pool = 10`;
const PY = `def total(items):
    s = 0
    for it in items:
        s += it.price * it.qty
    return s`;
const LOG = `2024-05-01 10:00:01 INFO  server started on :8080
2024-05-01 10:00:05 WARN  slow query 1200ms
2024-05-01 10:00:09 ERROR connection reset by peer
2024-05-01 10:00:10 INFO  retrying`;
const TRACE = `Exception in thread "main" java.lang.NullPointerException: boom
    at com.acme.Foo.bar(Foo.java:42)
    at com.acme.Foo.main(Foo.java:10)
    at java.base/java.lang.Thread.run(Thread.java:833)`;

describe('corpus row decisions', () => {
  it('labels configuration data [] and never source_code', () => {
    expect(decideRow('source_code', K8S, 'kubernetes/examples:web/deploy.yaml')?.labels).toEqual([]);
    expect(decideRow('source_code', WORKFLOW_CLEAN, 'x/y:.github/workflows/ci.yml')?.labels).toEqual([]);
    expect(decideRow('source_code', JSON_DOC, 'x/y:package.json')?.labels).toEqual([]);
    expect(decideRow('source_code', JSON_DOC, 'x/y:src/fixture.ts')?.labels).toEqual([]);
    expect(decideRow('source_code', JSON_FRAGMENT, 'x/y:config/app.json')?.labels).toEqual([]);
    expect(decideRow('source_code', ENV, 'x/y:.env')?.labels).toEqual([]);
    expect(decideRow('source_code', INI, 'x/y:setup.cfg')?.labels).toEqual([]);
  });

  it('drops mixed YAML, data literals in code, logs and stack traces', () => {
    expect(decideRow('source_code', WORKFLOW_SCRIPT, 'x/y:.github/workflows/release.yml')).toBeNull();
    expect(decideRow('source_code', JSON_FRAGMENT, 'x/y:src/settings.py')).toBeNull();
    expect(decideRow('source_code', LOG, 'x/y:src/main.go')).toBeNull();
    expect(decideRow('source_code', TRACE, 'x/y:src/Foo.java')).toBeNull();
  });

  it('keeps program code as source_code', () => {
    expect(decideRow('source_code', PY, 'x/y:lib/cart.py')).toEqual({ labels: ['source_code'], family: 'code-python' });
  });

  it('drops AESLC and makes public site policies hard negatives', () => {
    expect(decideRow('confidential', 'Carol, attached is the revised letter.', 'ryanzhumich/AESLC:enron/train/a.subject')).toBeNull();
    expect(decideRow('confidential', 'You may not use the Service to...', 'github/site-policy:Policies/github-terms/x.md')?.labels).toEqual([]);
    expect(decideRow('confidential', 'Leave requests go through...', '18F/handbook:pages/travel-and-leave/leave.md')?.labels).toEqual([]);
    expect(decideRow('confidential', '1.1 "Affiliate" means...', 'maastrichtlawtech/law3027-advanced-legal-analytics:data/CUAD_v1/a.txt')?.labels).toEqual(['confidential']);
  });
});

describe('splitOf', () => {
  it('is stable and depends only on the source', () => {
    const s = 'google/gson:gson/src/main/java/com/google/gson/Gson.java';
    const first = splitOf(s);
    for (let i = 0; i < 5; i++) expect(splitOf(s)).toBe(first);
  });

  it('keeps leakage groups together', () => {
    const mts = 'abachaa/MTS-Dialog:Main-Dataset/MTS-Dialog-TrainingSet.csv';
    expect(splitOf('abachaa/MTS-Dialog:Augmented-Data/MTS-Dialog-Augmented-TrainingSet-1-En-FR-EN-2402-Pairs.csv')).toBe(splitOf(mts));
    expect(splitGroup('wyim/aci-bench:baselines/predictions/test2GPT-4_.csv')).toBe(splitGroup('wyim/aci-bench:data/challenge_data/clinicalnlp_taskC_test2.csv'));
    expect(splitOf('babylonhealth/primock57:notes/day1_consultation06.json')).toBe(splitOf('babylonhealth/primock57:transcripts/day1_consultation06_doctor.TextGrid'));
    expect(splitGroup('open-agreements/open-agreements:templates/openagreements-cc-by-4.0/openagreements-restrictive-covenant-texas/template.md'))
      .toBe(splitGroup('open-agreements/open-agreements:templates/openagreements-cc-by-4.0/openagreements-restrictive-covenant-florida/template.md'));
  });

  it('spreads sources about 70/15/15', () => {
    const counts: Record<Split, number> = { train: 0, calibration: 0, test: 0 };
    for (let i = 0; i < 5000; i++) counts[splitOf(`owner/repo:file-${i}.ts`)]++;
    expect(counts.train / 5000).toBeGreaterThan(0.65);
    expect(counts.train / 5000).toBeLessThan(0.75);
    expect(counts.calibration / 5000).toBeGreaterThan(0.11);
    expect(counts.test / 5000).toBeGreaterThan(0.11);
  });
});

describe.skipIf(!existsSync(`${DATASETS}/benign.jsonl`))('loadCorpus on the shared datasets', () => {
  let rows: CorpusRow[] = [];
  let ms = 0;
  beforeAll(() => {
    const t0 = performance.now();
    rows = loadCorpus(DATASETS);
    ms = performance.now() - t0;
  });

  it('loads fast and keeps most rows', () => {
    expect(ms).toBeLessThan(5000);
    expect(rows.length).toBeGreaterThan(50_000);
  });

  it('has no AESLC rows', () => {
    expect(rows.some((r) => r.source.startsWith('ryanzhumich/AESLC'))).toBe(false);
  });

  it('never labels YAML or config rows source_code', () => {
    const yaml = rows.filter((r) => /\.ya?ml$/.test(r.source));
    expect(yaml.length).toBeGreaterThan(100);
    for (const r of yaml) expect(r.labels, r.source).toEqual([]);
    for (const r of rows.filter((x) => x.origin.startsWith('corpus:config-'))) expect(r.labels).toEqual([]);
    expect(rows.some((r) => r.origin === 'corpus:config-yaml' && /^\s*kind: Deployment/m.test(r.text))).toBe(true);
  });

  it('gives every row a known label set and a corpus origin', () => {
    for (const r of rows) {
      expect(r.origin).toMatch(/^corpus:[a-z0-9-]+$/);
      expect(r.labels.length).toBeLessThanOrEqual(1);
    }
    const by = (o: string) => rows.filter((r) => r.origin === o);
    expect(by('corpus:public-site-policy').every((r) => r.labels.length === 0)).toBe(true);
    expect(by('corpus:cuad-contract').every((r) => r.labels[0] === 'confidential')).toBe(true);
    expect(by('corpus:medquad-question').every((r) => r.labels.length === 0)).toBe(true);
  });

  it('splits each category near 70/15/15 of rows', () => {
    const cats = ['none', 'source_code', 'financial', 'confidential', 'health'];
    for (const c of cats) {
      const sub = rows.filter((r) => (r.labels[0] ?? 'none') === c);
      const train = sub.filter((r) => splitOf(r.source) === 'train').length / sub.length;
      const test = sub.filter((r) => splitOf(r.source) === 'test').length / sub.length;
      expect(train, c).toBeGreaterThan(0.6);
      expect(train, c).toBeLessThan(0.9);
      expect(test, c).toBeGreaterThan(0.04);
    }
  });
});

describe('wrappers', () => {
  const LONG = Array.from({ length: 60 }, (_, i) => `Line ${i}: the quarterly figures were reviewed and item ${i} was closed.`).join('\n');

  it('are deterministic from the seed', () => {
    const run = (seed: number) => {
      const rng = new Rng(seed);
      return LANGS.map((l) => wrap(rng, flatten(rng, crop(rng, LONG)), l));
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('crop returns a contiguous piece within bounds', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 300; i++) {
      const piece = crop(rng, LONG, 40, 1200);
      expect(LONG.includes(piece)).toBe(true);
      expect(piece.length).toBeGreaterThanOrEqual(40);
      expect(piece.length).toBeLessThanOrEqual(1200);
    }
    expect(crop(rng, 'short text')).toBe('short text');
  });

  it('flatten with p=0 leaves the text and with p=1 changes whitespace only', () => {
    expect(flatten(new Rng(1), LONG, 0)).toBe(LONG);
    const rng = new Rng(2);
    for (let i = 0; i < 20; i++) expect(flatten(rng, LONG, 1).replace(/\s+/g, '')).toBe(LONG.replace(/\s+/g, ''));
  });

  it('have at least 40 content-neutral request templates per language', () => {
    for (const lang of LANGS) {
      const t = requestTemplates(lang);
      expect(t.length, lang).toBeGreaterThanOrEqual(40);
      expect(new Set(t).size, lang).toBe(t.length);
      for (const s of t) expect(s, `${lang}: ${s}`).not.toMatch(/\b(code|Code|código|contract|Vertrag|contrat|contrato|contract|invoice|Rechnung|facture|factura|factuur|patient|Patient)\b/);
    }
  });

  it('wrap keeps the content and adds request text in each language', () => {
    const words: Record<string, string> = {
      en: 'this|the|me|it|you|please',
      de: 'das|mir|bitte|du|hier|daraus|darauf|eine?',
      fr: 'ça|le|la|les|en|tu|moi|stp|une?',
      es: 'esto|lo|la|el|me|por|de|una?|te|con|para|qué|algo|aquí|texto',
      nl: 'dit|het|de|je|me|hier|van|een',
    };
    const content = 'ZZ-CONTENT-1\nZZ-CONTENT-2';
    for (const lang of LANGS) {
      const marker = new RegExp(`(?<!\\p{L})(?:${words[lang]})(?!\\p{L})`, 'iu');
      const rng = new Rng(9);
      let withRequest = 0;
      for (let i = 0; i < 200; i++) {
        const out = wrap(rng, content, lang);
        expect(out).toContain('ZZ-CONTENT-1');
        const rest = out.replace(/ZZ-CONTENT-\d/g, '');
        if (marker.test(rest)) withRequest++;
      }
      expect(withRequest, lang).toBeGreaterThan(110);
    }
  });

  it('pair joins two chunks with the union of labels', () => {
    const a: Example = { text: 'Invoice 22 due, IBAN below', labels: ['financial'], lang: 'de', origin: 'x' };
    const b: Example = { text: 'Minutes: we decided to close the Lyon office', labels: ['confidential'], lang: 'de', origin: 'y' };
    const c: Example = { text: 'what is a mortgage?', labels: [], lang: 'de', origin: 'z' };
    const p = pair(new Rng(3), a, b);
    expect(p.labels).toEqual(['financial', 'confidential']);
    expect(p.text).toContain(a.text);
    expect(p.text).toContain(b.text);
    expect(p.lang).toBe('de');
    expect(pair(new Rng(3), c, c).labels).toEqual([]);
  });

  it('corpusExample carries the row labels and origin', () => {
    const row: CorpusRow = { text: LONG, labels: ['financial'], source: 's', origin: 'corpus:test' };
    const e = corpusExample(new Rng(5), row, 'fr');
    expect(e.labels).toEqual(['financial']);
    expect(e.origin).toBe('corpus:test');
    expect(e.lang).toBe('fr');
  });
});
