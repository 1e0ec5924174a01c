// Images made with sharp for tests: real files, so uploads go through real decoding.
import sharp from 'sharp';

/** A JPEG with camera, owner and GPS EXIF, stored sideways (orientation 6: rotate 90° to view). */
export async function jpegWithExif(width = 2000, height = 1000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SpyCam', Model: 'Model 7', Artist: 'Secret Source', Copyright: 'Someone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '42/1 52/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '74/1 35/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}
