// Placeholder plugin: /admin/settings/screening with the try-a-comment box. OWNER: screening-settings helper.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';

export async function screeningSettingsRoutes(_app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {}
