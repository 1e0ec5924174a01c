// Live comments across nodes: a moderator approves on node A, a reader's SSE stream on node B
// gets the comment (through Redis); a reader who reconnects to A with Last-Event-ID gets exactly
// what they missed, in order, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputOf, startCluster, type Cluster } from './support/cluster.ts';
import { postHeldComment, storedComments, uniqueText } from './support/comments.ts';
import { approveComment, moderateComment, signIn, type StaffAgent } from './support/http.ts';
import { connectSse, type SseEvent } from './support/sse.ts';

const LIVE_WAIT_MS = 5_000;

const commentIdOf = (event: SseEvent): string => (JSON.parse(event.data) as { commentId: string }).commentId;

describe('live comments across two nodes', () => {
  let cluster: Cluster;
  let staff: StaffAgent;
  beforeAll(async () => {
    cluster = await startCluster();
    staff = await signIn(cluster.nodes[0]!.url, cluster.newsroom.editor.email, cluster.newsroom.editor.password);
  });
  afterAll(async () => { await cluster?.stop(); });

  const liveUrl = (base: string) => `${base}/api/articles/${cluster.newsroom.article.id}/live`;

  const texts = new Map<string, string>();

  /** Posts a held comment on `postOn` and approves it on node A. */
  async function approvedComment(postOn: string, label: string): Promise<string> {
    const text = uniqueText(label);
    const held = await postHeldComment(cluster.db, postOn, cluster.newsroom.article.path, text);
    expect(held.status).toBe('pending');
    await approveComment(staff, cluster.nodes[0]!.url, held.id, held.version);
    texts.set(held.id, text);
    return held.id;
  }

  it('answers 404 JSON for an unknown article', async () => {
    const res = await fetch(`${cluster.nodes[1]!.url}/api/articles/nope0000000000000000/live`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(404);
    // The app's JSON error shape (src/http/error-handler.ts): { error: { code, message } }.
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('delivers an approval on node A to a stream on node B, then replays missed events on reconnect to A', async () => {
    const [a, b] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0]];
    const onB = await connectSse(liveUrl(b.url));
    let lastSeen: string;
    try {
      expect(onB.status, outputOf(cluster.nodes)).toBe(200);
      expect(onB.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(onB.headers['cache-control']).toMatch(/no-store/);

      const first = await approvedComment(b.url, 'first');
      const seen = await onB.waitFor((e) => e.event === 'comment' && commentIdOf(e) === first, LIVE_WAIT_MS, 'the approved comment on node B');
      expect(seen.id).toMatch(/^\d+$/);
      expect(JSON.parse(seen.data)).toMatchObject({ commentId: first, parentId: null, count: 1 });
      expect(JSON.parse(seen.data).html).toContain('<li');
      lastSeen = seen.id!;
    } finally {
      onB.close();
    }

    // While the reader is away, three more are approved (posted on either node).
    const missed = [await approvedComment(a.url, 'missed one'), await approvedComment(b.url, 'missed two'), await approvedComment(a.url, 'missed three')];

    const onA = await connectSse(liveUrl(a.url), { lastEventId: lastSeen });
    try {
      expect(onA.status).toBe(200);
      await onA.waitFor((e) => e.event === 'comment' && commentIdOf(e) === missed[2], LIVE_WAIT_MS, 'the replayed comments on node A');
      // A marker approved after the reconnect: once it arrives, everything before it has been sent.
      const marker = await approvedComment(b.url, 'marker');
      await onA.waitFor((e) => e.event === 'comment' && commentIdOf(e) === marker, LIVE_WAIT_MS, 'the marker comment on node A');

      const comments = onA.events.filter((e) => e.event === 'comment');
      expect(comments.map(commentIdOf)).toEqual([...missed, marker]);
      const seqs = onA.events.map((e) => Number(e.id));
      // Every event after the one the reader had, strictly increasing: none missed out of order, none repeated.
      expect(seqs.every((seq) => seq > Number(lastSeen))).toBe(true);
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
      expect(JSON.parse(comments.at(-1)!.data).count).toBe(5);
    } finally {
      onA.close();
    }
  });

  it('tells a stream on node B the new count when a moderator on node A removes a visible comment', async () => {
    const [a, b] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0]];
    const visible = await approvedComment(a.url, 'to be removed');
    const onB = await connectSse(liveUrl(b.url));
    try {
      expect(onB.status).toBe(200);
      const [row] = await storedComments(cluster.db, texts.get(visible)!);
      await moderateComment(staff, a.url, visible, row!.version, 'rejected', 'off_topic');
      const counted = await onB.waitFor((e) => e.event === 'count', LIVE_WAIT_MS, 'the count event on node B');
      expect(JSON.parse(counted.data)).toEqual({ count: 5 });
      expect(onB.events.filter((e) => e.event === 'comment')).toEqual([]);
    } finally {
      onB.close();
    }
  });
});
