// Why: the shape of a bundle as TypeScript, matching BUNDLE_SCHEMA. Entities travel without
// their workshopId (the bundle holds one workshop) and photos travel as base64 text.
import type { ActionPoint } from '../domain/action-point';
import type { Attachment } from '../domain/attachment';
import type { Note } from '../domain/note';
import type { Participant } from '../domain/participant';
import type { QuestionState } from '../domain/question-state';
import type { IsoDateTime } from '../domain/time';
import type { Workshop } from '../domain/workshop';
import type { ContentPack } from '../content/pack-types';
import type { DetachedJws } from './jws';

export type PayloadWorkshop = Omit<Workshop, 'lastExportedAt' | 'deletedAt'>;
export type PayloadAttachment = Omit<Attachment, 'workshopId' | 'blob'> & { readonly data: string };

export interface BundlePayload {
  readonly app: { readonly name: 'DEDA Tafel'; readonly version: string };
  readonly exportedAt: IsoDateTime;
  readonly workshop: PayloadWorkshop;
  readonly participants: readonly Omit<Participant, 'workshopId'>[];
  readonly notes: readonly Omit<Note, 'workshopId'>[];
  readonly questionStates: readonly Omit<QuestionState, 'workshopId'>[];
  readonly actionPoints: readonly Omit<ActionPoint, 'workshopId'>[];
  readonly attachments: readonly PayloadAttachment[];
  readonly pack: ContentPack;
}

export interface Bundle {
  readonly format: 'deda-tafel/bundle';
  readonly formatVersion: number;
  readonly payload: BundlePayload;
  readonly signature: DetachedJws;
}
