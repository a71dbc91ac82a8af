// Why: the shape of a bundle as TypeScript, matching BUNDLE_SCHEMA: format version 1, whose
// types are written out in v1/types.ts (independent of the app's model, see there).
import type { DetachedJws } from './jws';
import type { V1Attachment, V1Payload } from './v1/types';

export type BundlePayload = V1Payload;
export type PayloadAttachment = V1Attachment;

export interface Bundle {
  readonly format: 'deda-tafel/bundle';
  readonly formatVersion: number;
  readonly payload: BundlePayload;
  readonly signature: DetachedJws;
}
