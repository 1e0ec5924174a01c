// The typed shape of the database, shared by both engines. Ids are UUIDv7 text,
// timestamps fixed-width UTC ISO text, booleans 0/1 integers: one representation
// on SQLite and PostgreSQL, so queries never branch on the engine.
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { DatabaseEngine } from '../config.ts';
import type {
  CommenterBansTable, CommenterPremoderationTable, CommentReportsTable, ModerationLogTable, ModeratorScopesTable,
  ScreeningSettingsTable, ScreeningTermsTable,
} from './moderation-tables.ts';
import type { ArticleViewsTable } from '../readership/article-view.table.ts';

export type {
  CommenterBansTable, CommenterPremoderationTable, CommentReportsTable, ModerationActorKind, ModerationLogTable, ModeratorScopesTable,
  ScreeningSettingsTable, ScreeningTermsTable,
} from './moderation-tables.ts';

export type Role = 'admin' | 'editor' | 'author' | 'contributor' | 'moderator';
export const ROLES: readonly Role[] = ['admin', 'editor', 'author', 'contributor', 'moderator'];

export type ArticleStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['draft', 'review', 'scheduled', 'published', 'unpublished'];

export type CommentMode = 'pre' | 'post' | 'closed';
export const COMMENT_MODES: readonly CommentMode[] = ['pre', 'post', 'closed'];

/** A nullable column added later: inserts written before it existed may leave it out. */
type OptionalOnInsert<T> = ColumnType<T, T | undefined, T>;

export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam';
export const COMMENT_STATUSES: readonly CommentStatus[] = ['pending', 'approved', 'rejected', 'spam'];

export interface SettingsTable { key: string; value: string }

export interface SitesTable {
  id: string;
  slug: string;
  name: string;
  host: string | null;
  default_locale: string;
  is_default: number;
  created_at: string;
  comment_mode: Generated<CommentMode>;
  comments_close_after_days: OptionalOnInsert<number | null>;
  logo_media_id: OptionalOnInsert<string | null>;
  /** 1: feeds carry full article text; 0: summaries (issue 6). */
  feed_full_content: Generated<number>;
}

export interface UserSitesTable { user_id: string; site_id: string }

export interface SiteLocalesTable { site_id: string; locale: string; position: number }

export interface SectionsTable {
  id: string;
  site_id: string;
  slug: string;
  name: string;
  position: number;
  created_at: string;
  comment_mode: OptionalOnInsert<CommentMode | null>;
}

export interface SectionLabelsTable { section_id: string; locale: string; name: string }

export interface AuthorsTable {
  id: string;
  site_id: string;
  slug: string;
  name: string;
  bio: string;
  user_id: string | null;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  role: Role;
  disabled: number;
  created_at: string;
  /** The admin interface's language for this user; null follows the browser. */
  ui_locale: OptionalOnInsert<string | null>;
}

export interface SessionsTable {
  id: string; // SHA-256 of the cookie token: a leaked table cannot be replayed
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface MediaTable {
  id: string;
  site_id: string;
  storage_key: string; // folder + base name under the media store, e.g. 2026/11/<id>
  original_name: string;
  mime_type: string;
  width: number;
  height: number;
  widths: string; // comma-separated variant widths, e.g. "480,960,1600"
  alt: string;
  created_by: string | null;
  created_at: string;
}

export interface TagsTable { id: string; site_id: string; slug: string; name: string; created_at: string }

export interface ArticlesTable {
  id: string;
  site_id: string;
  locale: string;
  translation_group_id: string;
  slug: string;
  headline: string;
  summary: string;
  section_id: string;
  dateline: string;
  lead_media_id: string | null;
  lead_caption: string;
  lead_credit: string;
  lead_alt: string;
  body_md: string;
  body_html: string;
  status: ArticleStatus;
  publish_at: string | null; // when a scheduled article goes live
  published_at: string | null; // first publication, shown to readers
  content_updated_at: string | null; // last edit after publication
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  comment_mode: OptionalOnInsert<CommentMode | null>;
}

export interface ArticleAuthorsTable { article_id: string; author_id: string; position: number }
export interface ArticleTagsTable { article_id: string; tag_id: string }

export interface ArticleRevisionsTable {
  id: string;
  article_id: string;
  version: number;
  headline: string;
  summary: string;
  body_md: string;
  dateline: string;
  status: ArticleStatus;
  editor_id: string | null;
  created_at: string;
}

export interface ArticleSlugHistoryTable { site_id: string; locale: string; slug: string; article_id: string }

export interface CommentsTable {
  id: string;
  site_id: string;
  article_id: string;
  parent_id: string | null;
  thread_id: string;
  depth: number;
  locale: string;
  author_name: string;
  author_email: string;
  email_hash: string;
  ip_hash: string;
  reader_id: string;
  body: string;
  body_hash: string;
  submission_key: string;
  status: CommentStatus;
  created_at: string;
  updated_at: string;
  moderated_at: string | null;
  moderated_by: string | null;
  version: number;
  /** Screening score × 10,000 (0..10000): the work queues are ordered by it, highest first. */
  risk: Generated<number>;
  /** JSON of `StoredScreening` (src/screening/stored-screening.ts); null for comments stored before screening. */
  screening: OptionalOnInsert<string | null>;
  /** The work queue the comment waits in; null when no moderator needs to act. */
  queue: OptionalOnInsert<WorkQueue | null>;
  reject_reason: OptionalOnInsert<string | null>;
  /** Open (unresolved) reader reports. */
  report_count: Generated<number>;
  featured_at: OptionalOnInsert<string | null>;
  featured_by: OptionalOnInsert<string | null>;
}

/** Where a comment waits for a moderator: routine pre-moderation, held by screening, or reported by readers. */
export type WorkQueue = 'pending' | 'held' | 'reported';
export const WORK_QUEUES: readonly WorkQueue[] = ['pending', 'held', 'reported'];

/** One claim per (email hash, body hash) until expires_at: makes duplicate detection atomic. */
export interface CommentDuplicateGuardsTable {
  email_hash: string;
  body_hash: string;
  submission_key: string;
  expires_at: string;
}

export interface ArticleVotesTable {
  article_id: string;
  reader_id: string;
  value: number; // 1 yes, -1 no
  ip_hash: string;
  created_at: string;
  updated_at: string;
}

export interface ArticleCountersTable {
  article_id: string;
  comments_visible: number;
  comments_pending: number;
  votes_yes: number;
  votes_no: number;
  /** The article's last live_events.seq (issue 7, live comments). */
  live_seq: Generated<number>;
}

export type LiveEventKind = 'comment' | 'count';

export interface LiveEventsTable {
  article_id: string;
  seq: number;
  kind: LiveEventKind;
  comment_id: string | null;
  visible_count: number;
  created_at: string;
}

export interface CommentPoliciesTable {
  site_id: string;
  locale: string;
  title: string;
  body_md: string;
  body_html: string;
  updated_at: string;
  updated_by: string | null;
}

export interface DB {
  settings: SettingsTable;
  sites: SitesTable;
  site_locales: SiteLocalesTable;
  sections: SectionsTable;
  section_labels: SectionLabelsTable;
  authors: AuthorsTable;
  users: UsersTable;
  sessions: SessionsTable;
  media: MediaTable;
  tags: TagsTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_tags: ArticleTagsTable;
  article_revisions: ArticleRevisionsTable;
  article_slug_history: ArticleSlugHistoryTable;
  comments: CommentsTable;
  comment_duplicate_guards: CommentDuplicateGuardsTable;
  article_votes: ArticleVotesTable;
  article_counters: ArticleCountersTable;
  comment_policies: CommentPoliciesTable;
  comment_reports: CommentReportsTable;
  commenter_bans: CommenterBansTable;
  commenter_premoderation: CommenterPremoderationTable;
  screening_settings: ScreeningSettingsTable;
  screening_terms: ScreeningTermsTable;
  moderator_scopes: ModeratorScopesTable;
  moderation_log: ModerationLogTable;
  user_sites: UserSitesTable;
  article_views: ArticleViewsTable;
  live_events: LiveEventsTable;
}

export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  engine: DatabaseEngine;
  close(): Promise<void>;
}
