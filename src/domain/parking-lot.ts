// Why: what the group left open has to come back, or it is lost: the questions it parked (with
// what is needed to return to them) and the notes written as an open question ("Open vraag").
// Gathered in one list in session order, so the overview, the evaluation session and the
// report's summary all name the same things.
import type { NoteId, QuestionId, TopicId } from './ids';
import type { Note } from './note';
import { statusOf, type TopicShape } from './progress';
import type { QuestionState } from './question-state';

export type ParkedItem =
  | { readonly kind: 'parked'; readonly topicId: TopicId; readonly questionId: QuestionId; readonly reason: string }
  /** topicId null: an open question written outside the topics (e.g. on the goal). */
  | { readonly kind: 'open-question'; readonly topicId: TopicId | null; readonly questionId: QuestionId; readonly noteId: NoteId; readonly text: string };

/**
 * Per topic and question in session order: the parked question first, then its open-question
 * notes in their order; open questions on questions outside the topics come last.
 */
export function parkingLot(topics: readonly TopicShape[], states: ReadonlyMap<QuestionId, QuestionState>, notes: readonly Pick<Note, 'id' | 'questionId' | 'kind' | 'text' | 'order'>[]): ParkedItem[] {
  const questions = notes.filter((n) => n.kind === 'question' && n.text.trim() !== '').sort((a, b) => a.order - b.order);
  const onQuestion = (q: QuestionId) => questions.filter((n) => n.questionId === q);
  const inTopics = new Set<string>(topics.flatMap((t) => t.questionIds));
  const items: ParkedItem[] = topics.flatMap((t) =>
    t.questionIds.flatMap((q): ParkedItem[] => [
      ...(statusOf(states, q) === 'parked' ? [{ kind: 'parked' as const, topicId: t.id, questionId: q, reason: states.get(q)?.reason.trim() ?? '' }] : []),
      ...onQuestion(q).map((n) => ({ kind: 'open-question' as const, topicId: t.id, questionId: q, noteId: n.id, text: n.text.trim() })),
    ]),
  );
  const elsewhere = questions.filter((n) => !inTopics.has(n.questionId)).map((n): ParkedItem => ({ kind: 'open-question', topicId: null, questionId: n.questionId, noteId: n.id, text: n.text.trim() }));
  return [...items, ...elsewhere];
}
