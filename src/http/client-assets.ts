// Browser islands (client/*.ts) bundled by esbuild when the app starts, kept in memory
// and served under content-hashed URLs, so `npm ci && npm start` needs no build step and
// browsers may cache each file forever. Every top-level file in client/ is one island;
// helpers they share go in sub-folders.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { FastifyInstance } from 'fastify';
import { notFound } from './errors.ts';

export const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client');

export interface ClientAsset { url: string; body: string }
/** Islands by name (the file name without `.ts`), e.g. `markdown-preview`. */
export type ClientAssets = ReadonlyMap<string, ClientAsset>;

export async function buildClientAssets(dir = CLIENT_DIR): Promise<ClientAssets> {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'));
  const assets = new Map<string, ClientAsset>();
  if (files.length === 0) return assets;
  const result = await build({
    entryPoints: Object.fromEntries(files.map((f) => [f.replace(/\.ts$/, ''), path.join(dir, f)])),
    bundle: true, minify: true, format: 'esm', target: 'es2020', platform: 'browser', charset: 'utf8',
    write: false, outdir: '/islands', logLevel: 'silent', legalComments: 'none',
  });
  for (const output of result.outputFiles) {
    const name = path.basename(output.path, '.js');
    const hash = createHash('sha256').update(output.contents).digest('base64url').slice(0, 12);
    assets.set(name, { url: `/assets/js/${name}-${hash}.js`, body: output.text });
  }
  return assets;
}

let built: Promise<ClientAssets> | undefined;

/** The islands, bundled once per process (every app built in the same process shares them). */
export function clientAssets(): Promise<ClientAssets> {
  built ??= buildClientAssets().catch((error) => {
    built = undefined;
    throw error;
  });
  return built;
}

/** The URL of one island, for a page's `scripts`. */
export function scriptUrl(assets: ClientAssets, name: string): string {
  const asset = assets.get(name);
  if (!asset) throw new Error(`no client island named "${name}" in client/`);
  return asset.url;
}

export async function clientAssetsPlugin(app: FastifyInstance): Promise<void> {
  const assets = await clientAssets();
  const byPath = new Map([...assets.values()].map((a) => [a.url, a.body]));
  app.get<{ Params: { file: string } }>('/assets/js/:file', async (request, reply) => {
    const body = byPath.get(`/assets/js/${request.params.file}`);
    if (body === undefined) throw notFound('file');
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .type('text/javascript; charset=utf-8')
      .send(body);
  });
}
