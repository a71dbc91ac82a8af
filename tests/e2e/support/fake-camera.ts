// Why: Chromium's fake camera plays a .y4m file, so a test can hold a QR code "in front of" a
// real getUserMedia stream and the app's own decoder path runs. Y4M is a header line and raw
// I420 frames: one luma byte per pixel (16 black, 235 white) and flat chroma, no ffmpeg needed.
// The file is replaced (written aside, then renamed over) before each scan: Chromium opens it
// anew whenever a page starts the camera.
import { renameSync, writeFileSync } from 'node:fs';
import { encode } from 'uqr';

const SIZE = 720;
const FPS = 5;

function frame(text: string | null): Buffer {
  const y = Buffer.alloc(SIZE * SIZE, 235);
  if (text) {
    const qr = encode(text, { ecc: 'M', border: 4 });
    const scale = Math.floor((SIZE - 40) / qr.size);
    const offset = Math.floor((SIZE - qr.size * scale) / 2);
    qr.data.forEach((row, r) =>
      row.forEach((dark, c) => {
        if (!dark) return;
        for (let dy = 0; dy < scale; dy++) y.fill(16, (offset + r * scale + dy) * SIZE + offset + c * scale, (offset + r * scale + dy) * SIZE + offset + (c + 1) * scale);
      }),
    );
  }
  const chroma = Buffer.alloc((SIZE / 2) * (SIZE / 2) * 2, 128);
  return Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
}

/** Writes a video that shows each text as a QR code for `seconds`, in turn (then loops). */
export function showCodes(path: string, texts: readonly (string | null)[], seconds = 1): void {
  const frames = texts.flatMap((t) => Array.from({ length: Math.max(1, Math.round(seconds * FPS)) }, () => frame(t)));
  const header = Buffer.from(`YUV4MPEG2 W${SIZE} H${SIZE} F${FPS}:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(`${path}.next`, Buffer.concat([header, ...frames]));
  renameSync(`${path}.next`, path);
}
