// Builds the Fastify application from its dependencies. Each feature is one
// plugin registered here explicitly, with the deps it needs passed as options.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { AppDeps } from './app-deps.ts';
import { PUBLIC_DIR } from './app-paths.ts';
import { faviconRoutes } from './public/favicon.routes.ts';
import { installErrorHandlers } from './http/error-handler.ts';
import { sessionPlugin } from './http/session.ts';
import { assertCsrf } from './http/csrf.ts';
import { sendFrameworkError } from './http/error-handler.ts';
import { notFound } from './http/errors.ts';
import { assertSameOrigin } from './http/same-origin.ts';
import { SECURITY_HEADERS } from './http/security-headers.ts';
import { stripControlCharactersDeep } from './lib/control-characters.ts';
import { randomUUID } from 'node:crypto';
import { homeRoutes } from './home/home.routes.tsx';
import { articlePageRoutes } from './articles/article-page.routes.tsx';
import { commentThreadRoutes } from './comments/comment-thread.routes.tsx';
import { commentPolicyRoutes } from './comment-policy/comment-policy.routes.tsx';
import { commentPolicyAdminRoutes } from './comment-policy/comment-policy-admin.routes.tsx';
import { commentSubmitRoutes } from './comments/comment-submit.routes.tsx';
import { voteRoutes } from './votes/vote.routes.ts';
import { sectionPageRoutes } from './sections/section-page.routes.tsx';
import { tagPageRoutes } from './tags/tag-page.routes.tsx';
import { authorPageRoutes } from './authors/author-page.routes.tsx';
import { stylesheetRoutes } from './public/stylesheet.routes.ts';
import { loginRoutes } from './accounts/login.routes.tsx';
import { adminHomeRoutes } from './admin/admin-home.routes.tsx';
import { userRoutes } from './accounts/user.routes.tsx';
import { sectionAdminRoutes } from './sections/section-admin.routes.tsx';
import { authorAdminRoutes } from './authors/author-admin.routes.tsx';
import { tagAdminRoutes } from './tags/tag-admin.routes.tsx';
import { articleAdminRoutes } from './articles/article-admin.routes.tsx';
import { mediaAdminRoutes } from './media/media.routes.tsx';
import { clientAssetsPlugin } from './http/client-assets.ts';
import { commentSettingsRoutes } from './comment-settings/comment-settings.routes.tsx';
import { moderationRoutes } from './moderation/moderation.routes.tsx';
import { moderationLogRoutes } from './moderation-log/moderation-log.routes.tsx';
import { commenterRoutes } from './commenters/commenter.routes.tsx';
import { reportRoutes } from './reports/report.routes.tsx';
import { screeningSettingsRoutes } from './screening-settings/screening-settings.routes.tsx';
import { siteAdminRoutes } from './sites/site-admin.routes.tsx';
import { languageChoiceRoutes } from './i18n/language-choice.routes.ts';
import { feedRoutes } from './feeds/feed.routes.ts';
import { sitemapRoutes } from './sitemaps/sitemap.routes.ts';
import { searchRoutes } from './search/search.routes.tsx';
import { readershipRoutes } from './readership/readership.routes.ts';
import { liveRoutes } from './live/live.routes.ts';
import { operationsRoutes } from './operations/operations.routes.ts';
import { installRequestLog, requestLogController } from './operations/request-log.ts';


export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
}


const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const NUL_IN_ADDRESS = /%00|\u0000/i;

export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: deps.config.maxBodyBytes,
    // One line per request, written by installRequestLog (operations/request-log.ts), instead of Fastify's two.
    logController: requestLogController(),
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' && /^[\w-]{1,64}$/.test(req.headers['x-request-id']) ? req.headers['x-request-id'] : randomUUID()),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // An address Fastify cannot even decode (`/ru/%E0%A4%A`) gets the same error page in the
    // reader's language as any other bad request, not Fastify's own English JSON.
    frameworkErrors: (_error, request, reply) => sendFrameworkError(request, reply, deps.sites),
  });
  installErrorHandlers(app, deps);
  installRequestLog(app, deps.metrics);

  await app.register(cookie, { secret: deps.secret });
  await app.register(formbody, { bodyLimit: deps.config.maxBodyBytes });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    // An address with a NUL byte (`/admin/tags/%00`, `?q=%00`) names nothing, and PostgreSQL refuses
    // NUL in any text parameter: a 404 here instead of a 500 from whichever query meets it first.
    if (NUL_IN_ADDRESS.test(request.url)) return done(notFound());
    done();
  });
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/assets/', maxAge: '1d', decorateReply: false, wildcard: false });
  await app.register(fastifyStatic, { root: deps.mediaDir, prefix: '/media/', maxAge: '365d', immutable: true, decorateReply: false });
  await app.register(sessionPlugin, { db: deps.db, clock: deps.clock, publicUrl: deps.config.publicUrl });

  app.addHook('preValidation', (request, _reply, done) => {
    if (request.body && typeof request.body === 'object') stripControlCharactersDeep(request.body);
    done();
  });

  // Every state-changing request carries a CSRF token. Forms on shared cached pages
  // (config.csrf === 'same-origin') are checked by origin instead; false opts out.
  app.addHook('preHandler', (request, _reply, done) => {
    if (SAFE_METHODS.has(request.method)) return done();
    const mode = request.routeOptions.config?.csrf;
    if (mode === false) return done();
    try {
      if (mode === 'same-origin') assertSameOrigin(request, deps.config.publicUrl);
      else assertCsrf(request, deps.secret);
      done();
    } catch (error) {
      done(error as Error);
    }
  });

  // Feature plugins (one line each).
  await app.register(stylesheetRoutes);
  await app.register(faviconRoutes);
  await app.register(homeRoutes, { deps });
  await app.register(languageChoiceRoutes, { deps });
  await app.register(articlePageRoutes, { deps });
  await app.register(commentThreadRoutes, { deps });
  await app.register(commentPolicyRoutes, { deps });
  await app.register(commentSubmitRoutes, { deps });
  await app.register(voteRoutes, { deps });
  await app.register(reportRoutes, { deps });
  await app.register(sectionPageRoutes, { deps });
  await app.register(tagPageRoutes, { deps });
  await app.register(authorPageRoutes, { deps });
  await app.register(feedRoutes, { deps });
  await app.register(sitemapRoutes, { deps });
  await app.register(searchRoutes, { deps });
  await app.register(readershipRoutes, { deps });
  await app.register(liveRoutes, { deps });
  await app.register(operationsRoutes, { deps });
  await app.register(loginRoutes, { deps });
  await app.register(adminHomeRoutes, { deps });
  await app.register(userRoutes, { deps });
  await app.register(sectionAdminRoutes, { deps });
  await app.register(authorAdminRoutes, { deps });
  await app.register(tagAdminRoutes, { deps });
  await app.register(articleAdminRoutes, { deps });
  await app.register(mediaAdminRoutes, { deps });
  await app.register(commentPolicyAdminRoutes, { deps });
  await app.register(commentSettingsRoutes, { deps });
  await app.register(moderationRoutes, { deps });
  await app.register(moderationLogRoutes, { deps });
  await app.register(commenterRoutes, { deps });
  await app.register(screeningSettingsRoutes, { deps });
  await app.register(siteAdminRoutes, { deps });
  await app.register(clientAssetsPlugin);

  return app;
}
