// Why: the facilitator needs to see at a glance what was discussed, what was parked to come
// back to, and what the group decided does not apply (and why).
import type { QuestionId, WorkshopId } from './ids';
import type { IsoDateTime } from './time';

export const QUESTION_STATUSES = ['open', 'discussed', 'parked', 'not-applicable'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export interface QuestionState {
  readonly workshopId: WorkshopId;
  readonly questionId: QuestionId;
  readonly status: QuestionStatus;
  /** Why a question was parked or does not apply. */
  readonly reason: string;
  readonly updatedAt: IsoDateTime;
}
