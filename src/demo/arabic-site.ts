// The demo's second site (issue 5): an Arabic sister site, right to left, at
// http://ar.localhost:PORT/, with Dari as its second language. Created through the same
// use cases as the admin pages: saveSite, createStaffUser (an editor limited to this site),
// saveSection, saveAuthor, saveCommentPolicies, storeImage, createArticle, publishArticle,
// and the demo's own comment path (screened, then storeComment) for readers' comments.
import type { AppDeps } from '../app-deps.ts';
import { createStaffUser } from '../accounts/manage-users.ts';
import { generatePassword } from '../accounts/password.ts';
import { findEditableArticle } from '../articles/article.queries.ts';
import { publishArticle } from '../articles/article-workflow.ts';
import { createArticle, type ArticleInput } from '../articles/save-article.ts';
import { saveAuthor } from '../authors/save-author.ts';
import { saveCommentPolicies } from '../comment-policy/save-comment-policy.ts';
import { updateSiteCommentSettings } from '../comment-settings/comment-settings.queries.ts';
import { effectiveCommentMode } from '../comments/comment-mode.ts';
import type { manualClock } from '../lib/clock.ts';
import { idGenerator } from '../lib/ids.ts';
import { storeImage } from '../media/store-image.ts';
import { saveSection } from '../sections/save-section.ts';
import { saveSite } from '../sites/save-site.ts';
import { listSites, type Site } from '../sites/site.queries.ts';
import { ARABIC_AUTHORS, ARABIC_POLICY, ARABIC_SECTIONS, ARABIC_SITE, ARABIC_STAFF, type ArabicDiscussion, type ArabicSectionKey, type ArabicStory } from './content/arabic-newsroom.ts';
import { ARABIC_DISCUSSIONS } from './content/arabic-comments.ts';
import { ARABIC_STORIES } from './content/arabic-stories.ts';
import type { DemoText } from './content/types.ts';
import { renderScene } from './scenes.ts';
import { store } from './seed-comments.ts';
import type { DemoLogin } from './seed-newsroom.ts';

export type SisterDeps = Pick<AppDeps, 'db' | 'ids' | 'pageCache' | 'mediaDir' | 'secret' | 'sites' | 'events'> & { clock: ReturnType<typeof manualClock> };

export interface SeededSisterSite { siteId: string; name: string; host: string; articles: number; comments: number; login: DemoLogin }

interface Desk { site: Site; editorId: string; sectionIds: Record<ArabicSectionKey, string>; authorIds: Record<string, string> }

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function fail(what: string): never {
  throw new Error(`demo sister site: ${what}`);
}

function expectSaved(result: { kind: string }, what: string): asserts result is { kind: 'saved'; id: string } {
  if (result.kind !== 'saved') fail(`${what} was refused: ${JSON.stringify(result)}`);
}

/** When the story went live, and when its Arabic and Dari versions were written. */
function storyTimes(story: ArabicStory, anchor: Date) {
  const live = anchor.getTime() - story.hours * HOUR;
  return { createdAt: new Date(live - 2 * HOUR), liveAt: new Date(live), dariCreatedAt: new Date(live + 20 * MINUTE), dariLiveAt: new Date(live + 50 * MINUTE) };
}

async function createSite(deps: SisterDeps): Promise<Site> {
  const result = await saveSite(deps, undefined, {
    name: ARABIC_SITE.name, slug: ARABIC_SITE.slug, host: ARABIC_SITE.host, locales: [...ARABIC_SITE.locales], positions: {},
    defaultLocale: ARABIC_SITE.defaultLocale, isDefault: false, logoMediaId: '', fingerprint: '',
  });
  expectSaved(result, 'the site');
  await updateSiteCommentSettings(deps.db, result.id, ARABIC_SITE.comments);
  deps.sites.reload();
  return (await listSites(deps.db)).find((s) => s.id === result.id) ?? fail('the site vanished');
}

async function createDesk(deps: SisterDeps, site: Site): Promise<Desk & { login: DemoLogin }> {
  const password = generatePassword();
  const staff = await createStaffUser(deps, { email: ARABIC_STAFF.email, displayName: ARABIC_STAFF.displayName, role: ARABIC_STAFF.role, password, sites: [site.id] });
  if (staff.kind !== 'created') fail(`the editor was refused: ${JSON.stringify(staff.errors)}`);
  const sectionIds = {} as Record<ArabicSectionKey, string>;
  for (const [position, section] of ARABIC_SECTIONS.entries()) {
    const result = await saveSection(deps, site.id, undefined, { name: section.name, slug: section.slug, position: String(position), labels: section.labels, commentMode: '' });
    expectSaved(result, `section ${section.slug}`);
    sectionIds[section.key] = result.id;
  }
  const authorIds: Record<string, string> = {};
  for (const author of ARABIC_AUTHORS) {
    const result = await saveAuthor(deps, site.id, undefined, { name: author.name, slug: '', bio: author.bio, userId: author.staffKey ? staff.user.id : '' });
    expectSaved(result, `author ${author.key}`);
    authorIds[author.key] = result.id;
  }
  const policy = await saveCommentPolicies(deps, site.id, staff.user.id, { ar: ARABIC_POLICY });
  if (policy.kind !== 'saved') fail('the comment policy was refused');
  const login = { key: ARABIC_STAFF.key, userId: staff.user.id, role: ARABIC_STAFF.role, email: staff.user.email, displayName: ARABIC_STAFF.displayName, password };
  return { site, editorId: staff.user.id, sectionIds, authorIds, login };
}

async function storeLeadImage(deps: SisterDeps, desk: Desk, story: ArabicStory, at: Date): Promise<string> {
  const imageDeps = { db: deps.db, mediaDir: deps.mediaDir, clock: { now: () => new Date(at) }, ids: idGenerator(() => at.getTime()) };
  const stored = await storeImage(imageDeps, { siteId: desk.site.id, data: await renderScene(story.scene), originalName: `${story.key}.jpg`, alt: story.ar.alt, createdBy: desk.editorId });
  if (stored.kind !== 'stored') fail(`image for "${story.key}" was refused: ${stored.message}`);
  return stored.media.id;
}

function inputFor(desk: Desk, story: ArabicStory, text: DemoText, locale: string, mediaId: string, groupId?: string): ArticleInput {
  return {
    siteId: desk.site.id, locale, headline: text.headline, summary: text.summary, sectionId: desk.sectionIds[story.section],
    authorIds: story.authors.map((key) => desk.authorIds[key]!), dateline: text.dateline, bodyMd: text.bodyMd, tags: text.tags,
    leadMediaId: mediaId, leadCaption: text.caption, leadCredit: story.credit, leadAlt: text.alt, ...(groupId ? { translationGroupId: groupId } : {}),
  };
}

/** Writes and publishes one language version at its moments; returns the article id. */
async function publishVersion(deps: SisterDeps, desk: Desk, input: ArticleInput, createdAt: Date, liveAt: Date): Promise<string> {
  deps.clock.set(createdAt);
  const created = await createArticle(deps, input, desk.editorId);
  if (created.kind !== 'saved') fail(`"${input.headline}" (${input.locale}) was refused: ${JSON.stringify(created)}`);
  deps.clock.set(liveAt);
  const published = await publishArticle(deps, created.id, desk.editorId);
  if (published.kind !== 'published') fail(`"${input.headline}" could not be published: ${published.kind}`);
  return created.id;
}

async function seedStories(deps: SisterDeps, desk: Desk, anchor: Date): Promise<{ ids: Record<string, string>; articles: number }> {
  const planned = ARABIC_STORIES.map((story) => ({ story, times: storyTimes(story, anchor) }))
    .sort((a, b) => a.times.createdAt.getTime() - b.times.createdAt.getTime());
  // Images are the slow part; sharp works on its own threads, so draw them all at once.
  const mediaIds = await Promise.all(planned.map(({ story, times }) => storeLeadImage(deps, desk, story, times.createdAt)));
  const ids: Record<string, string> = {};
  let articles = 0;
  for (const [i, { story, times }] of planned.entries()) {
    ids[story.key] = await publishVersion(deps, desk, inputFor(desk, story, story.ar, 'ar', mediaIds[i]!), times.createdAt, times.liveAt);
    articles++;
    if (!story.dari) continue;
    await publishVersion(deps, desk, inputFor(desk, story, story.dari, 'fa-AF', mediaIds[i]!, ids[story.key]), times.dariCreatedAt, times.dariLiveAt);
    articles++;
  }
  return { ids, articles };
}

/** Readers' comments, through the demo's own screening-and-storing path; the site's post-moderation shows them at once. */
async function seedDiscussion(deps: SisterDeps, desk: Desk, discussion: ArabicDiscussion, articleId: string, readers: Map<string, string>): Promise<number> {
  const article = await findEditableArticle(deps.db, articleId);
  if (!article?.publishedAt) fail(`"${discussion.story}" is not published`);
  const placed = new Map<string, { id: string; threadId: string; depth: number }>();
  for (const comment of discussion.comments) {
    const at = new Date(Date.parse(article.publishedAt) + comment.minutes * MINUTE);
    deps.clock.set(at);
    const mode = effectiveCommentMode({ site: desk.site, section: null, article: article.commentMode, publishedAt: article.publishedAt }, at);
    if (mode.mode !== 'post') fail(`"${comment.key}" would not appear at once (${mode.mode})`);
    const parent = comment.replyTo ? placed.get(comment.replyTo) ?? fail(`"${comment.key}" answers an unknown comment`) : undefined;
    if (!readers.has(comment.email)) readers.set(comment.email, deps.ids.next());
    const arrival = {
      comment, at, arrival: 'approved' as const, parent, readerId: readers.get(comment.email)!, readerNumber: 100 + readers.size,
      locale: article.locale, siteId: article.siteId, articleId: article.id,
    };
    const { id, status } = await store(deps, arrival, { siteId: article.siteId, locale: article.locale, slug: article.slug });
    if (status !== comment.state) fail(`"${comment.key}" arrived ${status}, not ${comment.state}`);
    placed.set(comment.key, { id, threadId: parent?.threadId ?? id, depth: parent ? parent.depth + 1 : 0 });
  }
  return discussion.comments.length;
}

/** Creates the Arabic sister site with its desk, stories and comments; run after the main demo. */
export async function seedArabicSite(deps: SisterDeps, anchor: Date): Promise<SeededSisterSite> {
  const earliest = Math.min(...ARABIC_STORIES.map((story) => storyTimes(story, anchor).createdAt.getTime()));
  deps.clock.set(new Date(earliest - 12 * HOUR));
  const desk = await createDesk(deps, await createSite(deps));
  const stories = await seedStories(deps, desk, anchor);
  const readers = new Map<string, string>();
  let comments = 0;
  for (const discussion of ARABIC_DISCUSSIONS) {
    comments += await seedDiscussion(deps, desk, discussion, stories.ids[discussion.story] ?? fail(`no story ${discussion.story}`), readers);
  }
  deps.pageCache.invalidateSite(desk.site.id);
  return { siteId: desk.site.id, name: desk.site.name, host: ARABIC_SITE.host, articles: stories.articles, comments, login: desk.login };
}
