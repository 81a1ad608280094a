#!/usr/bin/env node
/**
 * Draws the app icons in public/icons/ (committed; run again only to change them):
 * a white speech bubble on the course's accent colour, full-bleed, with the
 * drawing inside the middle 60 % so the same picture serves as a maskable icon
 * (launchers cut it to a circle or a squircle). PNGs written by hand with zlib:
 * no image library needed.
 * Usage: node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const ACCENT = [0x0b, 0x5c, 0x6b];
const WHITE = [0xff, 0xff, 0xff];

/** Coverage of the bubble at (x, y) in a unit square: an ellipse with a tail at its lower start corner. */
function inBubble(x, y) {
  const ellipse = ((x - 0.5) / 0.3) ** 2 + ((y - 0.46) / 0.22) ** 2 <= 1;
  // The tail: a triangle under the bubble, towards the lower left.
  const tail = y >= 0.6 && y <= 0.78 && x >= 0.3 && x <= 0.46 && (x - 0.3) / 0.16 >= (y - 0.6) / 0.18 * 0.9 - 0.05 && x <= 0.46 - (y - 0.6) * 0.8;
  return ellipse || tail;
}

/** Three dots inside the bubble: someone is speaking. */
function inDot(x, y) {
  return [0.38, 0.5, 0.62].some((cx) => (x - cx) ** 2 + (y - 0.46) ** 2 <= 0.035 ** 2);
}

function png(size) {
  const SAMPLES = 4;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (inBubble(x, y) && !inDot(x, y)) white++;
        }
      }
      const share = white / SAMPLES ** 2;
      const offset = py * (size * 4 + 1) + 1 + px * 4;
      for (let c = 0; c < 3; c++) raw[offset + c] = Math.round(ACCENT[c] * (1 - share) + WHITE[c] * share);
      raw[offset + 3] = 0xff;
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [180, 192, 512]) {
  writeFileSync(`public/icons/icon-${size}.png`, png(size));
  console.log(`public/icons/icon-${size}.png`);
}
