import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { defaultSiteId } from '../../test/factories.ts';
import { cropSize, cropUrl, imageCrops } from './crop-geometry.ts';
import { cropPath } from './image-crops.ts';
import { parseCropAddress } from './media-crop.routes.ts';
import { storeImage } from './store-image.ts';
import { jpegWithExif } from './test-images.testkit.ts';

describe('crop geometry', () => {
  it.each([
    [1600, 900, '16x9', 1200, 675], [1600, 1067, '4x3', 1200, 900], [1600, 1067, '1x1', 1067, 1067],
    [400, 600, '16x9', 400, 225], [900, 1600, '1x1', 900, 900], [300, 100, '4x3', 133, 100],
  ] as const)('%i×%i as %s is %i×%i', (w, h, ratio, width, height) => {
    expect(cropSize(w, h, ratio)).toEqual({ width, height });
  });

  it('names the widest variant as the source, 16:9 first', () => {
    const crops = imageCrops({ storageKey: '2026/06/abc', width: 2000, height: 1125, widths: [480, 960, 1600] });
    expect(crops.map((c) => [c.ratio, c.url, c.width, c.height])).toEqual([
      ['16x9', '/media-crops/2026/06/abc-16x9-1600.jpg', 1200, 675],
      ['4x3', '/media-crops/2026/06/abc-4x3-1600.jpg', 1200, 900],
      ['1x1', '/media-crops/2026/06/abc-1x1-1600.jpg', 900, 900],
    ]);
  });

  it.each([
    ['2026', '06', 'abc-2x1-1600.jpg'], ['2026', '13', 'abc-1x1-1600.jpg'], ['26', '06', 'abc-1x1-1600.jpg'],
    ['2026', '06', '..-1x1-1600.jpg'], ['2026', '06', 'abc-1x1-9999.jpg'], ['2026', '06', 'abc-1x1-0600.jpg'],
    ['2026', '06', 'abc-1x1-1600.webp'], ['2026', '06', 'a/b-1x1-1600.jpg'], ['2026', '06', 'abc-1x1-1600.jpg\u0000'],
  ])('refuses %s/%s/%s', (year, month, file) => {
    expect(parseCropAddress(year, month, file)).toBeUndefined();
  });
});

describe.each(engines)('image crops on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine); });
  afterAll(async () => { await t.close(); });

  async function upload(width: number, height: number) {
    const stored = await storeImage(t.deps, { siteId: await defaultSiteId(t.deps), data: await jpegWithExif(width, height), originalName: 'x.jpg', alt: '', createdBy: null });
    if (stored.kind !== 'stored') throw new Error('not stored');
    return stored.media;
  }

  it('cuts the three crops at upload and serves them as exact-ratio JPEGs', async () => {
    const media = await upload(1200, 2000); // stored upright: 2000 wide, 1200 high
    for (const crop of imageCrops(media)) {
      expect(fs.existsSync(cropPath(t.deps.mediaDir, media.storageKey, 1600, crop.ratio))).toBe(true);
      const res = await t.app.inject({ url: crop.url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/jpeg');
      expect(res.headers['cache-control']).toContain('immutable');
      const meta = await sharp(res.rawPayload).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', crop.width, crop.height]);
    }
  });

  it('cuts a missing crop on first request (images stored before crops existed), then keeps it', async () => {
    const media = await upload(500, 700); // upright 700×500: variants 480 and 700
    const file = cropPath(t.deps.mediaDir, media.storageKey, 700, '1x1');
    fs.rmSync(file);
    const [first, second] = await Promise.all([0, 1].map(() => t.app.inject({ url: cropUrl(media.storageKey, 700, '1x1') })));
    expect([first!.statusCode, second!.statusCode]).toEqual([200, 200]);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.endsWith('.part'))).toEqual([]);
    expect((await sharp(first!.rawPayload).metadata()).width).toBe(500);
  });

  it('answers 404 for crops of images or widths that do not exist, and for malformed addresses', async () => {
    const media = await upload(500, 700);
    for (const url of [cropUrl(media.storageKey, 960, '4x3'), '/media-crops/2026/06/nope-4x3-1600.jpg', '/media-crops/2026/06/..%2F..%2Fx-1x1-480.jpg', '/media-crops/2026/06/x-5x4-480.jpg']) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(404);
    }
  });
});
