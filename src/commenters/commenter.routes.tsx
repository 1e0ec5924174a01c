// Placeholder plugin: bans and per-commenter pre-moderation (/admin/moderation/bans). OWNER: commenters helper.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

export async function commenterRoutes(_app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {}
