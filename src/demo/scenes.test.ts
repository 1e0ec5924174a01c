import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DEMO_STORIES } from './content/index.ts';
import { seededRandom } from '../lib/seeded-random.ts';
import { renderScene, SCENE_HEIGHT, SCENE_WIDTH, sceneSvg } from './scenes.ts';

describe('demo lead-image scenes', () => {
  it('draws the same picture for the same seed and a different one for another', () => {
    const spec = { kind: 'mountains', palette: 'dawn', seed: 7 } as const;
    expect(sceneSvg(spec)).toBe(sceneSvg(spec));
    expect(sceneSvg(spec)).not.toBe(sceneSvg({ ...spec, seed: 8 }));
  });

  it('gives every story its own picture', () => {
    const svgs = DEMO_STORIES.map((s) => sceneSvg(s.scene));
    expect(new Set(svgs).size).toBe(DEMO_STORIES.length);
    for (const svg of svgs) {
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1600" height="900"/);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it('keeps the random numbers in [0, 1)', () => {
    const rand = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const n = rand();
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(1);
    }
  });

  it('rasterises to a 1600×900 JPEG that is not a flat colour', async () => {
    const jpeg = await renderScene({ kind: 'city', palette: 'night', seed: 3 });
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', SCENE_WIDTH, SCENE_HEIGHT]);
    const stats = await sharp(jpeg).stats();
    expect(stats.channels[0]!.stdev).toBeGreaterThan(5);
  });
});
