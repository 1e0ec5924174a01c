// Browsers ask for /favicon.ico on their own; answering it (with our SVG icon) keeps
// a not-found page and a console error out of every first visit.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PUBLIC_DIR } from '../app-paths.ts';

export async function faviconRoutes(app: FastifyInstance): Promise<void> {
  const icon = fs.readFileSync(path.join(PUBLIC_DIR, 'favicon.svg'));
  app.get('/favicon.ico', async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=604800').type('image/svg+xml').send(icon));
}
