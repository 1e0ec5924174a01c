// page-view counting for most-read lists, without breaking page caching (issue 6)
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

export async function readershipRoutes(_app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {}
