// RSS 2.0, Atom and JSON Feed per site, section, tag and author (issue 6)
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

export async function feedRoutes(_app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {}
