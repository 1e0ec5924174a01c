// The reader's choice of language: remembered when made with the switcher (issue 5).
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

export async function languageChoiceRoutes(_app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {}
