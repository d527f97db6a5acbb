/** The summary's panels. Every value is rendered as text by preact; nothing from the data becomes markup. */
import type { Filters, Summary } from './api.ts';

type Drill = (f: Partial<Filters>) => void;

const fmt = (n: number) => n.toLocaleString('en');
const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

function Trend({ now, before }: { now: number; before: number }) {
  if (!before) return null;
  const pct = Math.round(((now - before) / before) * 100);
  return <small class={pct > 0 ? 'up' : 'down'}>{pct > 0 ? `+${pct}` : pct}% vs previous period</small>;
}

export function Tiles({ s }: { s: Summary }) {
  const tiles: [string, number][] = [
    ['Prompts reported', s.totals.events],
    ['With sensitive data', s.totals.flagged],
    ['Blocked', s.actions.blocked ?? 0],
    ['Overridden', s.actions.overridden ?? 0],
    ['Users', s.totals.users],
    ['AI sites', s.totals.sites],
  ];
  return (
    <div class="tiles">
      {tiles.map(([label, value], i) => (
        <div class="tile" key={label}>
          <span class="label">{label}</span>
          <strong data-tile={label}>{fmt(value)}</strong>
          {i === 0 && <Trend now={s.totals.events} before={s.totals.previousEvents} />}
        </div>
      ))}
    </div>
  );
}

/** Counts as horizontal bars; clicking one lists those events. */
export function Bars({ counts, onPick }: { counts: Record<string, number>; onPick: (key: string) => void }) {
  const max = Math.max(1, ...Object.values(counts));
  return (
    <ul class="bars">
      {Object.entries(counts).map(([key, n]) => (
        <li key={key}>
          <button type="button" class="link" onClick={() => onPick(key)}>
            {key}
          </button>
          <span class="bar" style={{ width: `${(n / max) * 100}%` }} />
          <span class="n">{fmt(n)}</span>
        </li>
      ))}
    </ul>
  );
}

const STATUS_LABEL = { sanctioned: 'sanctioned', unsanctioned: 'unsanctioned', unlisted: '—' } as const;

export function Sites({ s, drill }: { s: Summary; drill: Drill }) {
  return (
    <table class="sites">
      <thead>
        <tr>
          <th>AI site</th>
          <th>Status</th>
          <th class="num">Prompts</th>
          <th class="num">Sensitive</th>
          <th class="num">Blocked</th>
          <th class="num">Overridden</th>
          <th class="num">Users</th>
          <th>First seen</th>
        </tr>
      </thead>
      <tbody>
        {s.sites.slice(0, 25).map((site) => (
          <tr key={site.site} class={site.status}>
            <td>
              <button type="button" class="link" onClick={() => drill({ site: site.site })}>
                {site.site}
              </button>
              {site.isNew && <span class="badge new">new</span>}
            </td>
            <td>
              <span class={`badge ${site.status}`}>{STATUS_LABEL[site.status]}</span>
            </td>
            <td class="num">{fmt(site.events)}</td>
            <td class="num">{fmt(site.flagged)}</td>
            <td class="num">{fmt(site.blocked)}</td>
            <td class="num">{fmt(site.overridden)}</td>
            <td class="num">{fmt(site.users)}</td>
            <td>{site.firstSeen.slice(0, 10)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function People({ s, drill }: { s: Summary; drill: Drill }) {
  return (
    <div class="two">
      <table>
        <thead>
          <tr>
            <th>User</th>
            <th>Department</th>
            <th class="num">Prompts</th>
          </tr>
        </thead>
        <tbody>
          {s.users.map((u) => (
            <tr key={`${u.user}\u0000${u.department}`}>
              <td>
                <button type="button" class="link" onClick={() => drill({ user: u.user })}>
                  {u.user}
                </button>
              </td>
              <td>{u.department}</td>
              <td class="num">{fmt(u.events)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th>Department</th>
            <th class="num">Users</th>
            <th class="num">Prompts</th>
          </tr>
        </thead>
        <tbody>
          {s.departments.map((d) => (
            <tr key={d.department}>
              <td>
                <button type="button" class="link" onClick={() => drill({ department: d.department })}>
                  {d.department}
                </button>
              </td>
              <td class="num">{fmt(d.users)}</td>
              <td class="num">{fmt(d.events)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Justifications({ s, open }: { s: Summary; open: (id: string) => void }) {
  if (!s.justifications.length) return <p class="empty">No overrides in this period.</p>;
  return (
    <ul class="justifications">
      {s.justifications.map((j) => (
        <li key={j.id}>
          <button type="button" class="link" onClick={() => open(j.id)}>
            {when(j.time)}
          </button>{' '}
          <span class="meta">
            {j.user ?? 'unknown user'} on {j.site} ({j.categories.join(', ')})
          </span>
          <q>{j.justification}</q>
        </li>
      ))}
    </ul>
  );
}
