import { describe, expect, it } from 'vitest';
import type { NoteId, QuestionId, TopicId, WorkshopId } from '../../../src/domain/ids';
import type { NoteKind } from '../../../src/domain/note';
import { parkingLot } from '../../../src/domain/parking-lot';
import type { TopicShape } from '../../../src/domain/progress';
import type { QuestionState, QuestionStatus } from '../../../src/domain/question-state';
import type { IsoDateTime } from '../../../src/domain/time';

const q = (s: string) => s as QuestionId;
const topics: TopicShape[] = [
  { id: 'source' as TopicId, questionIds: [q('source.a'), q('source.b')] },
  { id: 'bias' as TopicId, questionIds: [q('bias.a')] },
];
const state = (id: string, status: QuestionStatus, reason = ''): [QuestionId, QuestionState] => [q(id), { workshopId: 'w' as WorkshopId, questionId: q(id), status, reason, updatedAt: '2026-01-01T00:00:00.000Z' as IsoDateTime }];
const note = (id: string, questionId: string, kind: NoteKind, text: string, order = 0) => ({ id: id as NoteId, questionId: q(questionId), kind, text, order });

describe('the parking lot', () => {
  it('gathers parked questions and open-question notes in session order, leaving out the rest', () => {
    const states = new Map([state('bias.a', 'parked', ' Wacht op de leverancier '), state('source.a', 'discussed'), state('source.b', 'not-applicable', 'n.v.t.')]);
    const notes = [
      note('n3', 'bias.a', 'question', 'Welk model precies?'),
      note('n2', 'source.a', 'question', 'Mag dit onder de AVG?', 2),
      note('n1', 'source.a', 'question', ' Wie is eigenaar? ', 1),
      note('n0', 'source.a', 'concern', 'Te veel data'),
      note('n4', 'goal.statement', 'question', 'Is dit wel ons doel?'),
      note('n5', 'source.b', 'question', '   '),
    ];
    expect(parkingLot(topics, states, notes)).toEqual([
      { kind: 'open-question', topicId: 'source', questionId: 'source.a', noteId: 'n1', text: 'Wie is eigenaar?' },
      { kind: 'open-question', topicId: 'source', questionId: 'source.a', noteId: 'n2', text: 'Mag dit onder de AVG?' },
      { kind: 'parked', topicId: 'bias', questionId: 'bias.a', reason: 'Wacht op de leverancier' },
      { kind: 'open-question', topicId: 'bias', questionId: 'bias.a', noteId: 'n3', text: 'Welk model precies?' },
      { kind: 'open-question', topicId: null, questionId: 'goal.statement', noteId: 'n4', text: 'Is dit wel ons doel?' },
    ]);
  });

  it('is empty when nothing was left open', () => {
    expect(parkingLot(topics, new Map([state('source.a', 'discussed')]), [note('n', 'source.a', 'answer', 'ja')])).toEqual([]);
  });
});
