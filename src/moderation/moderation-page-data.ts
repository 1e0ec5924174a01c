// Everything one page of the queue shows, loaded with a fixed number of queries however
// many items the page has (no query per item): the items, the tab counts, then for the
// page's items their parents, their commenters' histories and first comments, and their
// open reports. Screening is read from the stored JSON and the text cut at its spans here,
// so the views only render.
import type { AppDeps } from '../app-deps.ts';
import { listCommenterHistory, type CommenterHistory } from '../commenters/commenter-standing.queries.ts';
import { parseStoredScreening, type StoredScreening } from '../screening/stored-screening.ts';
import { splitAtSpans, type TextPart } from '../lib/highlight.ts';
import type { ModerationListQuery } from './moderation-list.ts';
import {
  countTabs, findListAnchor, listFirstCommentTimes, listModerationItems, listOpenReportReasons, listParents,
  type ModerationFilter, type ModerationItem, type ParentExcerpt, type ReportReasonCount, type TabCounts,
} from './moderation.queries.ts';

export const PAGE_SIZE = 20;

export interface QueueEntry {
  item: ModerationItem;
  /** The comment a reply answers (undefined: a reply to a comment that no longer exists, or not a reply). */
  parent?: ParentExcerpt;
  history: CommenterHistory;
  /** No earlier comment by the same commenter on the site. */
  firstComment: boolean;
  reports: ReportReasonCount[];
  screening?: StoredScreening;
  /** The text cut into plain and highlighted (matched) parts. */
  bodyParts: TextPart[];
}

export interface QueuePage {
  counts: TabCounts;
  entries: QueueEntry[];
  /** The last comment of this page when there is a next one. */
  nextAfter?: string;
  /** The page started after a comment (not the first page). */
  after?: string;
}

const NO_HISTORY: CommenterHistory = { pending: 0, approved: 0, rejected: 0, spam: 0 };

function entryOf(item: ModerationItem, context: {
  parents: Map<string, ParentExcerpt>; histories: Map<string, CommenterHistory>; firsts: Map<string, string>; reports: Map<string, ReportReasonCount[]>;
}): QueueEntry {
  const screening = parseStoredScreening(item.screening);
  const first = context.firsts.get(item.emailHash);
  return {
    item,
    parent: item.parentId ? context.parents.get(item.parentId) : undefined,
    history: context.histories.get(item.emailHash) ?? NO_HISTORY,
    firstComment: first === undefined || first >= item.createdAt,
    reports: context.reports.get(item.id) ?? [],
    screening,
    bodyParts: splitAtSpans(item.body, screening?.reasons.flatMap((r) => r.evidence) ?? []),
  };
}

export async function loadQueuePage(deps: Pick<AppDeps, 'db'>, filter: ModerationFilter, query: ModerationListQuery): Promise<QueuePage> {
  const { db } = deps;
  const anchor = query.after ? await findListAnchor(db, filter.siteId, query.after) : undefined;
  const [rows, counts] = await Promise.all([
    listModerationItems(db, filter, { after: anchor, limit: PAGE_SIZE + 1 }),
    countTabs(db, filter),
  ]);
  const items = rows.slice(0, PAGE_SIZE);
  const hashes = items.map((i) => i.emailHash);
  const [parents, histories, firsts, reports] = await Promise.all([
    listParents(db, items.map((i) => i.parentId).filter((id): id is string => id !== null)),
    listCommenterHistory(db, filter.siteId, hashes),
    listFirstCommentTimes(db, filter.siteId, hashes),
    listOpenReportReasons(db, items.filter((i) => i.reportCount > 0).map((i) => i.id)),
  ]);
  return {
    counts,
    entries: items.map((item) => entryOf(item, { parents, histories, firsts, reports })),
    nextAfter: rows.length > PAGE_SIZE ? items.at(-1)!.id : undefined,
    after: anchor?.id,
  };
}
