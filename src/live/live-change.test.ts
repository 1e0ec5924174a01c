// Which status changes tell open pages what (a comment shown, or only the count).
import { describe, expect, it } from 'vitest';
import { liveChangeOf } from './live-change.ts';

const top = { id: 'c1', depth: 0, rootStatus: 'approved' as const };

describe('liveChangeOf', () => {
  it('shows a comment that becomes visible, top-level or in a visible thread', () => {
    expect(liveChangeOf({ ...top, status: 'pending' }, 'approved', 1)).toEqual({ kind: 'comment', commentId: 'c1' });
    expect(liveChangeOf({ ...top, status: 'rejected', depth: 2 }, 'approved', 1)).toEqual({ kind: 'comment', commentId: 'c1' });
  });

  it('tells only the count when a visible comment or thread is hidden', () => {
    expect(liveChangeOf({ ...top, status: 'approved' }, 'rejected', -3)).toEqual({ kind: 'count', commentId: 'c1' });
    expect(liveChangeOf({ ...top, status: 'approved', depth: 1 }, 'spam', -1)).toEqual({ kind: 'count', commentId: 'c1' });
  });

  it('tells nothing when readers see no change', () => {
    expect(liveChangeOf({ ...top, status: 'pending' }, 'rejected', 0)).toBeUndefined();
    expect(liveChangeOf({ ...top, status: 'approved' }, 'approved', 0)).toBeUndefined();
    // A reply approved in a hidden thread stays unseen.
    expect(liveChangeOf({ id: 'r', depth: 1, rootStatus: 'rejected', status: 'pending' }, 'approved', 0)).toBeUndefined();
  });
});
