import { describe, expect, it } from 'vitest';
import { EMPTY_GOAL } from '../../../src/domain/goal';
import type { QuestionId, TopicId, ValueId, WorkshopId } from '../../../src/domain/ids';
import { goalStatus, parkedQuestions, participantsStatus, sessionTotals, skippedQuestions, topicProgress, valuesStatus, type TopicShape } from '../../../src/domain/progress';
import type { Role } from '../../../src/domain/roles';
import { EMPTY_VALUES } from '../../../src/domain/values';
import type { QuestionState, QuestionStatus } from '../../../src/domain/question-state';
import type { IsoDateTime } from '../../../src/domain/time';

const q = (s: string) => s as QuestionId;
const topics: TopicShape[] = [
  { id: 'algorithms' as TopicId, questionIds: [q('algorithms.a'), q('algorithms.b'), q('algorithms.c')] },
  { id: 'bias' as TopicId, questionIds: [q('bias.a'), q('bias.b')] },
];
function states(entries: [string, QuestionStatus, string?][]): Map<QuestionId, QuestionState> {
  return new Map(entries.map(([id, status, reason]) => [q(id), { workshopId: 'w' as WorkshopId, questionId: q(id), status, reason: reason ?? '', updatedAt: '2026-01-01T00:00:00.000Z' as IsoDateTime }]));
}

describe('topic progress', () => {
  it('is empty when nothing happened', () => {
    expect(topicProgress(topics[0]!, new Map(), new Map())).toMatchObject({ status: 'empty', open: 3, notes: 0 });
  });

  it('is started once a note exists, even with every question open', () => {
    expect(topicProgress(topics[0]!, new Map(), new Map([[q('algorithms.b'), 2]]))).toMatchObject({ status: 'started', notes: 2 });
  });

  it('is done when every question is discussed or not applicable; a parked one keeps it open', () => {
    const done = states([['algorithms.a', 'discussed'], ['algorithms.b', 'not-applicable', 'geen model'], ['algorithms.c', 'discussed']]);
    expect(topicProgress(topics[0]!, done, new Map()).status).toBe('done');
    const parked = states([['algorithms.a', 'discussed'], ['algorithms.b', 'parked'], ['algorithms.c', 'discussed']]);
    expect(topicProgress(topics[0]!, parked, new Map())).toMatchObject({ status: 'started', parked: 1, discussed: 2, open: 0 });
  });
});

describe('overview', () => {
  const s = states([['algorithms.b', 'parked', 'wacht op leverancier'], ['bias.a', 'not-applicable', 'geen personen'], ['bias.b', 'parked'], ['algorithms.a', 'discussed']]);

  it('lists parked questions in session order, with their reasons', () => {
    expect(parkedQuestions(topics, s)).toEqual([
      { topicId: 'algorithms', questionId: 'algorithms.b', reason: 'wacht op leverancier' },
      { topicId: 'bias', questionId: 'bias.b', reason: '' },
    ]);
  });

  it('lists questions set aside as not applicable', () => {
    expect(skippedQuestions(topics, s).map((x) => x.questionId)).toEqual(['bias.a']);
  });

  it('adds up the session', () => {
    const progress = topics.map((t) => topicProgress(t, s, new Map([[q('bias.a'), 4]])));
    expect(sessionTotals(progress)).toEqual({ questions: 5, discussed: 1, parked: 2, notApplicable: 1, open: 1, notes: 4, topicsDone: 0 });
  });
});

describe('the opening steps on the rail', () => {
  const person = (...roles: Role[]) => ({ roles });

  it('calls "Aan tafel" done once everyone listed has a role, even with a key role missing', () => {
    expect(participantsStatus([])).toBe('empty');
    const five = [person('privacy-officer'), person('project-owner'), person('data-analyst'), person('domain-expert'), person('politics')];
    expect(participantsStatus(five)).toBe('done');
    expect(participantsStatus([...five, person()])).toBe('started');
  });

  it('calls the goal done once it says what the project will not deliver, and values done with a core value', () => {
    expect(goalStatus(EMPTY_GOAL)).toBe('empty');
    expect(goalStatus({ ...EMPTY_GOAL, statement: 'Eerder zien' })).toBe('started');
    expect(goalStatus({ ...EMPTY_GOAL, statement: 'Eerder zien', nonDeliverables: 'Geen sancties' })).toBe('done');
    const values = { entries: [{ id: 'v' as ValueId, label: 'Privacy', source: 'both' as const, description: '' }], coreRanking: [], conflicts: [] };
    expect(valuesStatus(EMPTY_VALUES)).toBe('empty');
    expect(valuesStatus(values)).toBe('started');
    expect(valuesStatus({ ...values, coreRanking: ['v' as ValueId] })).toBe('done');
  });
});
