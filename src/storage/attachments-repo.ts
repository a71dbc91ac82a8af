// Why: photos of the paper poster belong to the record. They are stored as Blobs (already
// downscaled by the screen) with their SHA-256, so an export can prove them unaltered, and
// only when their bytes are the image type they are stored as (an import checks the same).
import { IMAGE_SIGNATURE_BYTES, imageTypeOf, type Attachment, type AttachmentTarget, type ImageType } from '../domain/attachment';
import { newId, type AttachmentId, type WorkshopId } from '../domain/ids';
import { nowIso } from '../domain/time';
import { plainText } from '../domain/plain-text';
import { db } from './db';
import type { Refused } from './action-points-repo';
import { touch } from './touch';
import { write, type WriteResult } from './write';

export function attachmentsOf(workshopId: WorkshopId): Promise<Attachment[]> {
  return db().attachments.where('workshopId').equals(workshopId).sortBy('createdAt');
}

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewPhoto {
  readonly blob: Blob;
  readonly mediaType: ImageType;
  readonly width: number;
  readonly height: number;
  readonly caption: string;
}

/** The bytes are not an image of the type they came with (nothing is stored). */
export type PhotoProblem = 'not-that-image';

export async function addPhoto(workshopId: WorkshopId, target: AttachmentTarget, photo: NewPhoto): Promise<WriteResult<AttachmentId> | Refused<PhotoProblem>> {
  const head = new Uint8Array(await photo.blob.slice(0, IMAGE_SIGNATURE_BYTES).arrayBuffer());
  if (imageTypeOf(head) !== photo.mediaType) return { ok: false, refused: 'not-that-image' };
  // Hash before the transaction: IndexedDB transactions end when they wait on anything else.
  const sha256 = await sha256Hex(photo.blob);
  return write(() =>
    db().transaction('rw', db().attachments, db().workshops, async () => {
      const now = nowIso();
      const id = newId<AttachmentId>();
      await db().attachments.add({ id, workshopId, target, caption: plainText(photo.caption), mediaType: photo.mediaType, width: photo.width, height: photo.height, byteSize: photo.blob.size, sha256, blob: photo.blob, createdAt: now });
      await touch(workshopId, now);
      return id;
    }),
  );
}

export function updateCaption(a: Attachment, caption: string): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().attachments, db().workshops, async () => {
      await db().attachments.update(a.id, { caption: plainText(caption) });
      await touch(a.workshopId);
    }),
  );
}

export function deletePhoto(a: Attachment): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().attachments, db().workshops, async () => {
      await db().attachments.delete(a.id);
      await touch(a.workshopId);
    }),
  );
}

export function restorePhoto(a: Attachment): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().attachments, db().workshops, async () => {
      await db().attachments.put(a);
      await touch(a.workshopId);
    }),
  );
}
