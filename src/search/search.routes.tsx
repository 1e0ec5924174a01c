// /{locale}/search over published articles (issue 6)
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

export async function searchRoutes(_app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {}
