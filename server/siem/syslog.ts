/**
 * CEF over syslog (RFC 5424 header, facility local4), to a collector over UDP (one datagram per event) or TCP
 * (one line per event, newline-framed as rsyslog, syslog-ng and the Azure Monitor Agent accept). UDP has no
 * acknowledgement: an event counts as sent once the datagram left. Over TCP a batch counts as sent once the
 * kernel took it; a connection lost mid-batch resends the batch (the collector may see a line twice).
 */
import dgram from 'node:dgram';
import net from 'node:net';
import os from 'node:os';
import type { PromptwallEvent } from '../../src/events/event.ts';
import type { SyslogTarget } from '../config.ts';
import { cefLine } from './cef.ts';
import { severity, type Sink } from './sink.ts';

const FACILITY_LOCAL4 = 20;

/** RFC 5424 severity from CEF's: High → warning (4), Medium → notice (5), lower → informational (6). */
const syslogSeverity = (cef: number) => (cef >= 7 ? 4 : cef >= 4 ? 5 : 6);

export function syslogMessage(e: PromptwallEvent, productVersion: string, hostname = os.hostname()): string {
  const pri = FACILITY_LOCAL4 * 8 + syslogSeverity(severity(e).cef);
  const host = hostname.replace(/[^\x21-\x7e]/g, '').slice(0, 255) || '-';
  return `<${pri}>1 ${new Date().toISOString()} ${host} promptwall - - - ${cefLine(e, productVersion)}`;
}

export function syslogSink(target: SyslogTarget, productVersion: string, timeoutMs = 10_000): Sink {
  const name = `syslog:${target.protocol}://${target.host}:${target.port}`;
  const messages = (events: readonly PromptwallEvent[]) => events.map((e) => syslogMessage(e, productVersion));
  return target.protocol === 'udp' ? udpSink(name, target, messages) : tcpSink(name, target, messages, timeoutMs);
}

function udpSink(name: string, t: SyslogTarget, messages: (e: readonly PromptwallEvent[]) => string[]): Sink {
  const socket = dgram.createSocket(net.isIPv6(t.host) ? 'udp6' : 'udp4');
  socket.on('error', () => undefined); // reported through the send callbacks
  socket.unref();
  return {
    name,
    async send(events) {
      for (const m of messages(events)) {
        await new Promise<void>((resolve, reject) => socket.send(Buffer.from(m), t.port, t.host, (err) => (err ? reject(err) : resolve())));
      }
    },
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

function tcpSink(name: string, t: SyslogTarget, messages: (e: readonly PromptwallEvent[]) => string[], timeoutMs: number): Sink {
  let socket: net.Socket | null = null;

  const connect = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect({ host: t.host, port: t.port, timeout: timeoutMs });
      const fail = (err: Error) => {
        s.destroy();
        reject(err);
      };
      s.once('connect', () => {
        s.off('error', fail);
        s.setTimeout(0);
        // A later failure only drops the connection; the next send reconnects and reports its own error.
        s.on('error', () => undefined);
        s.on('close', () => {
          if (socket === s) socket = null;
        });
        resolve(s);
      });
      s.once('error', fail);
      s.once('timeout', () => fail(new Error(`connecting to ${t.host}:${t.port} timed out`)));
    });

  return {
    name,
    async send(events) {
      socket ??= await connect();
      const s = socket;
      const data = messages(events).map((m) => `${m}\n`).join('');
      try {
        await new Promise<void>((resolve, reject) => s.write(data, (err) => (err ? reject(err) : resolve())));
      } catch (err) {
        s.destroy();
        throw err;
      }
    },
    async close() {
      socket?.end();
      socket = null;
    },
  };
}
