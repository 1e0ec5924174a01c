// Turns one page of a thread (its top-level comments in page order, and the replies
// loaded for them in any order) into the tree readers see. Indentation stops at
// MAX_INDENT: deeper replies are listed at that level right after the comment they
// answer, each saying whom it answers ("in reply to NAME"), as WordPress does.
// Pure: no I/O, so the shapes a pathological thread can take are unit-tested here.

export const MAX_INDENT = 3;

export interface TreeComment {
  id: string;
  parentId: string | null;
  threadId: string;
  authorName: string;
  createdAt: string;
}

/**
 * Whom a comment answers when indentation alone no longer shows it. `elsewhere`: the
 * comment answered is visible but not on this page (an earlier page of a reply chain).
 */
export type InReplyTo = { id: string; name: string; elsewhere?: true } | 'removed';

export interface BuildOptions {
  maxIndent?: number;
  /** Visible comments that replies on this page answer but that are not on it: id → name. */
  elsewhere?: ReadonlyMap<string, string>;
}

export interface ThreadNode<C extends TreeComment> {
  comment: C;
  /** Indentation level: 0 for top-level comments, at most MAX_INDENT. */
  level: number;
  /** Set when the level does not show the parent: past MAX_INDENT, or the parent is no longer visible. */
  inReplyTo?: InReplyTo;
  replies: Array<ThreadNode<C>>;
}

const chronological = (a: TreeComment, b: TreeComment) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

interface Links<C> { children: Map<string, C[]>; orphans: Map<string, InReplyTo> }

/**
 * Parent → children, chronological. A reply whose parent is not loaded hangs under its
 * thread's top-level comment, saying whom it answers: a removed comment (rejected after it
 * was answered), or one shown elsewhere; a reply whose thread is not on this page is dropped.
 */
function link<C extends TreeComment>(roots: readonly C[], replies: readonly C[], elsewhere: ReadonlyMap<string, string>): Links<C> {
  const known = new Set([...roots, ...replies].map((c) => c.id));
  const rootIds = new Set(roots.map((c) => c.id));
  const children = new Map<string, C[]>();
  const orphans = new Map<string, InReplyTo>();
  for (const reply of replies) {
    if (rootIds.has(reply.id)) continue;
    let parent = reply.parentId;
    if (parent === null || parent === reply.id || !known.has(parent)) {
      if (!rootIds.has(reply.threadId)) continue;
      const name = parent === null ? undefined : elsewhere.get(parent);
      orphans.set(reply.id, parent !== null && name !== undefined ? { id: parent, name, elsewhere: true } : 'removed');
      parent = reply.threadId;
    }
    const list = children.get(parent);
    if (list) list.push(reply);
    else children.set(parent, [reply]);
  }
  for (const list of children.values()) list.sort(chronological);
  return { children, orphans };
}

export function buildThread<C extends TreeComment>(roots: readonly C[], replies: readonly C[], options: BuildOptions = {}): Array<ThreadNode<C>> {
  const maxIndent = options.maxIndent ?? MAX_INDENT;
  const { children, orphans } = link(roots, replies, options.elsewhere ?? new Map());
  // Guards against cycles in bad data: every comment is placed at most once.
  const placed = new Set<string>();
  const kidsOf = (id: string) => (children.get(id) ?? []).filter((c) => !placed.has(c.id));
  const removedOr = (c: C, otherwise?: InReplyTo): InReplyTo | undefined => orphans.get(c.id) ?? otherwise;

  const flatten = (comment: C, list: Array<ThreadNode<C>>, inReplyTo: InReplyTo | undefined) => {
    placed.add(comment.id);
    list.push(withReplyTo({ comment, level: maxIndent, replies: [] }, inReplyTo));
    for (const kid of kidsOf(comment.id)) flatten(kid, list, removedOr(kid, { id: comment.id, name: comment.authorName }));
  };

  const build = (comment: C, level: number, inReplyTo: InReplyTo | undefined): ThreadNode<C> => {
    placed.add(comment.id);
    const node = withReplyTo<C>({ comment, level, replies: [] }, inReplyTo);
    for (const kid of kidsOf(comment.id)) {
      if (level + 1 < maxIndent) node.replies.push(build(kid, level + 1, removedOr(kid)));
      else flatten(kid, node.replies, removedOr(kid));
    }
    return node;
  };

  const nodes: Array<ThreadNode<C>> = [];
  for (const root of roots) if (!placed.has(root.id)) nodes.push(build(root, 0, undefined));
  return nodes;
}

function withReplyTo<C extends TreeComment>(node: ThreadNode<C>, inReplyTo: InReplyTo | undefined): ThreadNode<C> {
  if (inReplyTo !== undefined) node.inReplyTo = inReplyTo;
  return node;
}

/** Every comment in the tree, in reading order (for counting and lookups). */
export function* walkThread<C extends TreeComment>(nodes: ReadonlyArray<ThreadNode<C>>): Generator<ThreadNode<C>> {
  for (const node of nodes) {
    yield node;
    yield* walkThread(node.replies);
  }
}
