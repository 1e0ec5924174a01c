// /admin/media: the image library, uploads and alt text.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { adminSite } from '../admin/admin-site.ts';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { formString, type FieldErrors } from '../admin/forms.tsx';
import { sendAdminPage } from '../admin/reply.tsx';
import type { AppDeps } from '../app-deps.ts';
import type { Role } from '../db/database.ts';
import { can } from '../accounts/permissions.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { messagesIn, t, type MessageKey } from '../i18n/catalog.ts';
import type { Site } from '../sites/site.queries.ts';
import { countMedia, findMedia, listMedia, updateMediaAlt } from './media.queries.ts';
import { MediaLibraryPage } from './MediaLibraryPage.tsx';
import { readSubmittedForm, registerUploads } from './multipart.ts';
import { storeImage } from './store-image.ts';
import { mediaCropRoutes } from './media-crop.routes.ts';

const PAGE_SIZE = 24;
const MAX_ALT = 300;

/** The confirmation after a redirect, by its `?done=` code. */
const FLASH: Readonly<Record<string, MessageKey<'adminArticles'>>> = { uploaded: 'doneUploaded', saved: 'doneDescriptionSaved' };

/** The words of the library's messages in the admin's language (the media pages share the adminArticles catalog). */
const messagesFor = (request: FastifyRequest) => messagesIn(adminLocaleOf(request), 'adminArticles');

/** The site the admin works on (admin-site.ts decides, and refuses sites the person may not work on). */
const siteOf = (deps: AppDeps, request: FastifyRequest): Promise<Site> => adminSite(deps, request);

/** Contributors describe their own uploads; people who may publish look after the whole library. */
function mayDescribe(user: { id: string; role: Role }, image: { createdBy: string | null }): boolean {
  return image.createdBy === user.id || can(user.role, 'article.publish');
}

interface LibraryState {
  errors?: FieldErrors;
  /** What was typed in the upload form. */
  alt?: string;
  /** A refused description of one image, shown again as typed. */
  typed?: { id: string; alt: string };
  status?: number;
}

async function sendLibrary(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, state: LibraryState) {
  const site = await siteOf(deps, request);
  const raw = Number(formString(request.query, 'page'));
  const page = Number.isInteger(raw) && raw >= 1 && raw <= 10_000 ? raw : 1;
  const items = await listMedia(deps.db, site.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const hasNext = (await countMedia(deps.db, site.id)) > page * PAGE_SIZE;
  const user = staffOf(request);
  const describable = items.filter((item) => mayDescribe(user, item)).map((item) => item.id);
  const done = FLASH[formString(request.query, 'done')];
  return sendAdminPage(reply, <MediaLibraryPage user={user} csrfToken={request.staff!.csrfToken} items={items} describable={describable} page={page}
    hasNext={hasNext} errors={state.errors ?? {}} alt={state.alt ?? ''} typed={state.typed} maxUploadMb={Math.floor(deps.config.maxUploadBytes / 1_048_576)}
    flash={done ? messagesFor(request)[done] : undefined} />, state.status ?? 200);
}

export async function mediaAdminRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  await registerUploads(app, deps);
  // Public, no staff guard: the crops article pages name in their structured data.
  await app.register(mediaCropRoutes, { deps });
  const guard = { preHandler: requireStaff('media.upload') };

  app.get('/admin/media', guard, async (request, reply) => sendLibrary(deps, request, reply, {}));

  app.post('/admin/media', guard, async (request, reply) => {
    const site = await siteOf(deps, request);
    const form = await readSubmittedForm(request);
    const alt = formString(form.fields, 'alt');
    const m = messagesFor(request);
    if ([...alt].length > MAX_ALT) return sendLibrary(deps, request, reply, { errors: { alt: t(m, 'mediaAltTooLong', { max: MAX_ALT }) }, alt, status: 400 });
    if (!form.file) return sendLibrary(deps, request, reply, { errors: { image: m.chooseImageFile }, alt, status: 400 });
    const stored = await storeImage(deps, { siteId: site.id, data: form.file.data, originalName: form.file.filename, alt, createdBy: staffOf(request).id });
    if (stored.kind === 'invalid') return sendLibrary(deps, request, reply, { errors: { image: m.notAnImage }, alt, status: 400 });
    return reply.redirect('/admin/media?done=uploaded', 303);
  });

  app.post<{ Params: { id: string } }>('/admin/media/:id', guard, async (request, reply) => {
    const site = await siteOf(deps, request);
    const alt = formString(request.body, 'alt');
    if ([...alt].length > MAX_ALT) {
      const error = t(messagesFor(request), 'mediaAltTooLong', { max: MAX_ALT });
      return sendLibrary(deps, request, reply, { errors: { [`alt-${request.params.id}`]: error }, typed: { id: request.params.id, alt }, status: 400 });
    }
    const image = await findMedia(deps.db, site.id, request.params.id);
    if (!image) throw notFound('image');
    if (!mayDescribe(staffOf(request), image)) throw forbidden('Only the person who uploaded this image, or an editor, can change its description.');
    if (!(await updateMediaAlt(deps.db, site.id, image.id, alt))) throw notFound('image');
    return reply.redirect('/admin/media?done=saved', 303);
  });
}
