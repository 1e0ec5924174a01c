// Sends a rendered admin page. Admin pages show private drafts and account
// details, so no browser or proxy may keep a copy.
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from '../views/render.tsx';

export function sendAdminPage(reply: FastifyReply, page: VNode<any>, status = 200): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderDocument(page));
}
