// Cuts and caches the fixed-ratio crops of a stored image. The original upload is not kept
// (store-image.ts), so crops are cut from the widest stored JPEG variant. sharp's `attention`
// strategy keeps the most salient region (faces, skin tones, contrast) rather than the centre.
// Crops are written at upload and, for images stored before crops existed, on first request
// (media-crop.routes.ts); either way once, to SERAI_DATA_DIR/media/crops. JPEG only: AVIF
// encoding takes about a second and must never sit on a request path.
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadSharp } from './sharp-module.ts';
import { CROP_RATIOS, cropSize, type CropRatio } from './crop-geometry.ts';

const MAX_INPUT_PIXELS = 100_000_000;

export const cropPath = (mediaDir: string, storageKey: string, sourceWidth: number, ratio: CropRatio) =>
  path.join(mediaDir, 'crops', `${storageKey}-${ratio}-${sourceWidth}.jpg`);

const sourcePath = (mediaDir: string, storageKey: string, sourceWidth: number) => path.join(mediaDir, `${storageKey}-${sourceWidth}.jpg`);

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

async function writeCrop(mediaDir: string, storageKey: string, sourceWidth: number, ratio: CropRatio, target: string): Promise<boolean> {
  const source = sourcePath(mediaDir, storageKey, sourceWidth);
  if (!(await exists(source))) return false;
  const sharp = await loadSharp();
  const image = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS });
  const meta = await image.metadata();
  const size = cropSize(meta.width, meta.height, ratio);
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Written beside the target and renamed: a reader never gets half a file, and two nodes racing both end well.
  const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  try {
    await image.resize({ ...size, fit: 'cover', position: sharp.strategy.attention }).jpeg({ quality: 82, mozjpeg: true }).toFile(partial);
    await fs.rename(partial, target);
  } finally {
    await fs.rm(partial, { force: true });
  }
  return true;
}

const inFlight = new Map<string, Promise<string | undefined>>();

/**
 * The crop's file path, cut now when missing; undefined when the source variant does not exist.
 * Concurrent requests for one crop share a single cut.
 */
export function ensureCrop(mediaDir: string, storageKey: string, sourceWidth: number, ratio: CropRatio): Promise<string | undefined> {
  const target = cropPath(mediaDir, storageKey, sourceWidth, ratio);
  const pending = inFlight.get(target);
  if (pending) return pending;
  const work = (async () => {
    if (await exists(target)) return target;
    return (await writeCrop(mediaDir, storageKey, sourceWidth, ratio, target)) ? target : undefined;
  })().finally(() => inFlight.delete(target));
  inFlight.set(target, work);
  return work;
}

/** All crops of a freshly stored image, from its widest variant. */
export async function writeAllCrops(mediaDir: string, storageKey: string, widths: readonly number[]): Promise<void> {
  const widest = Math.max(...widths);
  await Promise.all((Object.keys(CROP_RATIOS) as CropRatio[]).map((ratio) => ensureCrop(mediaDir, storageKey, widest, ratio)));
}

export async function removeAllCrops(mediaDir: string, storageKey: string, widths: readonly number[]): Promise<void> {
  const widest = Math.max(...widths);
  await Promise.all((Object.keys(CROP_RATIOS) as CropRatio[]).map((ratio) => fs.rm(cropPath(mediaDir, storageKey, widest, ratio), { force: true })));
}
