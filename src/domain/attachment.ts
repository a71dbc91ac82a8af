// Why: many groups still write on a paper poster; a photo of it belongs to the record.
// The image itself is a Blob kept by storage; this is what the domain knows about it.
import type { AttachmentId, TopicId, WorkshopId } from './ids';
import type { IsoDateTime } from './time';

export type AttachmentTarget =
  | { readonly kind: 'workshop' }
  | { readonly kind: 'topic'; readonly topicId: TopicId };

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** The first bytes each image type starts with (WebP: `RIFF`, four bytes of size, `WEBP`). */
const SIGNATURES: Record<ImageType, readonly (number | null)[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/webp': [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50],
};

/** How many leading bytes `imageTypeOf` needs. */
export const IMAGE_SIGNATURE_BYTES = 12;

/**
 * Which image type the bytes are, by their signature; null for anything else. A photo's bytes
 * must be the type it declares: a file that says `image/jpeg` over other bytes is not a photo.
 */
export function imageTypeOf(head: Uint8Array): ImageType | null {
  for (const type of IMAGE_TYPES) {
    const sig = SIGNATURES[type];
    if (head.length >= sig.length && sig.every((b, i) => b === null || head[i] === b)) return type;
  }
  return null;
}

export interface Attachment {
  readonly id: AttachmentId;
  readonly workshopId: WorkshopId;
  readonly target: AttachmentTarget;
  readonly caption: string;
  readonly mediaType: ImageType;
  readonly width: number;
  readonly height: number;
  readonly byteSize: number;
  /** Lowercase hex SHA-256 of the stored bytes, so exports can prove them unaltered. */
  readonly sha256: string;
  readonly blob: Blob;
  readonly createdAt: IsoDateTime;
}
