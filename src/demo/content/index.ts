// Every demo story, desk by desk. The seed orders them by time itself.
import { ECONOMY } from './economy.ts';
import { POLITICS } from './politics.ts';
import { SECURITY } from './security.ts';
import { SOCIETY } from './society.ts';
import type { DemoStory } from './types.ts';

export { DEMO_AUTHORS, DEMO_SECTIONS, DEMO_SITE, DEMO_STAFF } from './newsroom.ts';
export { DEMO_DISCUSSIONS } from './comments.ts';
export { DEMO_POLICIES } from './policies.ts';
export type { DemoAuthor, DemoComment, DemoDiscussion, DemoSection, DemoStaff, DemoState, DemoStory, DemoText } from './types.ts';

export const DEMO_STORIES: DemoStory[] = [...POLITICS, ...ECONOMY, ...SECURITY, ...SOCIETY];
