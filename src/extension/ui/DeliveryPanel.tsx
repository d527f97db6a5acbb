/** Where events go and whether they got there, with "Retry now" for a queue that is waiting. */
import { useState } from 'preact/hooks';
import type { DeliveryStatus } from '../messages.ts';
import { errorText, localTime, plural } from './text.ts';

export function DeliveryPanel({ delivery, flush }: { delivery: DeliveryStatus; flush: () => Promise<DeliveryStatus> }) {
  // The answer to "Retry now" replaces what the popup loaded on open.
  const [latest, setLatest] = useState<DeliveryStatus>();
  const [busy, setBusy] = useState(false);
  const [flushError, setFlushError] = useState<string>();
  const { endpoint, pending, rejected, lastError, nextAttemptAt, dropped } = latest ?? delivery;

  const retry = async () => {
    setBusy(true);
    setFlushError(undefined);
    try {
      setLatest(await flush());
    } catch (error) {
      setFlushError(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="delivery-title">
      <h2 id="delivery-title">Reporting</h2>
      {endpoint ? (
        <p>
          Reporting to <code class="endpoint">{endpoint}</code>
        </p>
      ) : (
        <p>Reports stay on this device.</p>
      )}
      {(endpoint || pending > 0) && (
        <p class="pending">{pending > 0 ? `${plural(pending, 'event')} waiting to be sent` : 'Nothing waiting to be sent.'}</p>
      )}
      {dropped > 0 && <p class="warning">{plural(dropped, 'event')} dropped: the queue was full.</p>}
      {lastError && (
        <p class="warning">
          Last error: <span class="detail">{lastError}</span>
          {nextAttemptAt && <> · next attempt {localTime(nextAttemptAt)}</>}
        </p>
      )}
      {rejected.length > 0 && (
        <details class="rejected">
          <summary>{plural(rejected.length, 'event')} refused by the server</summary>
          <ul>
            {rejected.map((r) => (
              <li key={r.id}>
                <code>{r.id}</code>: {r.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {endpoint && (
        <button type="button" onClick={retry} disabled={busy}>
          {busy ? 'Sending…' : 'Retry now'}
        </button>
      )}
      {flushError && (
        <p class="warning" role="alert">
          Retry failed: {flushError}
        </p>
      )}
    </section>
  );
}
