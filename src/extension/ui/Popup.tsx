/**
 * The toolbar popup: the state of protection on this device at a glance. The data source is injected so the
 * page can be tested without the extension; entrypoints/popup/main.tsx wires it to the background.
 */
import type { DeliveryStatus, ExtensionStatus } from '../messages.ts';
import { DeliveryPanel } from './DeliveryPanel.tsx';
import { LoadNotice } from './LoadNotice.tsx';
import { PolicySummary } from './PolicySummary.tsx';
import { Protection } from './Protection.tsx';
import { RecentDetections } from './RecentDetections.tsx';
import { useLoad } from './use-load.ts';

export interface PopupProps {
  load: () => Promise<ExtensionStatus>;
  flush: () => Promise<DeliveryStatus>;
}

export function Popup({ load, flush }: PopupProps) {
  const { data: status, error } = useLoad(load);
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Promptwall</h1>
        {status && <span class="muted">v{status.version}</span>}
      </header>
      {status ? (
        <>
          <PolicySummary status={status} />
          <Protection status={status} />
          <RecentDetections recent={status.recent} />
          <DeliveryPanel delivery={status.delivery} flush={flush} />
        </>
      ) : (
        <LoadNotice error={error} />
      )}
    </main>
  );
}
