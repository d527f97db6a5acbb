/**
 * The dashboard: filters (kept in the address bar, so a view can be bookmarked or shared), the summary's panels,
 * coverage health, and the event drill-down with CSV export. Logged out (401), it shows the login form.
 */
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../../src/engine/types.ts';
import { api, Unauthorized, type Filters, type Health, type Summary } from './api.ts';
import { CategoryChart } from './chart.tsx';
import { EventDetail, EventList } from './events.tsx';
import { HealthPanel } from './health.tsx';
import { Login } from './login.tsx';
import { Bars, Justifications, People, Sites, Tiles } from './panels.tsx';

const FILTER_KEYS = ['from', 'to', 'site', 'category', 'action', 'channel', 'user', 'department'] as const;

function filtersFromUrl(): Filters {
  const q = new URLSearchParams(location.search);
  return Object.fromEntries(FILTER_KEYS.filter((k) => q.get(k)).map((k) => [k, q.get(k)!]));
}

export function App() {
  const [filters, setFilters] = useState<Filters>(filtersFromUrl);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [health, setHealth] = useState<Health | null>(null);
  const [loggedIn, setLoggedIn] = useState(true);
  const [error, setError] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);

  const update = (change: Partial<Filters>) => {
    const next = Object.fromEntries(Object.entries({ ...filters, ...change }).filter(([, v]) => v)) as Filters;
    history.replaceState(null, '', `?${new URLSearchParams(next as Record<string, string>)}`);
    setFilters(next);
  };

  const fail = (err: unknown) => (err instanceof Unauthorized ? setLoggedIn(false) : setError(String(err)));
  useEffect(() => {
    if (!loggedIn) return;
    setError('');
    api.summary(filters).then(setSummary, fail);
  }, [loggedIn, filters.from, filters.to, filters.site, filters.category]);
  useEffect(() => {
    if (loggedIn) api.health().then(setHealth, fail);
  }, [loggedIn]);

  if (!loggedIn) return <Login onLogin={() => setLoggedIn(true)} />;

  const drilled = FILTER_KEYS.slice(4).filter((k) => filters[k]);
  return (
    <main>
      <header>
        <h1>Promptwall</h1>
        <form class="filters" onSubmit={(e) => e.preventDefault()}>
          <label>
            From <input type="date" name="from" value={filters.from ?? summary?.range.from ?? ''} onChange={(e) => update({ from: e.currentTarget.value })} />
          </label>
          <label>
            To <input type="date" name="to" value={filters.to ?? summary?.range.to ?? ''} onChange={(e) => update({ to: e.currentTarget.value })} />
          </label>
          <label>
            Site
            <select name="site" value={filters.site ?? ''} onChange={(e) => update({ site: e.currentTarget.value })}>
              <option value="">all</option>
              {[...new Set([...(summary?.sites.map((s) => s.site) ?? []), ...(filters.site ? [filters.site] : [])])].map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            Category
            <select name="category" value={filters.category ?? ''} onChange={(e) => update({ category: e.currentTarget.value })}>
              <option value="">all</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {c.replace('_', ' ')}
                </option>
              ))}
            </select>
          </label>
        </form>
        <button type="button" class="link" onClick={() => api.logout().then(() => setLoggedIn(false))}>
          Log out
        </button>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      {summary && (
        <>
          <Tiles s={summary} />
          <section>
            <h2>Sensitive data by category</h2>
            <CategoryChart series={summary.series} />
          </section>
          <div class="two">
            <section>
              <h2>Actions</h2>
              <Bars counts={summary.actions} onPick={(action) => update({ action })} />
            </section>
            <section>
              <h2>Channels</h2>
              <Bars counts={summary.channels} onPick={(channel) => update({ channel })} />
            </section>
          </div>
          <section>
            <h2>AI sites</h2>
            <Sites s={summary} drill={update} />
          </section>
          <section>
            <h2>Override justifications</h2>
            <Justifications s={summary} open={setOpenId} />
          </section>
          <section>
            <h2>Top users and departments</h2>
            <People s={summary} drill={update} />
          </section>
        </>
      )}
      {health && (
        <section>
          <h2>Coverage health</h2>
          <HealthPanel h={health} />
        </section>
      )}
      <section>
        <h2>
          Events
          {drilled.map((k) => (
            <button type="button" class="chip" key={k} onClick={() => update({ [k]: undefined })} title="remove this filter">
              {k}: {filters[k]} ×
            </button>
          ))}
          <a class="export" href={api.csvUrl(filters)} download>
            Export CSV
          </a>
        </h2>
        <EventList filters={filters} open={setOpenId} />
      </section>
      {openId && <EventDetail id={openId} close={() => setOpenId(null)} />}
    </main>
  );
}
