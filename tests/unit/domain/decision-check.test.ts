// Why: "go" with nothing discussed, nothing judged and key roles missing must not pass without
// a word. The check lists what is open; while anything is, the group gives a sentence why, and
// that sentence is kept in the rationale as a marked paragraph that can be found again.
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { indexPack } from '../../../src/content/pack-index';
import { goAheadProblem, needsGoAheadReason, openItemsBeforeGo, splitGoAhead, withGoAhead, type OpenItemsInput } from '../../../src/domain/decision-check';
import type { QuestionId, WorkshopId } from '../../../src/domain/ids';
import { emptyScan, PRECONDITIONS, UNASSESSED, type PreconditionScan } from '../../../src/domain/preconditions';
import type { QuestionState } from '../../../src/domain/question-state';
import { point } from './action-fixture';
import { T0 } from '../support/fixtures';

const shapes = indexPack(defaultPack).shapes;
const ALL = shapes.flatMap((t) => t.questionIds);
const W = 'w-1' as WorkshopId;
const state = (q: QuestionId, status: QuestionState['status']): [QuestionId, QuestionState] => [q, { workshopId: W, questionId: q, status, reason: '', updatedAt: T0 }];
const judgedScan = Object.fromEntries(PRECONDITIONS.map((p) => [p, { ...UNASSESSED, confirmed: true, state: 'in-place', explanation: 'Besproken' }])) as unknown as PreconditionScan;
const everyone = [{ roles: ['privacy-officer', 'project-owner', 'data-analyst', 'domain-expert', 'communication'] as const }];

const fresh: OpenItemsInput = { topics: shapes, states: new Map(), scan: emptyScan(), participants: [], actionPoints: [] };
const finished: OpenItemsInput = { topics: shapes, states: new Map(ALL.map((q) => state(q, 'discussed'))), scan: judgedScan, participants: everyone, actionPoints: [] };

describe('openItemsBeforeGo', () => {
  it('lists everything for a workshop where nothing was done', () => {
    const items = openItemsBeforeGo(fresh);
    expect(items.questions.open).toBe(ALL.length);
    expect(items.questions.total).toBe(34);
    expect(items.questions.topics.map((t) => t.topicId)).toEqual(shapes.map((t) => t.id));
    expect(items.notJudged).toEqual([...PRECONDITIONS]);
    expect(items.missingRoles).toEqual(['privacy-officer', 'project-owner', 'data-analyst', 'domain-expert', 'communication']);
    expect(items.openConditions).toEqual([]);
  });

  it('lists nothing once everything is discussed, judged and present', () => {
    const items = openItemsBeforeGo(finished);
    expect(items).toEqual({ questions: { open: 0, total: 34, topics: [] }, notJudged: [], missingRoles: [], openConditions: [] });
    expect(needsGoAheadReason('go', items)).toBe(false);
  });

  it('counts parked questions as open and not-applicable ones as dealt with, per topic', () => {
    const states = new Map(finished.states);
    states.set(...state('privacy.dpia' as QuestionId, 'parked'));
    states.set(...state('privacy.retention' as QuestionId, 'open'));
    states.set(...state('bias.groups' as QuestionId, 'not-applicable'));
    const items = openItemsBeforeGo({ ...finished, states });
    expect(items.questions).toEqual({ open: 2, total: 34, topics: [{ topicId: 'privacy', open: 2 }] });
  });

  it('reads a stored proposal of an earlier version as not judged', () => {
    const scan = { ...judgedScan, 'political-support': { ...UNASSESSED, state: 'in-place' as const, confirmed: false } };
    expect(openItemsBeforeGo({ ...finished, scan }).notJudged).toEqual(['political-support']);
  });

  it('lists open conditions, not done or dropped ones', () => {
    const open = point({ title: 'DPIA', isCondition: true });
    const items = openItemsBeforeGo({ ...finished, actionPoints: [open, point({ isCondition: true, status: 'done' }), point({ isCondition: true, status: 'dropped' }), point()] });
    expect(items.openConditions).toEqual([open]);
    // Conditions alone ask no sentence: "go" is refused by the rules, "go under conditions" is about them.
    expect(needsGoAheadReason('go-with-conditions', items)).toBe(false);
  });
});

describe('going ahead anyway', () => {
  const items = openItemsBeforeGo(fresh);

  it('asks a sentence for go and go under conditions, not for pause, stop or deadlock', () => {
    expect(goAheadProblem('go', items, '  ')).toBe('go-ahead-reason-required');
    expect(goAheadProblem('go-with-conditions', items, '')).toBe('go-ahead-reason-required');
    expect(goAheadProblem('go', items, 'De wethouder wil vóór de zomer beginnen.')).toBeNull();
    for (const o of ['pause', 'stop', 'deadlock', null] as const) expect(goAheadProblem(o, items, '')).toBeNull();
  });

  const words = { heading: 'Doorgegaan terwijl nog open stond', summary: '34 van 34 vragen niet besproken.', reasonLabel: 'Waarom de groep toch doorgaat' };

  it('appends the sentence as a marked paragraph after the group’s rationale', () => {
    const r = withGoAhead(' De pilot is klein. ', 'De wethouder wil beginnen.\n\nEn snel.', words);
    expect(r).toBe('De pilot is klein.\n\n[Doorgegaan terwijl nog open stond] 34 van 34 vragen niet besproken.\nWaarom de groep toch doorgaat: De wethouder wil beginnen.\nEn snel.');
    expect(withGoAhead('De pilot is klein.', ' ', words)).toBe('De pilot is klein.');
  });

  it('finds the paragraph again in either language, so a changed decision replaces it', () => {
    const stored = withGoAhead('De pilot is klein.\n\nTweede alinea.', 'De wethouder wil beginnen.', words);
    const split = splitGoAhead(stored, ['Went ahead while still open', words.heading], ['Why the group goes ahead anyway', words.reasonLabel]);
    expect(split).toEqual({ rationale: 'De pilot is klein.\n\nTweede alinea.', reason: 'De wethouder wil beginnen.' });
    expect(withGoAhead(split.rationale, 'Nieuw', words).match(/\[Doorgegaan/g)).toHaveLength(1);
    // A rationale without the paragraph stays as it is.
    expect(splitGoAhead('Gewoon een reden.', [words.heading], [words.reasonLabel])).toEqual({ rationale: 'Gewoon een reden.', reason: '' });
  });
});
