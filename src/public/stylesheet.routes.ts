// GET /assets/site-<hash>.css: the public stylesheet under its content-hashed name,
// compressed once at start and cacheable for a year (the name changes with the file).
import type { FastifyInstance } from 'fastify';
import { allVariantEtags, encodedBody, etagMatches, preferredCoding, variantEtag, type CachedPage } from '../http/cache.ts';
import { siteStylesheet } from './stylesheet.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export async function stylesheetRoutes(app: FastifyInstance): Promise<void> {
  const sheet = siteStylesheet();
  const asPage: CachedPage = { body: sheet.css, etag: sheet.etag, contentType: 'text/css; charset=utf-8', status: 200 };
  encodedBody(asPage, 'br');
  encodedBody(asPage, 'gzip');
  app.get(sheet.href, { compress: false }, async (request, reply) => {
    const coding = preferredCoding(request.headers['accept-encoding']);
    reply.header('cache-control', IMMUTABLE).header('vary', 'Accept-Encoding').header('etag', variantEtag(sheet.etag, coding));
    if (etagMatches(request.headers['if-none-match'], allVariantEtags(sheet.etag))) return reply.code(304).send();
    reply.type(asPage.contentType);
    return coding ? reply.header('content-encoding', coding).send(encodedBody(asPage, coding)) : reply.send(sheet.css);
  });
}
