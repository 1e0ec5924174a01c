import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { defaultSiteId } from '../../test/factories.ts';
import { findMedia } from './media.queries.ts';
import { storeImage, variantWidths } from './store-image.ts';
import { jpegWithExif } from './test-images.testkit.ts';

describe('variant widths', () => {
  it.each([
    [3000, [480, 960, 1600]], [1600, [480, 960, 1600]], [1200, [480, 960, 1200]], [960, [480, 960]], [481, [480, 481]], [300, [300]], [1, [1]],
  ])('an image %i px wide gets %j', (width, expected) => {
    expect(variantWidths(width)).toEqual(expected);
  });
});

describe.each(engines)('storing images on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    siteId = await defaultSiteId(t.deps);
  });
  afterAll(async () => { await t.close(); });

  it('applies the EXIF orientation, strips all metadata and writes WebP and JPEG at each width', async () => {
    const original = await jpegWithExif();
    const input = await sharp(original).metadata();
    expect(input.orientation).toBe(6);
    expect(input.exif?.includes('Secret Source')).toBe(true);
    const result = await storeImage(t.deps, { siteId, data: original, originalName: 'IMG_0001.JPG', alt: ' A red square ', createdBy: null });
    expect(result.kind).toBe('stored');
    if (result.kind !== 'stored') return;
    // Stored sideways at 2000×1000; upright it is 1000×2000.
    expect(result.media).toMatchObject({ width: 1000, height: 2000, widths: [480, 960, 1000] });
    expect(result.media.storageKey).toBe(`2026/06/${result.media.id}`);
    for (const width of result.media.widths) {
      for (const ext of ['webp', 'jpg']) {
        const file = path.join(t.deps.mediaDir, `${result.media.storageKey}-${width}.${ext}`);
        const meta = await sharp(fs.readFileSync(file)).metadata();
        expect(meta.format).toBe(ext === 'jpg' ? 'jpeg' : 'webp');
        expect(meta.width).toBe(width);
        expect(meta.height).toBe(width * 2);
        expect(meta.exif).toBeUndefined();
        expect(meta.orientation).toBeUndefined();
        expect(fs.readFileSync(file).includes('Secret Source')).toBe(false);
      }
    }
    const stored = await findMedia(t.deps.db, siteId, result.media.id);
    expect(stored).toMatchObject({ mimeType: 'image/jpeg', alt: 'A red square', originalName: 'IMG_0001.JPG', widths: [480, 960, 1000] });
  });

  it.each([
    ['png', () => sharp({ create: { width: 640, height: 480, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } }).png().toBuffer(), 'image/png'],
    ['webp', () => sharp({ create: { width: 300, height: 200, channels: 3, background: '#0a0' } }).webp().toBuffer(), 'image/webp'],
    ['gif', () => sharp({ create: { width: 100, height: 100, channels: 3, background: '#fff' } }).gif().toBuffer(), 'image/gif'],
    ['avif', () => sharp({ create: { width: 64, height: 64, channels: 3, background: '#333' } }).avif({ effort: 0 }).toBuffer(), 'image/avif'],
  ])('accepts %s', async (_name, make, mime) => {
    const result = await storeImage(t.deps, { siteId, data: await make(), originalName: 'picture', alt: '', createdBy: null });
    expect(result.kind).toBe('stored');
    if (result.kind === 'stored') expect((await findMedia(t.deps.db, siteId, result.media.id))!.mimeType).toBe(mime);
  });

  it('decides by content, not by name: text and SVG are refused', async () => {
    const text = await storeImage(t.deps, { siteId, data: Buffer.from('just some words'), originalName: 'photo.jpg', alt: '', createdBy: null });
    expect(text).toEqual({ kind: 'invalid', code: 'not_an_image', message: expect.stringContaining('not an image') });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect((await storeImage(t.deps, { siteId, data: svg, originalName: 'x.png', alt: '', createdBy: null })).kind).toBe('invalid');
    expect((await storeImage(t.deps, { siteId, data: Buffer.alloc(0), originalName: 'empty.png', alt: '', createdBy: null })).kind).toBe('invalid');
  });

  it('refuses a truncated JPEG without leaving files behind', async () => {
    const whole = await jpegWithExif(800, 600);
    const listFiles = () => (fs.existsSync(t.deps.mediaDir) ? fs.readdirSync(t.deps.mediaDir, { recursive: true }).map(String).filter((f) => /\.(webp|jpg)$/.test(f)) : []);
    const before = listFiles().length;
    const result = await storeImage(t.deps, { siteId, data: whole.subarray(0, Math.floor(whole.length / 3)), originalName: 'cut.jpg', alt: '', createdBy: null });
    expect(result.kind).toBe('invalid');
    expect(listFiles().length).toBe(before);
  });
});
