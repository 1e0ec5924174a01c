// Every migration, in order. Listed explicitly (no folder scan) so tsx, vitest
// and any bundler see the same set.
import type { Migration } from 'kysely';
import * as foundation from './2026-11-29T000000-foundation.ts';
import * as engagement from './2026-11-30T000000-engagement.ts';
import * as commentDuplicateGuards from './2026-12-01T000000-comment-duplicate-guards.ts';
import * as moderationDesk from './2026-12-02T000000-moderation-desk.ts';
import * as multilingualSites from './2026-12-03T000000-multilingual-sites.ts';
import * as searchIndex from './2026-12-04T000000-search-index.ts';
import * as articleViews from './2026-12-04T010000-article-views.ts';
import * as feedSettings from './2026-12-04T020000-feed-settings.ts';
import * as relatedIndex from './2026-12-04T030000-related-index.ts';
import * as liveEvents from './2026-12-05T000000-live-events.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-29T000000-foundation': foundation,
  '2026-11-30T000000-engagement': engagement,
  '2026-12-01T000000-comment-duplicate-guards': commentDuplicateGuards,
  '2026-12-02T000000-moderation-desk': moderationDesk,
  '2026-12-03T000000-multilingual-sites': multilingualSites,
  '2026-12-04T000000-search-index': searchIndex,
  '2026-12-04T010000-article-views': articleViews,
  '2026-12-04T020000-feed-settings': feedSettings,
  '2026-12-04T030000-related-index': relatedIndex,
  '2026-12-05T000000-live-events': liveEvents,
};
