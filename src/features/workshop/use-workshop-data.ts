// Why: the reads of the workshop screens as live hooks. Small parts (the workshop row,
// participants, question states) are read whole; notes are read and counted per question, so
// adding a note re-reads and re-counts one question, not a thousand notes.
import { useEffect, useState } from 'preact/hooks';
import { indexPack, type PackIndex } from '../../content/pack-index';
import type { QuestionId, WorkshopId } from '../../domain/ids';
import type { PackRef } from '../../domain/workshop';
import { attachmentsOf } from '../../storage/attachments-repo';
import { useLive, useLiveEach } from '../../storage/live';
import { noteCount, notesForQuestion, notesOfWorkshop } from '../../storage/notes-repo';
import { packFor, type PackProblem } from '../../storage/packs-repo';
import { listParticipants } from '../../storage/participants-repo';
import { questionStates } from '../../storage/question-states-repo';
import { getWorkshop } from '../../storage/workshops-repo';

export function useWorkshop(id: WorkshopId) {
  return useLive(() => getWorkshop(id), [id]);
}

export function usePack(ref: PackRef | undefined): { index: PackIndex; exact: boolean; problem?: PackProblem } | null {
  const [state, setState] = useState<{ index: PackIndex; exact: boolean; problem?: PackProblem } | null>(null);
  const key = ref ? `${ref.id}@${ref.version}#${ref.hash ?? ''}` : '';
  useEffect(() => {
    if (!ref) return;
    let live = true;
    void packFor(ref).then(({ pack, exact, problem }) => live && setState({ index: indexPack(pack), exact, ...(problem ? { problem } : {}) }));
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

export function useParticipants(id: WorkshopId) {
  return useLive(() => listParticipants(id), [id]);
}

export function useQuestionStates(id: WorkshopId) {
  return useLive(async () => new Map((await questionStates(id)).map((s) => [s.questionId, s] as const)), [id]);
}

/**
 * Counts per question of the pack; waits (loading) until the pack is known. One live count per
 * question, so adding a note re-counts that question only (one count instead of one per question).
 */
export function useNoteCounts(id: WorkshopId, index: PackIndex | undefined) {
  return useLiveEach(index ? index.shapes.flatMap((s) => s.questionIds) : null, (q) => noteCount(id, q), [id, index]);
}

export function useNotes(id: WorkshopId, questionId: QuestionId) {
  return useLive(() => notesForQuestion(id, questionId), [id, questionId]);
}

export function useAttachments(id: WorkshopId) {
  return useLive(() => attachmentsOf(id), [id]);
}

/** Concerns per question, for the whole poster: it reads the workshop's notes once per change. */
export function useConcernCounts(id: WorkshopId) {
  return useLive(async () => {
    const counts = new Map<QuestionId, number>();
    for (const n of await notesOfWorkshop(id)) if (n.kind === 'concern') counts.set(n.questionId, (counts.get(n.questionId) ?? 0) + 1);
    return counts;
  }, [id]);
}
