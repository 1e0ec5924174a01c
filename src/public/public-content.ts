// The shapes public queries return and public views render. Kept apart from both
// so views never import query modules.
import type { CommentMode } from '../db/database.ts';

export interface LeadImage {
  storageKey: string;
  width: number;
  height: number;
  /** Widths of the resized variants, ascending. */
  widths: number[];
}

export interface SectionLink { id: string; slug: string; name: string }
export interface AuthorLink { id: string; slug: string; name: string }
export interface TagLink { id: string; slug: string; name: string }

/** An article as lists show it: headline, summary, section and time. */
export interface Teaser {
  id: string;
  locale: string;
  slug: string;
  headline: string;
  summary: string;
  publishedAt: string;
  section: { slug: string; name: string };
  lead: LeadImage | null;
  leadAlt: string;
}

export interface PublishedArticle extends Teaser {
  dateline: string;
  bodyHtml: string;
  leadCaption: string;
  leadCredit: string;
  contentUpdatedAt: string | null;
  translationGroupId: string;
  sectionId: string;
  /** Overrides of the site's comment mode; null inherits. */
  commentModes: { article: CommentMode | null; section: CommentMode | null };
}

export interface AuthorProfile { id: string; slug: string; name: string; bio: string }
