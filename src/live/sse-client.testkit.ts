// A small Server-Sent Events client over node:http for tests: parses `id:`, `event:`,
// `data:` and comment lines as the live contract writes them, and waits on conditions
// (bounded by a deadline), never on sleeps.
import http from 'node:http';

export interface SseEvent { id: string | undefined; event: string; data: string }

export interface SseConnection {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The whole body when the answer was not a stream (a 4xx). */
  body: string;
  events: SseEvent[];
  comments: string[];
  retry: number | undefined;
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  waitFor(count: number, timeoutMs?: number): Promise<SseEvent[]>;
  waitUntil(check: () => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseConnection> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      const conn: SseConnection = {
        status: res.statusCode ?? 0, headers: res.headers, body: '', events: [], comments: [], retry: undefined,
        ended: new Promise((done) => res.on('close', () => done())),
        waitFor: (count, timeoutMs) => conn.waitUntil(() => conn.events.length >= count, timeoutMs).then(() => conn.events),
        waitUntil: (check, timeoutMs = 5_000) => waitUntil(check, timeoutMs, res),
        close: () => req.destroy(),
      };
      let buffer = '';
      let pending: Partial<SseEvent> & { data?: string } = {};
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        conn.body += chunk;
        buffer += chunk;
        let newline: number;
        while ((newline = buffer.indexOf('\n')) !== -1) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          if (line === '') {
            if (pending.data !== undefined) conn.events.push({ id: pending.id, event: pending.event ?? 'message', data: pending.data });
            pending = {};
          } else if (line.startsWith(':')) conn.comments.push(line.slice(1).trim());
          else {
            const colon = line.indexOf(':');
            const field = line.slice(0, colon);
            const value = line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') pending.id = value;
            else if (field === 'event') pending.event = value;
            else if (field === 'data') pending.data = pending.data === undefined ? value : `${pending.data}\n${value}`;
            else if (field === 'retry') conn.retry = Number(value);
          }
        }
      });
      resolve(conn);
    });
    req.on('error', reject);
  });
}

async function waitUntil(check: () => boolean, timeoutMs: number, res: http.IncomingMessage): Promise<void> {
  if (check()) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error('timed out waiting for server-sent events'));
    }, timeoutMs);
    const onData = () => {
      // The parser runs first (it was attached first), so the events are already counted.
      if (check()) {
        cleanup();
        resolve();
      }
    };
    const cleanup = () => {
      clearTimeout(timer);
      res.off('data', onData);
    };
    res.on('data', onData);
  });
}
