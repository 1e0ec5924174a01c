// Fixed-ratio crops of an image (1:1, 4:3, 16:9), as search engines ask for article images
// (issue 6 part 4). Pure: the article page computes addresses and sizes without touching disk,
// and the crop route (media-crop.routes.ts) computes the same sizes from the stored variant.
export const CROP_RATIOS = { '1x1': [1, 1], '4x3': [4, 3], '16x9': [16, 9] } as const;
export type CropRatio = keyof typeof CROP_RATIOS;
/** Wide enough for large previews (Google asks for at least 1200 px); never upscaled. */
export const CROP_MAX_WIDTH = 1200;

export interface CropSize { width: number; height: number }

/** The largest rectangle of `ratio` inside the source, scaled down to at most CROP_MAX_WIDTH. */
export function cropSize(sourceWidth: number, sourceHeight: number, ratio: CropRatio): CropSize {
  const [rw, rh] = CROP_RATIOS[ratio];
  const fitted = sourceWidth * rh > sourceHeight * rw ? Math.floor((sourceHeight * rw) / rh) : sourceWidth;
  const width = Math.max(1, Math.min(fitted, CROP_MAX_WIDTH));
  // The height follows from the ratio, so the crop is exactly 16:9 (or 4:3, 1:1) whatever the rounding upstream.
  return { width, height: Math.max(1, Math.round((width * rh) / rw)) };
}

/** Where a crop is served; `sourceWidth` names the stored JPEG variant it is cut from (the widest). */
export const cropUrl = (storageKey: string, sourceWidth: number, ratio: CropRatio) => `/media-crops/${storageKey}-${ratio}-${sourceWidth}.jpg`;

export interface ImageCrop extends CropSize { ratio: CropRatio; url: string }

/** The three crops of an image from its upright size and variant widths (16:9 first: the social card's). */
export function imageCrops(image: { storageKey: string; width: number; height: number; widths: readonly number[] }): ImageCrop[] {
  const sourceWidth = Math.max(...image.widths);
  if (!Number.isFinite(sourceWidth) || sourceWidth <= 0 || image.width <= 0) return [];
  const sourceHeight = Math.round((sourceWidth * image.height) / image.width);
  return (['16x9', '4x3', '1x1'] as const).map((ratio) => ({ ratio, url: cropUrl(image.storageKey, sourceWidth, ratio), ...cropSize(sourceWidth, sourceHeight, ratio) }));
}
