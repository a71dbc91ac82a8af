// Why: the shape of a bundle as TypeScript, matching BUNDLE_SCHEMA: format version 2 (version
// 1's records, v1/types.ts, plus the sync section, v2/types.ts), independent of the app's model.
import type { DetachedJws } from './jws';
import type { V1Attachment } from './v1/types';
import type { V2Payload } from './v2/types';

export type BundlePayload = V2Payload;
export type PayloadAttachment = V1Attachment;

export interface Bundle {
  readonly format: 'deda-tafel/bundle';
  readonly formatVersion: number;
  readonly payload: BundlePayload;
  readonly signature: DetachedJws;
}
