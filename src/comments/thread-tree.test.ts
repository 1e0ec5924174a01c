import { describe, expect, it } from 'vitest';
import { buildThread, walkThread, type ThreadNode, type TreeComment } from './thread-tree.ts';

let clock = 0;
function comment(id: string, parentId: string | null = null, threadId = id): TreeComment {
  clock += 1;
  return { id, parentId, threadId, authorName: `Name ${id}`, createdAt: new Date(Date.UTC(2026, 5, 8, 9, 0, clock)).toISOString() };
}
function reply(id: string, parent: TreeComment): TreeComment {
  return comment(id, parent.id, parent.threadId);
}

/** "id@level" or "id@level>parent" / "id@level>removed", in reading order. */
function shape(nodes: Array<ThreadNode<TreeComment>>): string[] {
  return [...walkThread(nodes)].map((n) => {
    const to = n.inReplyTo === undefined ? '' : n.inReplyTo === 'removed' ? '>removed'
      : `>${n.inReplyTo.elsewhere ? 'elsewhere:' : ''}${n.inReplyTo.id}`;
    return `${n.comment.id}@${n.level}${to}`;
  });
}

describe('thread tree', () => {
  it('keeps the page order of top-level comments and threads replies chronologically under their parent', () => {
    const a = comment('a');
    const b = comment('b');
    const a1 = reply('a1', a);
    const b1 = reply('b1', b);
    const a2 = reply('a2', a);
    const a1x = reply('a1x', a1);
    // Newest-first page order for the roots; replies arrive shuffled.
    const tree = buildThread([b, a], [a1x, a2, b1, a1]);
    expect(shape(tree)).toEqual(['b@0', 'b1@1', 'a@0', 'a1@1', 'a1x@2', 'a2@1']);
  });

  it('caps indentation at 3 and says whom deeper replies answer, right after the comment they answer', () => {
    const root = comment('r');
    const d1 = reply('d1', root);
    const d2 = reply('d2', d1);
    const d3 = reply('d3', d2);
    const d4 = reply('d4', d3);
    const d5 = reply('d5', d4);
    const d4b = reply('d4b', d3);
    const d3b = reply('d3b', d2);
    const tree = buildThread([root], [d5, d4b, d4, d3b, d3, d2, d1]);
    expect(shape(tree)).toEqual(['r@0', 'd1@1', 'd2@2', 'd3@3', 'd4@3>d3', 'd5@3>d4', 'd4b@3>d3', 'd3b@3']);
    const d3node = tree[0]!.replies[0]!.replies[0]!.replies.find((n) => n.comment.id === 'd4')!;
    expect(d3node.inReplyTo).toEqual({ id: 'd3', name: 'Name d3' });
    expect(d3node.replies).toEqual([]);
  });

  it('a reply whose parent is gone hangs under the top-level comment, marked as answering a removed comment', () => {
    const root = comment('r');
    const gone = reply('gone', root);
    const kept = reply('kept', gone);
    const keptChild = reply('kept-child', kept);
    expect(shape(buildThread([root], [kept, keptChild]))).toEqual(['r@0', 'kept@1>removed', 'kept-child@2']);
  });

  it('drops replies of threads that are not on the page and survives cycles and duplicates', () => {
    const root = comment('r');
    const elsewhere = comment('x');
    const stray = reply('stray', elsewhere);
    const p = comment('p', 'q', 'r');
    const q = comment('q', 'p', 'r');
    const tree = buildThread([root, root], [stray, p, q, root]);
    const ids = [...walkThread(tree)].map((n) => n.comment.id);
    expect(ids[0]).toBe('r');
    expect(ids).not.toContain('stray');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('an empty page is an empty tree', () => {
    expect(buildThread([], [])).toEqual([]);
  });

  it('a reply whose parent is visible but on another page says whom it answers, by name, under the top-level comment', () => {
    const root = comment('r');
    const earlier = reply('earlier', root);
    const later = reply('later', earlier);
    const laterChild = reply('later-child', later);
    const gone = reply('gone', root);
    const underGone = reply('under-gone', gone);
    // Page two of the chain: `earlier` was on page one, `gone` is not visible.
    const tree = buildThread([root], [laterChild, underGone, later], { elsewhere: new Map([['earlier', 'Name earlier']]) });
    expect(shape(tree)).toEqual(['r@0', 'later@1>elsewhere:earlier', 'later-child@2', 'under-gone@1>removed']);
    expect([...walkThread(tree)][1]!.inReplyTo).toEqual({ id: 'earlier', name: 'Name earlier', elsewhere: true });
  });
});
