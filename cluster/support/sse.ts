// A Server-Sent Events client over node:http (as a browser's EventSource reads the stream):
// fields id / event / data, events dispatched on a blank line, `:` lines ignored, and the
// Last-Event-ID header on (re)connect. Keeps at most MAX_EVENTS events; waits are bounded.
import http from 'node:http';

const MAX_EVENTS = 10_000;

export interface SseEvent { id: string | undefined; event: string; data: string }

export interface SseClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  events: SseEvent[];
  /** Resolves with the first event (from the start of the stream) matching `test`, or rejects after `timeoutMs`. */
  waitFor(test: (event: SseEvent) => boolean, timeoutMs: number, what?: string): Promise<SseEvent>;
  /** Whether the server ended the stream. */
  ended(): boolean;
  close(): void;
}

export function connectSse(url: string, options: { lastEventId?: string; timeoutMs?: number } = {}): Promise<SseClient> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`SSE client only connects to 127.0.0.1, not ${url}`);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
    const req = http.get(url, { headers, agent: false });
    const connectTimer = setTimeout(() => req.destroy(new Error(`SSE connect to ${url} timed out`)), options.timeoutMs ?? 10_000);
    req.once('error', (error) => { clearTimeout(connectTimer); reject(error); });
    req.once('response', (res) => {
      clearTimeout(connectTimer);
      const events: SseEvent[] = [];
      const waiters = new Set<() => void>();
      let buffer = '';
      let current: { id?: string; event?: string; data: string[] } = { data: [] };
      let lastId: string | undefined;
      let done = false;
      const dispatch = () => {
        if (current.data.length || current.event) {
          if (current.id !== undefined) lastId = current.id;
          if (events.length < MAX_EVENTS) events.push({ id: current.id ?? lastId, event: current.event ?? 'message', data: current.data.join('\n') });
          for (const wake of waiters) wake();
        }
        current = { data: [] };
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let newline: number;
        while ((newline = buffer.search(/\r\n|\r|\n/)) !== -1) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
          if (line === '') { dispatch(); continue; }
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon === -1 ? line : line.slice(0, colon);
          let value = colon === -1 ? '' : line.slice(colon + 1);
          if (value.startsWith(' ')) value = value.slice(1);
          if (field === 'id') current.id = value;
          else if (field === 'event') current.event = value;
          else if (field === 'data') current.data.push(value);
        }
      });
      const finish = () => { done = true; for (const wake of waiters) wake(); };
      res.on('end', finish);
      res.on('close', finish);
      res.on('error', finish);
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        events,
        ended: () => done,
        waitFor(test, timeoutMs, what = 'an SSE event') {
          return new Promise((ok, fail) => {
            const check = () => {
              const found = events.find(test);
              if (found) { cleanup(); ok(found); } else if (done) { cleanup(); fail(new Error(`${what}: the stream ended first (${events.length} events)`)); }
            };
            const timer = setTimeout(() => { cleanup(); fail(new Error(`${what}: not within ${timeoutMs} ms (${events.length} events: ${events.map((e) => `${e.id}/${e.event}`).join(', ')})`)); }, timeoutMs);
            const cleanup = () => { clearTimeout(timer); waiters.delete(check); };
            waiters.add(check);
            check();
          });
        },
        close() { req.destroy(); res.destroy(); },
      });
    });
  });
}
