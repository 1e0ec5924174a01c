// The demo newsroom as plain data: what the seed creates, independent of how.
// Every word in src/demo/content is original text written for the demo.
import type { CommentMode, CommentStatus, Role } from '../../db/database.ts';
import type { SceneSpec } from '../scenes.ts';

export type SectionKey = 'politics' | 'economy' | 'security' | 'society';
export type DemoLocale = 'en' | 'ru';

export interface DemoSection {
  key: SectionKey;
  slug: string;
  name: string;
  labels: Record<DemoLocale, string>;
  /** The section's own comment moderation; absent inherits the site's (pre-moderation). */
  commentMode?: CommentMode;
}

export interface DemoAuthor {
  key: string;
  name: string;
  bio: string;
  /** Links the byline to a staff account of the same key, when there is one. */
  staffKey?: string;
}

export interface DemoStaff {
  key: string;
  email: string;
  displayName: string;
  role: Role;
}

/** One language version of a story. */
export interface DemoText {
  headline: string;
  summary: string;
  dateline: string;
  bodyMd: string;
  tags: string[];
  caption: string;
  alt: string;
}

/**
 * Where the story ends up: published `hoursAgo` before the seed runs, left as a
 * draft or in review, or scheduled `hoursAgo` hours into the future (a negative age).
 */
export type DemoState = 'published' | 'draft' | 'review' | 'scheduled';

export interface DemoStory {
  key: string;
  section: SectionKey;
  authors: string[];
  /** Staff key of the person who created it: decides who may edit it in the admin. */
  createdBy: string;
  state: DemoState;
  /** Hours before the seed time (published, draft, review) or after it (scheduled). */
  hours: number;
  scene: SceneSpec;
  credit: string;
  en: DemoText;
  /** A Russian translation in the same translation group. */
  ru?: DemoText;
}

/** A reader's comment on a demo article. */
export interface DemoComment {
  /** Names the comment for replies in the same discussion. */
  key: string;
  replyTo?: string;
  name: string;
  /** Fictional, on example domains; seen only by moderators. */
  email: string;
  body: string;
  /** Minutes after the article was published. */
  minutes: number;
  /** Where it ends up; under pre-moderation anything but pending was decided by the editor a little later. */
  state: CommentStatus;
}

export interface DemoDiscussion {
  story: string;
  locale: DemoLocale;
  /** Oldest first; a reply comes after the comment it answers. */
  comments: DemoComment[];
}
