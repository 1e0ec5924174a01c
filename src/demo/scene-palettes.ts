// Colour sets for the generated lead images: a sky, a light source and four
// land layers from farthest to nearest, so each story gets its own mood.
export type PaletteName = 'dawn' | 'noon' | 'dusk' | 'night' | 'winter' | 'haze' | 'spring' | 'harvest';

export interface Palette {
  skyTop: string;
  skyBottom: string;
  sun: string;
  /** Farthest to nearest. */
  land: [string, string, string, string];
  water: string;
  /** Lit windows, tree crowns, small details. */
  accent: string;
  snow: string;
  stars: boolean;
}

export const PALETTES: Record<PaletteName, Palette> = {
  dawn: {
    skyTop: '#4b5d8c', skyBottom: '#f6b9a3', sun: '#ffe3c2',
    land: ['#b49bb0', '#8a7592', '#5d5271', '#383449'], water: '#9fa8c6', accent: '#f2c48d', snow: '#fbeff0', stars: false,
  },
  noon: {
    skyTop: '#2f7fc4', skyBottom: '#c9e6f5', sun: '#fffbe6',
    land: ['#9fb7c9', '#c9a46c', '#b07d46', '#7a5230'], water: '#3d8fc0', accent: '#f4e1b5', snow: '#ffffff', stars: false,
  },
  dusk: {
    skyTop: '#2b2357', skyBottom: '#f08a5d', sun: '#ffd27a',
    land: ['#8d4f6e', '#6a3a5f', '#46294d', '#241934'], water: '#5a4a7a', accent: '#ffcf7d', snow: '#f6dce4', stars: false,
  },
  night: {
    skyTop: '#070b1f', skyBottom: '#1d2f5c', sun: '#e9eefc',
    land: ['#26355e', '#1c284a', '#141d37', '#0b1124'], water: '#1b2a52', accent: '#ffd56b', snow: '#c9d6f2', stars: true,
  },
  winter: {
    skyTop: '#8fb3d9', skyBottom: '#eef4fa', sun: '#ffffff',
    land: ['#c3d3e6', '#9cb3cf', '#6f89ab', '#45607f'], water: '#7fa3c7', accent: '#fdf6e3', snow: '#ffffff', stars: false,
  },
  haze: {
    skyTop: '#8aa0b4', skyBottom: '#e6e2d3', sun: '#fff6df',
    land: ['#b9c1c4', '#94a2a8', '#6c7f87', '#46585f'], water: '#a8b8bd', accent: '#d9cfa8', snow: '#f4f4ef', stars: false,
  },
  spring: {
    skyTop: '#5aa0d8', skyBottom: '#e4f1f4', sun: '#fffbe0',
    land: ['#a9c2d6', '#7fae7a', '#4f8d4f', '#2f6338'], water: '#5fa3c9', accent: '#cfe8a0', snow: '#ffffff', stars: false,
  },
  harvest: {
    skyTop: '#e0a13a', skyBottom: '#fbe7b0', sun: '#fff4cf',
    land: ['#d9b56f', '#cf9b45', '#b57c2b', '#7d5218'], water: '#7aa6b5', accent: '#f7d98a', snow: '#fff8e6', stars: false,
  },
};
