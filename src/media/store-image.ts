// Turns an uploaded file into library images: the content (not the file name) decides
// whether it is an image we accept; EXIF orientation is applied and then every piece of
// metadata (camera, GPS position, owner) is dropped, which protects sources and photographers.
// Variants are written as WebP and JPEG at a few widths; sharp does the work on libuv's
// thread pool, off the event loop. AVIF output is skipped: encoding takes about a second.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Metadata } from 'sharp';
import { loadSharp } from './sharp-module.ts';
import type { AppDeps } from '../app-deps.ts';
import { insertMedia } from './media.queries.ts';
import { removeAllCrops, writeAllCrops } from './image-crops.ts';

export const VARIANT_WIDTHS = [480, 960, 1600] as const;
const MAX_INPUT_PIXELS = 100_000_000; // refuses decompression bombs long before they exhaust memory

export type StoreImageDeps = Pick<AppDeps, 'db' | 'clock' | 'ids' | 'mediaDir'>;

export interface StoreImageInput {
  siteId: string;
  data: Buffer;
  originalName: string;
  alt: string;
  createdBy: string | null;
}

export interface StoredMedia { id: string; storageKey: string; width: number; height: number; widths: number[] }

/**
 * `code` is what forms show (in the admin's language: adminArticles `notAnImage`); `message` is
 * the English text for the demo seed, the CLI and logs.
 */
export type StoreImageResult = { kind: 'stored'; media: StoredMedia } | { kind: 'invalid'; code: 'not_an_image'; message: string };

/** For `accept` on file inputs; the server still decides by content. */
export const ACCEPTED_IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

export const NOT_AN_IMAGE = 'This file is not an image we can use. Upload a JPEG, PNG, WebP, AVIF or GIF file.';
const NOT_AN_IMAGE_RESULT = { kind: 'invalid', code: 'not_an_image', message: NOT_AN_IMAGE } as const;

/** Accepted input formats, as sharp names them, with the MIME type recorded for the original. */
function acceptedMime(meta: Metadata): string | undefined {
  switch (meta.format) {
    case 'jpeg': return 'image/jpeg';
    case 'png': return 'image/png';
    case 'webp': return 'image/webp';
    case 'gif': return 'image/gif';
    // HEIF is a container: AVIF is HEIF with AV1 inside; HEIC (HEVC) is not accepted.
    case 'heif': return meta.compression === 'av1' ? 'image/avif' : undefined;
    default: return undefined;
  }
}

/** The widths to produce: the standard ones below the original, plus the original up to the largest. */
export function variantWidths(originalWidth: number): number[] {
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;
  const widths = new Set<number>(VARIANT_WIDTHS.filter((w) => w < originalWidth));
  widths.add(Math.min(originalWidth, largest));
  return [...widths].sort((a, b) => a - b);
}

async function readMetadata(data: Buffer): Promise<Metadata | undefined> {
  if (data.length === 0) return undefined;
  try {
    const sharp = await loadSharp();
    return await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    return undefined;
  }
}

async function writeVariants(data: Buffer, basePath: string, widths: number[]): Promise<void> {
  const sharp = await loadSharp();
  const source = sharp(data, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  await Promise.all(widths.flatMap((width) => {
    const resized = source.clone().resize({ width, withoutEnlargement: true });
    return [
      resized.clone().webp({ quality: 80 }).toFile(`${basePath}-${width}.webp`),
      // JPEG has no transparency: transparent PNG/GIF areas become white rather than black.
      resized.clone().flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toFile(`${basePath}-${width}.jpg`),
    ];
  }));
}

export async function storeImage(deps: StoreImageDeps, input: StoreImageInput): Promise<StoreImageResult> {
  const meta = await readMetadata(input.data);
  const mimeType = meta && acceptedMime(meta);
  if (!meta || !mimeType) return NOT_AN_IMAGE_RESULT;
  const { width, height } = meta.autoOrient;
  const widths = variantWidths(width);
  const id = deps.ids.next();
  const now = deps.clock.now();
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
  const basePath = path.join(deps.mediaDir, storageKey);
  await fs.mkdir(path.dirname(basePath), { recursive: true });
  try {
    await writeVariants(input.data, basePath, widths);
  } catch {
    // Metadata can be readable while the pixels are truncated or corrupt.
    await removeVariants(basePath, widths);
    return NOT_AN_IMAGE_RESULT;
  }
  // The 1:1, 4:3 and 16:9 crops for structured data; a failure here only means they are cut on first request.
  await writeAllCrops(deps.mediaDir, storageKey, widths).catch(() => undefined);
  try {
    await insertMedia(deps.db, {
      id, siteId: input.siteId, storageKey, originalName: input.originalName.slice(0, 255), mimeType, width, height,
      widths, alt: input.alt.trim(), createdBy: input.createdBy, createdAt: now.toISOString(),
    });
  } catch (error) {
    await removeVariants(basePath, widths);
    await removeAllCrops(deps.mediaDir, storageKey, widths);
    throw error;
  }
  return { kind: 'stored', media: { id, storageKey, width, height, widths } };
}

async function removeVariants(basePath: string, widths: number[]): Promise<void> {
  await Promise.all(widths.flatMap((w) => ['webp', 'jpg'].map((ext) => fs.rm(`${basePath}-${w}.${ext}`, { force: true }))));
}
