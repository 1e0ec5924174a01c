// /admin/authors: bylines, with an optional link to a staff account; delete only when unused.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { adminSite } from '../admin/admin-site.ts';
import { formString } from '../admin/forms.tsx';
import { sendAdminPage } from '../admin/reply.tsx';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { messagesIn, type MessageKey } from '../i18n/catalog.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { notFound } from '../http/errors.ts';
import { countArticlesByAuthor, findAuthor, listAuthorsWithCounts, listLinkableUsers, type AuthorRow } from './author.queries.ts';
import { AuthorAdminList } from './AuthorAdminList.tsx';
import { AuthorForm, type AuthorFormValues } from './AuthorForm.tsx';
import { removeAuthor, saveAuthor } from './save-author.ts';

const FLASH: Record<string, MessageKey<'adminTaxonomy'>> = { created: 'authorCreated', saved: 'changesSaved', deleted: 'authorDeleted' };
type IdParams = { Params: { id: string } };

const inputFrom = (body: unknown): AuthorFormValues => ({
  name: formString(body, 'name'), slug: formString(body, 'slug'), bio: formString(body, 'bio'), userId: formString(body, 'user_id'),
});
const valuesOf = (a: AuthorRow): AuthorFormValues => ({ name: a.name, slug: a.slug, bio: a.bio, userId: a.userId ?? '' });
function flashOf(request: FastifyRequest): string | undefined {
  const key = FLASH[String((request.query as Record<string, unknown>).done ?? '')];
  return key && messagesIn(adminLocaleOf(request), 'adminTaxonomy')[key];
}

export async function authorAdminRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const guard = { preHandler: requireStaff('author.manage') };
  const common = async (request: FastifyRequest) => ({ user: staffOf(request), csrfToken: request.staff!.csrfToken, users: await listLinkableUsers(deps.db) });

  async function loadAuthor(request: FastifyRequest<IdParams>) {
    const site = await adminSite(deps, request);
    const author = await findAuthor(deps.db, site.id, request.params.id);
    if (!author) throw notFound('author');
    return { site, author };
  }

  app.get('/admin/authors', guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    return sendAdminPage(reply, <AuthorAdminList user={staffOf(request)} csrfToken={request.staff!.csrfToken}
      authors={await listAuthorsWithCounts(deps.db, site.id)} flash={flashOf(request)} />);
  });

  app.get('/admin/authors/new', guard, async (request, reply) =>
    sendAdminPage(reply, <AuthorForm {...await common(request)} values={{ name: '', slug: '', bio: '', userId: '' }} />));

  app.post('/admin/authors', guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const input = inputFrom(request.body);
    const result = await saveAuthor(deps, site.id, undefined, input);
    if (result.kind === 'invalid') return sendAdminPage(reply, <AuthorForm {...await common(request)} values={input} errors={result.errors} />, 400);
    return reply.redirect('/admin/authors?done=created', 303);
  });

  app.get<IdParams>('/admin/authors/:id', guard, async (request, reply) => {
    const { author } = await loadAuthor(request);
    return sendAdminPage(reply, <AuthorForm {...await common(request)} id={author.id} values={valuesOf(author)}
      articleCount={await countArticlesByAuthor(deps.db, author.id)} flash={flashOf(request)} />);
  });

  app.post<IdParams>('/admin/authors/:id', guard, async (request, reply) => {
    const { site, author } = await loadAuthor(request);
    const input = inputFrom(request.body);
    const result = await saveAuthor(deps, site.id, author.id, input);
    if (result.kind === 'invalid') {
      return sendAdminPage(reply, <AuthorForm {...await common(request)} id={author.id} values={input} errors={result.errors}
        articleCount={await countArticlesByAuthor(deps.db, author.id)} />, 400);
    }
    return reply.redirect(`/admin/authors/${encodeURIComponent(author.id)}?done=saved`, 303);
  });

  app.post<IdParams>('/admin/authors/:id/delete', guard, async (request, reply) => {
    const { site, author } = await loadAuthor(request);
    const result = await removeAuthor(deps, site.id, author.id);
    if (result.kind === 'in-use') {
      const errors = { delete: { key: 'authorDeleteRefused', values: { count: result.articleCount } } } as const;
      return sendAdminPage(reply, <AuthorForm {...await common(request)} id={author.id} values={valuesOf(author)} errors={errors}
        articleCount={result.articleCount} />, 409);
    }
    return reply.redirect('/admin/authors?done=deleted', 303);
  });
}
