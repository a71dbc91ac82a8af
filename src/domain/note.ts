// Why: a note is the digital post-it: what someone said about one question. Its kind lets
// the report put concerns first.
import type { Speaker } from './author';
import type { NoteId, QuestionId, WorkshopId } from './ids';
import type { IsoDateTime } from './time';

export const NOTE_KINDS = ['answer', 'concern', 'question', 'idea'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface Note {
  readonly id: NoteId;
  readonly workshopId: WorkshopId;
  readonly questionId: QuestionId;
  readonly text: string;
  readonly kind: NoteKind;
  readonly speaker: Speaker;
  /** Position among the notes of its question. */
  readonly order: number;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
}
