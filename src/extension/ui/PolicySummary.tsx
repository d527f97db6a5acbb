/** The popup's first lines: enforce or audit, where the policy comes from, and whether part of it was ignored. */
import type { ExtensionStatus } from '../messages.ts';
import { PolicyProblems } from './Problems.tsx';

function sourceText(sources: ExtensionStatus['sources']): string {
  const used = Object.values(sources);
  if (used.includes('managed')) return 'Policy managed by your organisation';
  if (used.includes('user')) return 'Policy set on this device';
  return 'Default policy';
}

export function PolicySummary({ status }: { status: Pick<ExtensionStatus, 'policy' | 'sources' | 'problems'> }) {
  const audit = status.policy.mode === 'audit';
  return (
    <section class="summary" aria-label="Policy">
      <p class={audit ? 'mode mode-audit' : 'mode mode-enforce'}>
        <strong>{audit ? 'Audit mode' : 'Enforcing'}</strong>
        {audit ? ' — detects and reports, never stops a prompt' : ' — warns, redacts and blocks as the policy says'}
      </p>
      <p class="source">
        {sourceText(status.sources)}
        {status.policy.version && (
          <>
            {' '}
            (<span class="policy-version">{status.policy.version}</span>)
          </>
        )}
        {' · '}
        <a href="/options.html" target="_blank">
          Settings
        </a>
      </p>
      <PolicyProblems problems={status.problems} />
    </section>
  );
}
