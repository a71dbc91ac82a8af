// Why: the report needs photos sharp on paper, not at camera resolution. A JPEG of at most
// 2048 px on its long side (what the photo step stores) goes in as it is; anything larger, or
// PNG or WebP, is scaled down and re-encoded as JPEG on a canvas in the browser. Where no canvas
// is at hand (Node, tests) JPEG and PNG go in as they are. A photo that cannot be read is left
// out with a note in its place, never a failed report.
import type { Attachment } from '../../domain/attachment';
import type { PreparedImage } from './draw-photo';

export const MAX_PIXELS_LONG_SIDE = 2048;
const JPEG_QUALITY = 0.85;

/** The stored bytes, for the formats jsPDF embeds without a canvas. */
export async function passThroughImage(a: Attachment): Promise<PreparedImage | null> {
  if (a.mediaType !== 'image/jpeg' && a.mediaType !== 'image/png') return null;
  const bytes = new Uint8Array(await a.blob.arrayBuffer());
  return { bytes, format: a.mediaType === 'image/jpeg' ? 'JPEG' : 'PNG', width: a.width, height: a.height };
}

/** Scales the photo down and re-encodes it as JPEG on a canvas (browser only). */
export async function shrinkImage(a: Attachment): Promise<PreparedImage | null> {
  if (a.mediaType === 'image/jpeg' && Math.max(a.width, a.height) <= MAX_PIXELS_LONG_SIDE) return passThroughImage(a);
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return passThroughImage(a);
  const bitmap = await createImageBitmap(a.blob);
  try {
    const scale = Math.min(1, MAX_PIXELS_LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return passThroughImage(a);
    // JPEG has no transparency: put the photo on white, as it would be printed.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(bitmap, 0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
    return { bytes: new Uint8Array(await blob.arrayBuffer()), format: 'JPEG', width, height };
  } finally {
    bitmap.close();
  }
}

/** Prepares every photo; one that fails is left out (the report says so in its place). */
export async function prepareImages(
  attachments: readonly Attachment[],
  prepare: (a: Attachment) => Promise<PreparedImage | null>,
  onEach?: (done: number, total: number) => void,
): Promise<Map<string, PreparedImage>> {
  const out = new Map<string, PreparedImage>();
  for (const [i, a] of attachments.entries()) {
    try {
      const image = await prepare(a);
      if (image) out.set(a.id, image);
    } catch {
      // Unreadable image data: the report shows a note instead of this photo.
    }
    onEach?.(i + 1, attachments.length);
  }
  return out;
}
