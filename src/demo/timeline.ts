// When each demo event happens, relative to the moment the seed runs, so a fresh
// demo always looks current: stories published over the last few days, a draft
// from this morning, one story scheduled for tomorrow.
import type { DemoStory } from './content/types.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface StoryTimes {
  /** When the first version was written (and its lead image uploaded). */
  createdAt: Date;
  /** Draft or review stories: when it was submitted; otherwise null. */
  submittedAt: Date | null;
  /** Published stories: the publication time readers see. Scheduled ones: the time it goes live. */
  goesLiveAt: Date | null;
  /** The Russian version is written and published a little after the original. */
  translationCreatedAt: Date;
  translationLiveAt: Date | null;
}

/** The seed time rounded down to five minutes: tidy times in the admin and on the pages. */
export function seedAnchor(now: Date): Date {
  return new Date(Math.floor(now.getTime() / (5 * MINUTE)) * 5 * MINUTE);
}

export function storyTimes(story: DemoStory, anchor: Date): StoryTimes {
  const at = (ms: number) => new Date(anchor.getTime() + ms);
  switch (story.state) {
    case 'published': {
      const live = at(-story.hours * HOUR);
      return {
        createdAt: new Date(live.getTime() - 2 * HOUR), submittedAt: null, goesLiveAt: live,
        translationCreatedAt: new Date(live.getTime() + 20 * MINUTE), translationLiveAt: new Date(live.getTime() + 50 * MINUTE),
      };
    }
    case 'scheduled': {
      const created = at(-HOUR);
      return { createdAt: created, submittedAt: null, goesLiveAt: at(story.hours * HOUR), translationCreatedAt: at(-30 * MINUTE), translationLiveAt: at(story.hours * HOUR) };
    }
    case 'draft':
    case 'review': {
      const created = at(-story.hours * HOUR);
      const submitted = story.state === 'review' ? new Date(created.getTime() + 40 * MINUTE) : null;
      return { createdAt: created, submittedAt: submitted, goesLiveAt: null, translationCreatedAt: new Date(created.getTime() + 20 * MINUTE), translationLiveAt: null };
    }
  }
}

/** The moment the newsroom itself (site, desks, staff) is set up: before every story. */
export function newsroomCreatedAt(stories: DemoStory[], anchor: Date): Date {
  const earliest = Math.min(...stories.map((s) => storyTimes(s, anchor).createdAt.getTime()));
  return new Date(earliest - 24 * HOUR);
}
