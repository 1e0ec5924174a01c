// GET /media-crops/{YYYY}/{MM}/{id}-{ratio}-{sourceWidth}.jpg: a fixed-ratio crop of a stored
// image (image-crops.ts), cut on first request when the upload predates crops, then served from
// disk. The address is checked strictly (no path can leave the crops folder, only the three
// ratios and the stored widths exist) and anything else is a 404.
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { notFound } from '../http/errors.ts';
import { CROP_RATIOS, type CropRatio } from './crop-geometry.ts';
import { ensureCrop } from './image-crops.ts';
import { VARIANT_WIDTHS } from './store-image.ts';

const YEAR = /^\d{4}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;
const FILE = /^([0-9A-Za-z_-]{1,64})-(1x1|4x3|16x9)-([1-9]\d{0,3})\.jpg$/;
const LARGEST = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;

export interface CropAddress { storageKey: string; ratio: CropRatio; sourceWidth: number }

/** The crop an address names, or undefined for anything that is not exactly a crop address. */
export function parseCropAddress(year: string, month: string, file: string): CropAddress | undefined {
  const match = FILE.exec(file);
  if (!YEAR.test(year) || !MONTH.test(month) || !match) return undefined;
  const sourceWidth = Number(match[3]);
  if (sourceWidth > LARGEST || !(match[2]! in CROP_RATIOS)) return undefined;
  return { storageKey: `${year}/${month}/${match[1]}`, ratio: match[2] as CropRatio, sourceWidth };
}

export async function mediaCropRoutes(app: FastifyInstance, opts: { deps: Pick<AppDeps, 'mediaDir'> }): Promise<void> {
  const { mediaDir } = opts.deps;
  app.get<{ Params: { year: string; month: string; file: string } }>('/media-crops/:year/:month/:file', { compress: false }, async (request, reply) => {
    const { year, month, file } = request.params;
    const address = parseCropAddress(year, month, file);
    if (!address) throw notFound();
    const found = await ensureCrop(mediaDir, address.storageKey, address.sourceWidth, address.ratio);
    if (!found) throw notFound();
    // Same lifetime as the variants: a crop's address never changes meaning.
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type('image/jpeg').send(fs.createReadStream(found));
  });
}
