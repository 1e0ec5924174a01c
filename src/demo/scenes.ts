// Lead images for the demo, drawn as SVG and rasterised with sharp at seed time:
// no binaries in the repository, nothing downloaded. A seeded random generator
// makes every run draw the same picture for the same story.
import { loadSharp } from '../media/sharp-module.ts';
import { PALETTES, type Palette, type PaletteName } from './scene-palettes.ts';
import { seededRandom, type Random } from '../lib/seeded-random.ts';

export type SceneKind = 'mountains' | 'steppe' | 'city' | 'desert' | 'lake' | 'valley';
export type { PaletteName } from './scene-palettes.ts';

export interface SceneSpec {
  kind: SceneKind;
  palette: PaletteName;
  seed: number;
}

export const SCENE_WIDTH = 1600;
export const SCENE_HEIGHT = 900;
const W = SCENE_WIDTH;
const H = SCENE_HEIGHT;

type Point = [number, number];

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A ridge line across the picture by midpoint displacement, scaled to run between `top` and `bottom`. */
function ridge(rand: Random, top: number, bottom: number, roughness: number, depth = 7): Point[] {
  const count = 2 ** depth;
  const ys = new Array<number>(count + 1).fill(0);
  ys[0] = rand();
  ys[count] = rand();
  let spread = 1;
  for (let step = count; step > 1; step /= 2) {
    for (let i = step / 2; i < count; i += step) {
      ys[i] = (ys[i - step / 2]! + ys[i + step / 2]!) / 2 + (rand() - 0.5) * spread;
    }
    spread *= roughness;
  }
  const min = Math.min(...ys);
  const range = Math.max(...ys) - min || 1;
  // Higher noise means a higher peak, i.e. a smaller y.
  return ys.map((v, i) => [r1((i / count) * W), r1(bottom - ((v - min) / range) * (bottom - top))]);
}

function sharpPath(points: Point[], bottom = H): string {
  return `M0,${bottom} ${points.map(([x, y]) => `L${x},${y}`).join(' ')} L${W},${bottom} Z`;
}

/** Smooth curve through the midpoints, for steppe and dunes. */
function smoothPath(points: Point[], bottom = H): string {
  let d = `M0,${bottom} L${points[0]![0]},${points[0]![1]}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [x, y] = points[i]!;
    const [nx, ny] = points[i + 1]!;
    d += ` Q${x},${y} ${r1((x + nx) / 2)},${r1((y + ny) / 2)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${last[0]},${last[1]} L${W},${bottom} Z`;
}

function sky(p: Palette, rand: Random, sunY: number): string {
  const sunX = r1(W * (0.15 + rand() * 0.7));
  const radius = p.stars ? 46 : 70 + rand() * 40;
  let out = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyBottom}"/></linearGradient>`
    + `<radialGradient id="glow"><stop offset="0" stop-color="${p.sun}" stop-opacity="0.9"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/></radialGradient>`
    + `<linearGradient id="haze" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyBottom}" stop-opacity="0"/><stop offset="1" stop-color="${p.skyBottom}" stop-opacity="0.55"/></linearGradient></defs>`
    + `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  if (p.stars) {
    for (let i = 0; i < 140; i++) {
      out += `<circle cx="${r1(rand() * W)}" cy="${r1(rand() * H * 0.6)}" r="${r1(0.6 + rand() * 1.6)}" fill="#ffffff" opacity="${r1(0.3 + rand() * 0.7)}"/>`;
    }
  }
  out += `<circle cx="${sunX}" cy="${r1(sunY)}" r="${r1(radius * 3.2)}" fill="url(#glow)"/>`;
  out += `<circle cx="${sunX}" cy="${r1(sunY)}" r="${r1(radius)}" fill="${p.sun}"/>`;
  return out;
}

/** Layered ridges with snow on the highest one; nearer layers are darker and lower. */
function mountains(p: Palette, rand: Random, horizon = H * 0.72): string {
  const far = ridge(rand, H * (0.12 + rand() * 0.1), H * 0.5, 0.56);
  const peak = Math.min(...far.map(([, y]) => y));
  const snowLine = peak + H * 0.12;
  // Snow thins out downhill instead of ending on a ruled line.
  let out = `<linearGradient id="snow" gradientUnits="userSpaceOnUse" x1="0" y1="${r1(peak)}" x2="0" y2="${r1(snowLine)}">`
    + `<stop offset="0.4" stop-color="${p.snow}" stop-opacity="0.9"/><stop offset="1" stop-color="${p.snow}" stop-opacity="0"/></linearGradient>`;
  out += `<clipPath id="peaks"><path d="${sharpPath(far)}"/></clipPath>`;
  out += `<path d="${sharpPath(far)}" fill="${p.land[0]}"/>`;
  out += `<rect width="${W}" height="${r1(snowLine)}" fill="url(#snow)" clip-path="url(#peaks)"/>`;
  out += `<rect width="${W}" height="${H}" fill="url(#haze)"/>`;
  [0.36, 0.5, horizon / H - 0.04].forEach((top, i) => {
    out += `<path d="${sharpPath(ridge(rand, H * top, H * (top + 0.2 - i * 0.04), 0.5))}" fill="${p.land[i + 1]}"/>`;
  });
  return out;
}

function steppe(p: Palette, rand: Random): string {
  let out = `<path d="${smoothPath(ridge(rand, H * 0.5, H * 0.6, 0.45, 5))}" fill="${p.land[0]}"/>`;
  out += `<rect width="${W}" height="${H}" fill="url(#haze)"/>`;
  [0.62, 0.72, 0.84].forEach((top, i) => {
    out += `<path d="${smoothPath(ridge(rand, H * top, H * (top + 0.06), 0.4, 5))}" fill="${p.land[i + 1]}"/>`;
  });
  for (let i = 0; i < 18; i++) {
    const y = H * (0.8 + rand() * 0.18);
    out += `<path d="M${r1(rand() * W)},${r1(y)} h${r1(80 + rand() * 220)}" stroke="${p.accent}" stroke-width="3" opacity="0.35"/>`;
  }
  return out;
}

function desert(p: Palette, rand: Random): string {
  let out = `<rect width="${W}" height="${H}" fill="url(#haze)"/>`;
  [0.6, 0.7, 0.8, 0.9].forEach((base, i) => {
    const points: Point[] = [];
    const waves = 2 + rand() * 2;
    const phase = rand() * Math.PI * 2;
    for (let x = 0; x <= W; x += 50) {
      points.push([x, r1(H * base - Math.abs(Math.sin((x / W) * Math.PI * waves + phase)) * H * (0.1 - i * 0.015))]);
    }
    out += `<path d="${smoothPath(points)}" fill="${p.land[i]}"/>`;
  });
  return out;
}

function building(p: Palette, rand: Random, x: number, width: number, height: number, fill: string, lit: number): string {
  const top = H * 0.86 - height;
  let out = `<rect x="${r1(x)}" y="${r1(top)}" width="${r1(width)}" height="${r1(height + H * 0.14)}" fill="${fill}"/>`;
  if (rand() < 0.15) out += `<ellipse cx="${r1(x + width / 2)}" cy="${r1(top)}" rx="${r1(width / 2)}" ry="${r1(width / 2.4)}" fill="${fill}"/>`;
  for (let wy = top + 14; wy < H * 0.86 - 12; wy += 26) {
    for (let wx = x + 10; wx < x + width - 16; wx += 22) {
      if (rand() < lit) out += `<rect x="${r1(wx)}" y="${r1(wy)}" width="9" height="13" fill="${p.accent}" opacity="0.85"/>`;
    }
  }
  return out;
}

/** Two rows of blocks before hills; lit windows at night, a few at other times. */
function city(p: Palette, rand: Random): string {
  let out = `<path d="${smoothPath(ridge(rand, H * 0.36, H * 0.6, 0.5, 5))}" fill="${p.land[0]}"/>`;
  out += `<rect width="${W}" height="${H}" fill="url(#haze)"/>`;
  const lit = p.stars ? 0.45 : 0.12;
  for (const [row, scale] of [[1, 0.55], [2, 0.35]] as const) {
    for (let x = -20; x < W;) {
      const width = 50 + rand() * 110;
      out += building(p, rand, x, width, H * scale * (0.3 + rand() * 0.7), p.land[row]!, row === 2 ? lit : lit / 2);
      x += width + rand() * 12;
    }
  }
  const towerX = W * (0.2 + rand() * 0.6);
  out += `<rect x="${r1(towerX)}" y="${r1(H * 0.2)}" width="10" height="${r1(H * 0.66)}" fill="${p.land[2]}"/>`;
  out += `<circle cx="${r1(towerX + 5)}" cy="${r1(H * 0.3)}" r="22" fill="${p.land[2]}"/>`;
  return `${out}<rect y="${r1(H * 0.86)}" width="${W}" height="${r1(H * 0.14)}" fill="${p.land[3]}"/>`;
}

/** Mountains above still water that mirrors them. */
function lake(p: Palette, rand: Random): string {
  const horizon = H * 0.62;
  const back = ridge(rand, H * (0.14 + rand() * 0.08), H * 0.5, 0.56);
  const front = ridge(rand, H * 0.4, H * 0.6, 0.5);
  const hills = `<path d="${sharpPath(back, horizon)}" fill="${p.land[1]}"/><path d="${sharpPath(front, horizon)}" fill="${p.land[2]}"/>`;
  let out = `${hills}<rect y="${r1(horizon)}" width="${W}" height="${r1(H - horizon)}" fill="${p.water}"/>`;
  out += `<g transform="translate(0 ${r1(horizon * 2)}) scale(1 -1)" opacity="0.45">${hills}</g>`;
  for (let i = 0; i < 40; i++) {
    out += `<path d="M${r1(rand() * W)},${r1(horizon + 8 + rand() * (H - horizon))} h${r1(30 + rand() * 160)}" stroke="${p.skyBottom}" stroke-width="2" opacity="0.4"/>`;
  }
  return out + `<rect width="${W}" height="${H}" fill="url(#haze)" opacity="0.5"/>`;
}

/** A valley floor between slopes, with rows of trees and a river. */
function valley(p: Palette, rand: Random): string {
  let out = mountains(p, rand, H * 0.6);
  out += `<path d="M0,${H} L0,${r1(H * 0.74)} Q${W / 2},${r1(H * 0.66)} ${W},${r1(H * 0.74)} L${W},${H} Z" fill="${p.land[2]}"/>`;
  out += `<path d="M${r1(W * 0.3)},${H} Q${r1(W * 0.5)},${r1(H * 0.8)} ${r1(W * 0.62)},${r1(H * 0.7)}" stroke="${p.water}" stroke-width="18" fill="none" opacity="0.8"/>`;
  for (let row = 0; row < 4; row++) {
    const y = H * (0.76 + row * 0.055);
    for (let x = rand() * 40; x < W; x += 34 + row * 8) {
      if (rand() < 0.8) out += `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${7 + row * 2}" ry="${16 + row * 5}" fill="${p.land[3]}" opacity="${row % 2 ? 0.95 : 0.75}"/>`;
    }
  }
  return out;
}

const DRAW: Record<SceneKind, (p: Palette, rand: Random) => string> = { mountains, steppe, desert, city, lake, valley };

export function sceneSvg(spec: SceneSpec): string {
  const palette = PALETTES[spec.palette];
  const rand = seededRandom(spec.seed);
  const sunY = H * (spec.palette === 'noon' ? 0.14 : 0.28 + rand() * 0.14);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`
    + `${sky(palette, rand, sunY)}${DRAW[spec.kind](palette, rand)}</svg>`;
}

// The same spec always draws the same picture, so a second seed in one process
// (seed-demo --force after npm start, or the tests) reuses the rasterised JPEG.
const rendered = new Map<string, Promise<Buffer>>();

/** The scene as a JPEG, ready for the media pipeline like any upload. */
export function renderScene(spec: SceneSpec): Promise<Buffer> {
  const key = `${spec.kind}:${spec.palette}:${spec.seed}`;
  let jpeg = rendered.get(key);
  if (!jpeg) {
    jpeg = loadSharp().then((sharp) => sharp(Buffer.from(sceneSvg(spec))).jpeg({ quality: 90 }).toBuffer());
    jpeg.catch(() => rendered.delete(key));
    rendered.set(key, jpeg);
  }
  return jpeg;
}
