// The live stream's wire format (the contract in docs and /work/notes/common.md):
// `id: <seq>`, `event: comment|count`, one `data:` line of JSON. JSON.stringify never
// emits a raw line break, so one data line always holds the whole event.

export type LiveEventName = 'comment' | 'count';

export interface CommentEventData { commentId: string; parentId: string | null; html: string; count: number }
export interface CountEventData { count: number }

export function eventFrame(seq: number, event: 'comment', data: CommentEventData): string;
export function eventFrame(seq: number, event: 'count', data: CountEventData): string;
export function eventFrame(seq: number, event: LiveEventName, data: CommentEventData | CountEventData): string {
  return `id: ${seq}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** First thing on every stream: how long a browser waits before reconnecting. */
export const RETRY_FRAME = 'retry: 3000\n\n';

/** Keeps proxies from closing an idle stream. */
export const KEEP_ALIVE = ': keep-alive\n\n';

/** Last-Event-ID as the page or a browser sends it: a seq, or absent. Undefined: absent; null: malformed. */
export function parseLastEventId(value: unknown): number | undefined | null {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  const seq = Number(value);
  return Number.isSafeInteger(seq) ? seq : null;
}
