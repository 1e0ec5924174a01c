// sitemap index, monthly article sitemaps, Google News sitemaps and robots.txt (issue 6)
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

export async function sitemapRoutes(_app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {}
