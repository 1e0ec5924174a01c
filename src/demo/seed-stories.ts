// Writes the demo stories through the same use cases the editor uses: the lead
// image goes through the media pipeline, each language version is created, then
// published, submitted or scheduled, with the clock set to when that happened.
import type { AppDeps } from '../app-deps.ts';
import type { ArticleStatus } from '../db/database.ts';
import type { manualClock } from '../lib/clock.ts';
import { idGenerator } from '../lib/ids.ts';
import { publishArticle, scheduleArticle, submitForReview } from '../articles/article-workflow.ts';
import { createArticle, type ArticleInput } from '../articles/save-article.ts';
import { storeImage } from '../media/store-image.ts';
import type { DemoStory, DemoText } from './content/types.ts';
import { renderScene } from './scenes.ts';
import type { Newsroom } from './seed-newsroom.ts';
import { storyTimes, type StoryTimes } from './timeline.ts';

export type StoryDeps = Pick<AppDeps, 'db' | 'ids' | 'pageCache' | 'mediaDir'> & { clock: ReturnType<typeof manualClock> };

export interface SeededStories {
  articles: number;
  images: number;
  byStatus: Partial<Record<ArticleStatus, number>>;
  /** Article ids by `storyKey:locale`, for what is seeded on top of them (comments). */
  articleIds: Record<string, string>;
}

export const articleKey = (storyKey: string, locale: string) => `${storyKey}:${locale}`;

/** A demo story the product refused means the demo data is wrong: fail loudly. */
function expectKind(result: { kind: string }, kind: string, what: string): void {
  if (result.kind !== kind) throw new Error(`demo ${what} failed: ${JSON.stringify(result)}`);
}

function inputFor(story: DemoStory, text: DemoText, locale: string, room: Newsroom, mediaId: string, groupId?: string): ArticleInput {
  return {
    siteId: room.siteId, locale, headline: text.headline, summary: text.summary, sectionId: room.sectionIds[story.section],
    authorIds: story.authors.map((key) => room.authorIds[key]!), dateline: text.dateline, bodyMd: text.bodyMd, tags: text.tags,
    leadMediaId: mediaId, leadCaption: text.caption, leadCredit: story.credit, leadAlt: text.alt,
    ...(groupId ? { translationGroupId: groupId } : {}),
  };
}

/** Moves a freshly created version to the story's state, at the right moments. */
async function advance(deps: StoryDeps, story: DemoStory, articleId: string, room: Newsroom, liveAt: Date | null, submittedAt: Date | null): Promise<ArticleStatus> {
  const editor = room.userIds.editor ?? null;
  const author = room.userIds[story.createdBy] ?? null;
  if (story.state === 'published') {
    deps.clock.set(liveAt!);
    expectKind(await publishArticle(deps, articleId, editor), 'published', `publishing "${story.key}"`);
  } else if (story.state === 'scheduled') {
    expectKind(await scheduleArticle(deps, articleId, liveAt!.toISOString(), editor), 'scheduled', `scheduling "${story.key}"`);
  } else if (story.state === 'review') {
    deps.clock.set(submittedAt!);
    expectKind(await submitForReview(deps, articleId, author), 'submitted', `submitting "${story.key}"`);
  }
  return story.state;
}

/**
 * Draws and stores one story's lead image, stamped with the time the story was written.
 * Each call gets its own fixed clock so all images can be processed at once.
 */
async function storeLeadImage(deps: StoryDeps, story: DemoStory, times: StoryTimes, room: Newsroom): Promise<string> {
  const at = times.createdAt;
  const imageDeps = { db: deps.db, mediaDir: deps.mediaDir, clock: { now: () => new Date(at) }, ids: idGenerator(() => at.getTime()) };
  const stored = await storeImage(imageDeps, {
    siteId: room.siteId, data: await renderScene(story.scene), originalName: `${story.key}.jpg`, alt: story.en.alt,
    createdBy: room.userIds[story.createdBy] ?? null,
  });
  if (stored.kind !== 'stored') throw new Error(`demo image for "${story.key}" was refused: ${stored.message}`);
  return stored.media.id;
}

type SeededVersion = { id: string; locale: string; status: ArticleStatus };

async function seedStory(deps: StoryDeps, story: DemoStory, times: StoryTimes, room: Newsroom, mediaId: string): Promise<SeededVersion[]> {
  const author = room.userIds[story.createdBy] ?? null;
  deps.clock.set(times.createdAt);
  const created = await createArticle(deps, inputFor(story, story.en, 'en', room, mediaId), author);
  if (created.kind !== 'saved') throw new Error(`demo story "${story.key}" (en) was refused: ${JSON.stringify(created)}`);
  const versions = [{ id: created.id, locale: 'en', status: await advance(deps, story, created.id, room, times.goesLiveAt, times.submittedAt) }];
  if (story.ru) {
    deps.clock.set(times.translationCreatedAt);
    const translated = await createArticle(deps, inputFor(story, story.ru, 'ru', room, mediaId, created.id), author);
    if (translated.kind !== 'saved') throw new Error(`demo story "${story.key}" (ru) was refused: ${JSON.stringify(translated)}`);
    const submittedAt = times.submittedAt && new Date(times.submittedAt.getTime() + 30 * 60_000);
    versions.push({ id: translated.id, locale: 'ru', status: await advance(deps, story, translated.id, room, times.translationLiveAt, submittedAt) });
  }
  return versions;
}

/** Seeds every story, oldest first so ids and revisions follow the timeline. */
export async function seedStories(deps: StoryDeps, stories: DemoStory[], room: Newsroom, anchor: Date): Promise<SeededStories> {
  const planned = stories
    .map((story) => ({ story, times: storyTimes(story, anchor) }))
    .sort((a, b) => a.times.createdAt.getTime() - b.times.createdAt.getTime());
  // Images are the slow part; sharp works on its own threads, so do them all at once.
  const mediaIds = await Promise.all(planned.map(({ story, times }) => storeLeadImage(deps, story, times, room)));
  const byStatus: Partial<Record<ArticleStatus, number>> = {};
  const articleIds: Record<string, string> = {};
  let articles = 0;
  for (const [i, { story, times }] of planned.entries()) {
    for (const { id, locale, status } of await seedStory(deps, story, times, room, mediaIds[i]!)) {
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      articleIds[articleKey(story.key, locale)] = id;
      articles++;
    }
  }
  return { articles, images: planned.length, byStatus, articleIds };
}
