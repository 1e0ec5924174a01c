// Builds screening inputs for tests: a fixed `now` and an empty context unless a test says otherwise.
import type { ScreeningContext, ScreeningInput } from './pipeline.ts';

export const NOW = new Date('2026-06-08T09:00:00Z');

export function inputOf(text: string, context: Partial<ScreeningContext> = {}, now = NOW): ScreeningInput {
  return { text, authorName: 'Reader', now, context: { blockedDomains: [], ...context } };
}
