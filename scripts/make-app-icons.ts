/**
 * Renders app/icon.svg into the raster icons browsers and phones ask for: app/favicon.ico
 * (16, 32 and 48 px PNGs in one ICO) and app/apple-icon.png (180 px). Run it after changing the SVG:
 *   npx tsx scripts/make-app-icons.ts
 * sharp comes with Next (its image optimizer), so nothing extra is installed. Next serves the three
 * files through its metadata file conventions (app/favicon.ico, app/icon.svg, app/apple-icon.png).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const appDir = path.join(process.cwd(), 'app');
const svg = fs.readFileSync(path.join(appDir, 'icon.svg'));

const png = (size: number) =>
  sharp(svg, { density: 72 * (size / 64) * 4 })
    .resize(size, size)
    .png()
    .toBuffer();

/** An ICO file whose images are PNGs (supported by every current browser and Windows since Vista). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

async function main() {
  const sizes = [16, 32, 48];
  const images = await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })));
  fs.writeFileSync(path.join(appDir, 'favicon.ico'), ico(images));
  // Apple draws its own rounded corners and shows transparency as black: a full-bleed square.
  const apple = await sharp(svg, { density: 72 * (180 / 64) * 2 })
    .resize(180, 180)
    .flatten({ background: '#134597' })
    .png()
    .toBuffer();
  fs.writeFileSync(path.join(appDir, 'apple-icon.png'), apple);
  console.log('wrote app/favicon.ico (16, 32, 48 px) and app/apple-icon.png (180 px)');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
