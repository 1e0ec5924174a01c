// A responsive image from the resized variants of one upload: WebP first, JPEG
// as the fallback, explicit width and height so the page never shifts while loading.
import type { LeadImage } from '../public/public-content.ts';
import { mediaUrl, type ImageFormat } from '../lib/urls.ts';

export interface PictureProps {
  image: LeadImage;
  alt: string;
  /** The `sizes` attribute: how wide the image is shown at each viewport width. */
  sizes: string;
  /** Above the fold: fetch first, never lazily. */
  priority?: boolean;
}

function srcset(image: LeadImage, format: ImageFormat): string {
  return image.widths.map((w) => `${mediaUrl(image.storageKey, w, format)} ${w}w`).join(', ');
}

/** Intrinsic size of the largest variant, keeping the original aspect ratio. */
export function displaySize(image: LeadImage): { width: number; height: number } {
  const width = image.widths[image.widths.length - 1] ?? image.width;
  return { width, height: Math.max(1, Math.round((image.height * width) / image.width)) };
}

export function Picture(props: PictureProps) {
  const { image } = props;
  const { width, height } = displaySize(image);
  // The fallback src is a middle width: good enough for browsers without srcset.
  const fallback = image.widths.find((w) => w >= 960) ?? width;
  return (
    <picture>
      <source type="image/webp" srcset={srcset(image, 'webp')} sizes={props.sizes} />
      <img
        src={mediaUrl(image.storageKey, fallback, 'jpg')}
        srcset={srcset(image, 'jpg')}
        sizes={props.sizes}
        width={width}
        height={height}
        alt={props.alt}
        decoding="async"
        loading={props.priority ? undefined : 'lazy'}
        fetchpriority={props.priority ? 'high' : undefined}
      />
    </picture>
  );
}
