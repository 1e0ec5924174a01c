// /admin/sites: the sites of this install (issue 5). Filled in by the multi-site work.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

export async function siteAdminRoutes(_app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {}
