/**
 * Splunk HTTP Event Collector: one request per batch, the events as concatenated JSON objects
 * (`{"time", "host", "source", "sourcetype", "index", "event"}`), `Authorization: Splunk <token>`.
 * The raw prompt text is never forwarded.
 */
import type { PromptwallEvent } from '../../src/events/event.ts';
import type { SiemConfig } from '../config.ts';
import type { Sink } from './sink.ts';

type SplunkConfig = NonNullable<SiemConfig['splunk']>;

export function hecEvent(e: PromptwallEvent, c: Pick<SplunkConfig, 'index' | 'sourcetype'>): object {
  const { text: _text, ...event } = e;
  return {
    time: Date.parse(e.time) / 1000,
    ...(e.device ? { host: e.device } : {}),
    source: 'promptwall',
    sourcetype: c.sourcetype,
    ...(c.index ? { index: c.index } : {}),
    event,
  };
}

export function splunkSink(c: SplunkConfig, timeoutMs = 15_000): Sink {
  return {
    name: 'splunk',
    async send(events) {
      const res = await fetch(c.url, {
        method: 'POST',
        headers: { authorization: `Splunk ${c.token}`, 'content-type': 'application/json' },
        body: events.map((e) => JSON.stringify(hecEvent(e, c))).join('\n'),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`Splunk HEC answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    },
    close: async () => undefined,
  };
}
