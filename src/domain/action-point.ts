// Why: action points are where DEDA usually fails afterwards ("the ethics fire goes out").
// Each one has an owner, a due date and a status; a condition blocks the project until done.
import type { Owner } from './author';
import type { ActionPointId, NoteId, QuestionId, TopicId, ValueId, WorkshopId } from './ids';
import type { Precondition } from './preconditions';
import type { IsoDate, IsoDateTime } from './time';

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Where an action point came from. */
export type ActionOrigin =
  | { readonly kind: 'manual' }
  | { readonly kind: 'note'; readonly noteId: NoteId; readonly questionId: QuestionId; readonly topicId: TopicId | null }
  | { readonly kind: 'precondition'; readonly precondition: Precondition; readonly suggestion: string }
  | { readonly kind: 'carried-over'; readonly fromActionPointId: ActionPointId };

export interface ActionPoint {
  readonly id: ActionPointId;
  readonly workshopId: WorkshopId;
  readonly title: string;
  readonly description: string;
  readonly owner: Owner;
  readonly dueDate: IsoDate | null;
  readonly priority: Priority;
  /** The group decided the project may not go ahead until this is done. */
  readonly isCondition: boolean;
  readonly status: ActionStatus;
  /** Required when dropped. */
  readonly dropReason: string;
  readonly origin: ActionOrigin;
  readonly valueId: ValueId | null;
  readonly precondition: Precondition | null;
  readonly order: number;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
  readonly completedAt: IsoDateTime | null;
  /** When done: what was done, by whom and on which day (since schema version 3; empty before). */
  readonly done: DoneRecord;
}

/** What the person marking a point done says about it; a condition's proof for the report. */
export interface DoneRecord {
  readonly note: string;
  readonly by: string;
  readonly on: IsoDate | null;
}

export const NO_DONE_RECORD: DoneRecord = { note: '', by: '', on: null };

export function isOpen(point: Pick<ActionPoint, 'status'>): boolean {
  return point.status === 'open' || point.status === 'in-progress';
}
