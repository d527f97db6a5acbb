/** The drill-down: events matching the filters, newest first, page by page; one event in full on click. */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, type Filters, type ListedEvent, type PromptwallEvent } from './api.ts';

export function EventList({ filters, open }: { filters: Filters; open: (id: string) => void }) {
  const [events, setEvents] = useState<ListedEvent[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState('');

  async function load(before?: string) {
    try {
      const page = await api.events(filters, before);
      setEvents((shown) => (before ? [...shown, ...page.events] : page.events));
      setNext(page.next);
      setError('');
    } catch (err) {
      setError(String(err));
    }
  }
  useEffect(() => {
    void load();
  }, [JSON.stringify(filters)]);

  return (
    <div class="events">
      {error && <p class="error">{error}</p>}
      <table>
        <thead>
          <tr>
            <th>Time (UTC)</th>
            <th>Site</th>
            <th>Channel</th>
            <th>Categories</th>
            <th>Action</th>
            <th>User</th>
            <th>Department</th>
            <th>Extension</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} class="event-row" onClick={() => open(e.id)}>
              <td>{e.time.replace('T', ' ').slice(0, 19)}</td>
              <td>{e.site}</td>
              <td>{e.channel}</td>
              <td>{e.categories.join(', ')}</td>
              <td>{e.action}</td>
              <td>{e.user ?? ''}</td>
              <td>{e.department ?? ''}</td>
              <td>{e.extensionVersion ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!events.length && !error && <p class="empty">No events match.</p>}
      {next && (
        <button type="button" onClick={() => load(next)}>
          More
        </button>
      )}
    </div>
  );
}

export function EventDetail({ id, close }: { id: string; close: () => void }) {
  const [event, setEvent] = useState<PromptwallEvent | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api.event(id).then(setEvent, (err) => setError(String(err)));
  }, [id]);
  return (
    <div class="detail" role="dialog" aria-label="Event">
      <button type="button" class="close" onClick={close}>
        Close
      </button>
      {error && <p class="error">{error}</p>}
      {event && (
        <dl>
          {Object.entries(event).map(([k, v]) => (
            <Fragment key={k}>
              <dt>{k}</dt>
              <dd>{k === 'text' ? <pre>{String(v)}</pre> : typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </div>
  );
}
