/** Which AI sites are protected, and where the site's own UI changed so only the generic hook is working. */
import type { AdapterState, ExtensionStatus } from '../messages.ts';

const STATE_TEXT: Record<AdapterState, string> = {
  ok: 'protected',
  fallback: 'UI changed — generic protection active',
  unused: 'not in use yet',
};

const CLASSIFIER_TEXT: Record<ExtensionStatus['classifier']['state'], string> = {
  loaded: 'Classifier loaded',
  loading: 'Classifier loading…',
  unavailable: 'Classifier unavailable: rules only',
  disabled: 'Classifier disabled by policy',
};

export function Protection({ status }: { status: Pick<ExtensionStatus, 'classifier' | 'sites'> }) {
  const { classifier, sites } = status;
  return (
    <section aria-labelledby="protection-title">
      <h2 id="protection-title">Protection</h2>
      <p class={`classifier classifier-${classifier.state}`}>
        {CLASSIFIER_TEXT[classifier.state]}
        {classifier.error && <span class="detail"> ({classifier.error})</span>}
      </p>
      <ul class="sites">
        {sites.map((site) => (
          <li key={site.id} title={site.hosts.join(', ')}>
            <span class={`dot dot-${site.state}`} aria-hidden="true" />
            <span class="site-name">{site.name}</span> <span class={`site-state state-${site.state}`}>{STATE_TEXT[site.state]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
