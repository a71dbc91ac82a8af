// Why: a tablet camera takes 12-megapixel photos of several megabytes; a poster photo is
// readable at 2048 px on the long side. Photos are scaled down (never up) and stored as JPEG
// before they reach IndexedDB, which keeps workshops, exports and reports small.
import type { ImageType } from '../../../domain/attachment';

export const MAX_EDGE = 2048;
export const JPEG_QUALITY = 0.85;

export class NotAnImageError extends Error {}

export function scaledSize(width: number, height: number, maxEdge = MAX_EDGE): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= maxEdge) return { width, height };
  const f = maxEdge / long;
  return { width: Math.max(1, Math.round(width * f)), height: Math.max(1, Math.round(height * f)) };
}

export async function downscale(file: Blob): Promise<{ blob: Blob; width: number; height: number; mediaType: ImageType }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new NotAnImageError('not an image');
  }
  const { width, height } = scaledSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new NotAnImageError('no canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
  if (!blob) throw new NotAnImageError('could not encode');
  return { blob, width, height, mediaType: 'image/jpeg' };
}
