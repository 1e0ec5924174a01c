// Sends a rendered admin page. Admin pages show private drafts and account
// details, so no browser or proxy may keep a copy.
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from '../views/render.tsx';
import { AdminLocaleProvider } from './admin-i18n.tsx';
import { adminLocaleOf } from './admin-locale.ts';

export function sendAdminPage(reply: FastifyReply, page: VNode<any>, status = 200): FastifyReply {
  const html = renderDocument(<AdminLocaleProvider locale={adminLocaleOf(reply.request)}>{page}</AdminLocaleProvider>);
  return reply.code(status).header('cache-control', 'no-store').header('vary', 'Accept-Language, Cookie')
    .type('text/html; charset=utf-8').send(html);
}
