// A small but real photograph-like JPEG for the lead-image upload, made with sharp.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/** Writes a 1200×800 JPEG (a colour gradient, so resizing has something to do) and returns its path. */
export async function writeLeadJpeg(dir = os.tmpdir()): Promise<string> {
  const width = 1200;
  const height = 800;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = Math.round((x / width) * 255);
      pixels[i + 1] = Math.round((y / height) * 200);
      pixels[i + 2] = 120 + ((x ^ y) & 63);
    }
  }
  const file = path.join(fs.mkdtempSync(path.join(dir, 'serai-lead-')), 'bishkek-dialogue.jpg');
  await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toFile(file);
  return file;
}
