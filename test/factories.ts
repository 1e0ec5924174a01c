// Test data, written straight to the database so a test states only what it cares about.
// Feature code never uses these: it goes through its own queries and use cases.
import { hash } from '@node-rs/argon2';
import type { AppDeps } from '../src/app-deps.ts';
import type { ArticleStatus, Role } from '../src/db/database.ts';
import { renderArticleBody } from '../src/articles/markdown.ts';
import { slugify } from '../src/lib/slug.ts';

type Deps = Pick<AppDeps, 'db' | 'ids' | 'clock' | 'sites'>;

export async function defaultSiteId(deps: Deps): Promise<string> {
  const site = await deps.sites.forHost(undefined);
  if (!site) throw new Error('no default site: did buildTestApp run ensureDefaultSite?');
  return site.id;
}

export async function createUser(deps: Deps, fields: { email?: string; role?: Role; password?: string; displayName?: string } = {}) {
  const id = deps.ids.next();
  const user = {
    id,
    email: fields.email ?? `user-${id.slice(-6)}@example.test`,
    display_name: fields.displayName ?? 'Test Person',
    password_hash: await hash(fields.password ?? 'correct horse battery staple'),
    role: fields.role ?? 'editor',
    disabled: 0,
    created_at: deps.clock.now().toISOString(),
  };
  await deps.db.insertInto('users').values(user).execute();
  return { ...user, password: fields.password ?? 'correct horse battery staple' };
}

export async function createSection(deps: Deps, fields: { name?: string; slug?: string; siteId?: string; position?: number } = {}) {
  const name = fields.name ?? 'Politics';
  const row = {
    id: deps.ids.next(), site_id: fields.siteId ?? (await defaultSiteId(deps)), slug: fields.slug ?? slugify(name), name,
    position: fields.position ?? 0, created_at: deps.clock.now().toISOString(),
  };
  await deps.db.insertInto('sections').values(row).execute();
  return row;
}

export async function createAuthor(deps: Deps, fields: { name?: string; slug?: string; siteId?: string; bio?: string; userId?: string | null } = {}) {
  const name = fields.name ?? 'Aru Bekova';
  const row = {
    id: deps.ids.next(), site_id: fields.siteId ?? (await defaultSiteId(deps)), slug: fields.slug ?? slugify(name), name,
    bio: fields.bio ?? '', user_id: fields.userId ?? null, created_at: deps.clock.now().toISOString(),
  };
  await deps.db.insertInto('authors').values(row).execute();
  return row;
}

export interface ArticleFields {
  siteId?: string; locale?: string; headline?: string; slug?: string; summary?: string; sectionId: string;
  authorIds?: string[]; tagIds?: string[]; dateline?: string; bodyMd?: string; status?: ArticleStatus;
  publishedAt?: string | null; publishAt?: string | null; translationGroupId?: string; createdBy?: string | null;
  leadMediaId?: string | null; leadCaption?: string; leadCredit?: string; leadAlt?: string;
}

export async function createArticle(deps: Deps, fields: ArticleFields) {
  const now = deps.clock.now().toISOString();
  const id = deps.ids.next();
  const headline = fields.headline ?? 'Border crossing reopens after repairs';
  const bodyMd = fields.bodyMd ?? 'Traffic resumed on Monday morning.\n\n## What changes\n\nTrucks are checked at a new terminal.';
  const status = fields.status ?? 'published';
  const row = {
    id, site_id: fields.siteId ?? (await defaultSiteId(deps)), locale: fields.locale ?? 'en',
    translation_group_id: fields.translationGroupId ?? id, slug: fields.slug ?? slugify(headline, fields.locale), headline,
    summary: fields.summary ?? 'A short summary.', section_id: fields.sectionId, dateline: fields.dateline ?? 'BISHKEK',
    lead_media_id: fields.leadMediaId ?? null, lead_caption: fields.leadCaption ?? '', lead_credit: fields.leadCredit ?? '',
    lead_alt: fields.leadAlt ?? '', body_md: bodyMd, body_html: renderArticleBody(bodyMd), status,
    publish_at: fields.publishAt ?? null,
    published_at: fields.publishedAt !== undefined ? fields.publishedAt : status === 'published' ? now : null,
    content_updated_at: null, created_by: fields.createdBy ?? null, created_at: now, updated_at: now, version: 1,
  };
  await deps.db.insertInto('articles').values(row).execute();
  const authorIds = fields.authorIds ?? [];
  if (authorIds.length) await deps.db.insertInto('article_authors').values(authorIds.map((author_id, position) => ({ article_id: id, author_id, position }))).execute();
  const tagIds = fields.tagIds ?? [];
  if (tagIds.length) await deps.db.insertInto('article_tags').values(tagIds.map((tag_id) => ({ article_id: id, tag_id }))).execute();
  return row;
}

export async function createTag(deps: Deps, fields: { name?: string; slug?: string; siteId?: string } = {}) {
  const name = fields.name ?? 'Trade';
  const row = { id: deps.ids.next(), site_id: fields.siteId ?? (await defaultSiteId(deps)), slug: fields.slug ?? slugify(name), name, created_at: deps.clock.now().toISOString() };
  await deps.db.insertInto('tags').values(row).execute();
  return row;
}
