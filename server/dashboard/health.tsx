/** Coverage health: which extension versions report in, which site adapters fall back, who went silent, SIEM. */
import type { Health } from './api.ts';

const when = (iso: string | null) => (iso ? iso.replace('T', ' ').slice(0, 16) : '—');

export function HealthPanel({ h }: { h: Health }) {
  return (
    <div class="health">
      <p>
        {h.devices.total} devices report heartbeats; <strong>{h.devices.silent}</strong> silent for more than{' '}
        {h.devices.silentAfterHours} h.
        {h.outbox.dropped > 0 && ` ${h.outbox.devicesDropping} devices dropped ${h.outbox.dropped} events (queue full).`}
        {h.outbox.deadLettered > 0 && ` ${h.outbox.devicesDeadLettering} devices hold ${h.outbox.deadLettered} rejected events.`}
      </p>
      <div class="two">
        <table>
          <thead>
            <tr>
              <th>Extension version</th>
              <th class="num">Devices</th>
              <th class="num">Silent</th>
              <th>Last heartbeat</th>
            </tr>
          </thead>
          <tbody>
            {h.versions.map((v) => (
              <tr key={v.extensionVersion}>
                <td>{v.extensionVersion}</td>
                <td class="num">{v.devices}</td>
                <td class="num">{v.silent}</td>
                <td>{when(v.lastSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table class="adapters">
          <thead>
            <tr>
              <th>Site adapter</th>
              <th class="num">OK</th>
              <th class="num">Self-test failed</th>
              <th>Failing on versions</th>
            </tr>
          </thead>
          <tbody>
            {h.adapters.map((a) => (
              <tr key={a.adapter} class={a.fallback ? 'failing' : ''}>
                <td>{a.adapter}</td>
                <td class="num">{a.ok}</td>
                <td class="num">{a.fallback}</td>
                <td>{a.failingVersions.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {h.silentDevices.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Silent device</th>
              <th>User</th>
              <th>Department</th>
              <th>Version</th>
              <th>Last heartbeat</th>
            </tr>
          </thead>
          <tbody>
            {h.silentDevices.map((d) => (
              <tr key={d.device}>
                <td>{d.device}</td>
                <td>{d.user ?? ''}</td>
                <td>{d.department ?? ''}</td>
                <td>{d.extensionVersion}</td>
                <td>{when(d.lastSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {h.siem.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>SIEM destination</th>
              <th class="num">Sent</th>
              <th class="num">Waiting</th>
              <th>Last delivery</th>
              <th>Last error</th>
            </tr>
          </thead>
          <tbody>
            {h.siem.map((s) => (
              <tr key={s.sink}>
                <td>{s.sink}</td>
                <td class="num">{s.sent}</td>
                <td class="num">{s.queued}</td>
                <td>{when(s.lastSuccess)}</td>
                <td>{s.lastError ? `${when(s.lastErrorAt)}: ${s.lastError}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
