// Why: many groups still write on a paper poster; a photo of it belongs to the record.
// The image itself is a Blob kept by storage; this is what the domain knows about it.
import type { AttachmentId, TopicId, WorkshopId } from './ids';
import type { IsoDateTime } from './time';

export type AttachmentTarget =
  | { readonly kind: 'workshop' }
  | { readonly kind: 'topic'; readonly topicId: TopicId };

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

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
