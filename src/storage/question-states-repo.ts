// Why: marking a question discussed, parked or not applicable (with the reason) is one tap
// at the table; one row per workshop and question holds it.
import type { QuestionId, WorkshopId } from '../domain/ids';
import type { QuestionState, QuestionStatus } from '../domain/question-state';
import { nowIso } from '../domain/time';
import { plainText } from '../domain/plain-text';
import { db } from './db';
import { touch } from './touch';
import { write, type WriteResult } from './write';

export function questionStates(workshopId: WorkshopId): Promise<QuestionState[]> {
  return db().questionStates.where('workshopId').equals(workshopId).toArray();
}

export function setQuestionState(workshopId: WorkshopId, questionId: QuestionId, status: QuestionStatus, reason: string): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().questionStates, db().workshops, async () => {
      const now = nowIso();
      await db().questionStates.put({ workshopId, questionId, status, reason: plainText(reason), updatedAt: now });
      await touch(workshopId, now);
    }),
  );
}
