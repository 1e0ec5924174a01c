// Placeholder plugin: readers report a comment. OWNER: reports helper.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

export async function reportRoutes(_app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {}
