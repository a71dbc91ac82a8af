// Why: a note is the digital post-it: what someone said about one question. Its kind lets
// the report put concerns first.
import type { Speaker } from './author';
import type { NoteId, QuestionId, WorkshopId } from './ids';
import type { IsoDateTime } from './time';

export const NOTE_KINDS = ['answer', 'concern', 'question', 'idea'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/**
 * How a note came onto the board: typed at the table, or written on a participant's own device
 * and handed over (a contribution, src/exchange/contribution). The poster and the report mark
 * the second, so the group knows which notes nobody read out at the table.
 */
export const NOTE_VIAS = ['table', 'contribution'] as const;
export type NoteVia = (typeof NOTE_VIAS)[number];

export interface Note {
  readonly id: NoteId;
  readonly workshopId: WorkshopId;
  readonly questionId: QuestionId;
  readonly text: string;
  readonly kind: NoteKind;
  readonly speaker: Speaker;
  /** Position among the notes of its question. */
  readonly order: number;
  /** Since schema version 5; notes stored before are 'table'. */
  readonly via: NoteVia;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
}
