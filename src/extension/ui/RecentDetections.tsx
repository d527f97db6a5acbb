/** The last detections on this device. Previews arrive masked from the content script and are shown as given. */
import type { Channel } from '../../events/event.ts';
import type { RecentDetection } from '../messages.ts';
import { localTime } from './text.ts';

const CHANNEL_TEXT: Record<Channel, string> = { typed: 'typed', paste: 'pasted', drop: 'dropped', file: 'file' };

export function RecentDetections({ recent }: { recent: readonly RecentDetection[] }) {
  const newestFirst = [...recent].sort((a, b) => b.time.localeCompare(a.time));
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">Recent detections</h2>
      {newestFirst.length === 0 ? (
        <p class="muted">Nothing detected on this device yet.</p>
      ) : (
        <ol class="detections">
          {newestFirst.map((d, i) => (
            <li key={i} class="detection">
              <p class="detection-head">
                <time dateTime={d.time}>{localTime(d.time)}</time> <strong>{d.site}</strong>{' '}
                <span class={`action action-${d.action}`}>{d.action}</span>
              </p>
              <p class="muted">
                {CHANNEL_TEXT[d.channel]} · {d.categories.map((c) => c.replace('_', ' ')).join(', ')}
              </p>
              <ul class="kinds" aria-label="What was found">
                {Object.entries(d.kinds).map(([kind, n]) => (
                  <li key={kind}>
                    {kind} ×{n}
                  </li>
                ))}
              </ul>
              {d.previews.length > 0 && (
                <ul class="previews" aria-label="Masked previews">
                  {d.previews.map((preview, j) => (
                    <li key={j}>
                      <code>{preview}</code>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
