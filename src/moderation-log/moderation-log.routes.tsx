// Placeholder plugin: the moderation log page (/admin/moderation/log). OWNER: log helper.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

export async function moderationLogRoutes(_app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {}
