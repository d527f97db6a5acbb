// Regenerates docs/policy.md from the policy schema; test/artefacts.test.ts fails while it is stale.
import { writeFileSync } from 'node:fs';
import { policyReference } from '../src/policy/artefacts/reference.ts';

writeFileSync(new URL('../docs/policy.md', import.meta.url), policyReference());
