import { describe, expect, it } from 'vitest';
import { compareSessions, direction, evaluationCopy, type SessionSide } from '../../../src/domain/evaluation';
import type { QuestionId, TopicId } from '../../../src/domain/ids';
import { emptyScan, UNASSESSED, type Precondition, type PreconditionState } from '../../../src/domain/preconditions';
import type { IsoDateTime } from '../../../src/domain/time';
import { addValue } from '../../../src/domain/values';
import { graph } from '../support/fixtures';
import { day, point } from './action-fixture';

const NOW = '2027-03-01T09:00:00.000Z' as IsoDateTime;
const TODAY = day('2027-03-01');

function firstSession() {
  const g = graph();
  const values = addValue(g.workshop.values, { id: 'v-1' as never, label: 'Privacy', source: 'organisation', description: '' });
  const w = {
    ...g.workshop,
    goal: { ...g.workshop.goal, statement: 'Minder ritten' },
    values,
    decision: { outcome: 'go-with-conditions' as const, rationale: 'r', dissent: [], decidedBy: 'team', date: day('2026-11-12'), recordedAt: NOW },
    preconditions: { ...emptyScan(), accountability: { ...UNASSESSED, state: 'missing' as const, confirmed: true } },
    lastExportedAt: NOW,
  };
  const open = g.actionPoints[0]!;
  const done = point({ workshopId: w.id, title: 'al gedaan', status: 'done' });
  const busy = point({ workshopId: w.id, title: 'bezig', status: 'in-progress', valueId: 'v-1' as never });
  return { ...g, workshop: w, actionPoints: [open, done, busy] };
}

describe('the evaluation copy', () => {
  it('is a new evaluation workshop that points back at the first', () => {
    const first = firstSession();
    const e = evaluationCopy(first, { now: NOW, today: TODAY, title: 'Evaluatie' });
    expect(e.workshop.id).not.toBe(first.workshop.id);
    expect(e.workshop).toMatchObject({ kind: 'evaluation', evaluationOf: first.workshop.id, title: 'Evaluatie', date: TODAY, decision: null, lastExportedAt: null, createdAt: NOW });
    expect(e.workshop.pack).toEqual(first.workshop.pack);
  });

  it('copies goal, values and participants, but not answers, concerns, handled questions, photos, scan or decision', () => {
    const first = firstSession();
    const e = evaluationCopy(first, { now: NOW, today: TODAY, title: 'Evaluatie' });
    expect(e.workshop.goal).toEqual(first.workshop.goal);
    expect(e.workshop.values).toEqual(first.workshop.values);
    expect(e.participants.map((p) => [p.name, p.roles])).toEqual(first.participants.map((p) => [p.name, p.roles]));
    expect(e.participants.some((p) => first.participants.some((q) => q.id === p.id))).toBe(false);
    expect(e.participants.every((p) => p.workshopId === e.workshop.id)).toBe(true);
    expect(first.notes.map((n) => n.kind)).toEqual(['answer', 'concern']);
    expect(e.notes).toEqual([]);
    expect(first.questionStates.map((s) => s.status)).toEqual(['discussed']);
    expect(e.questionStates).toEqual([]);
    expect(e.attachments).toEqual([]);
    expect(e.workshop.preconditions).toEqual(emptyScan());
  });

  it('carries the parking lot over: parked questions with their reason, open-question notes by their speaker', () => {
    const g = firstSession();
    const asker = g.participants[1]!;
    const parked = { workshopId: g.workshop.id, questionId: 'bias.groups' as QuestionId, status: 'parked' as const, reason: 'Wacht op de leverancier', updatedAt: NOW };
    const open = { ...g.notes[0]!, id: 'n-open' as never, kind: 'question' as const, text: 'Wie beheert het model na de pilot?', speaker: { kind: 'participant' as const, participantId: asker.id } };
    const first = { ...g, notes: [...g.notes, open], questionStates: [...g.questionStates, parked] };
    const e = evaluationCopy(first, { now: NOW, today: TODAY, title: 'Evaluatie' });
    expect(e.questionStates).toEqual([{ ...parked, workshopId: e.workshop.id }]);
    expect(e.notes.map((n) => [n.kind, n.text, n.questionId])).toEqual([['question', open.text, open.questionId]]);
    const [copied] = e.notes;
    expect(copied!.id).not.toBe(open.id);
    expect(copied!.workshopId).toBe(e.workshop.id);
    // The speaker is the same person, as the evaluation's copy of them.
    const speaker = copied!.speaker.kind === 'participant' ? e.participants.find((p) => p.id === (copied!.speaker as { participantId: string }).participantId) : undefined;
    expect(speaker?.name).toBe(asker.name);
  });

  it('carries over only the open action points, under fresh ids, linked to where they came from', () => {
    const first = firstSession();
    const e = evaluationCopy(first, { now: NOW, today: TODAY, title: 'Evaluatie' });
    expect(e.actionPoints.map((a) => [a.title, a.status])).toEqual([
      ['Grondslag laten toetsen', 'open'],
      ['bezig', 'in-progress'],
    ]);
    const [a, b] = e.actionPoints;
    expect(a?.origin).toEqual({ kind: 'carried-over', fromActionPointId: first.actionPoints[0]!.id });
    expect(b?.origin).toEqual({ kind: 'carried-over', fromActionPointId: first.actionPoints[2]!.id });
    expect(e.actionPoints.some((x) => first.actionPoints.some((y) => y.id === x.id))).toBe(false);
    expect(a?.isCondition).toBe(true);
    expect(b?.valueId).toBe('v-1');
    // The owner was a participant: now the copy of that participant.
    expect(a?.owner.kind === 'participant' && e.participants.some((p) => p.id === (a.owner as { participantId: string }).participantId)).toBe(true);
  });
});

describe('the comparison', () => {
  const topic = { id: 'source' as TopicId, questionIds: ['source.origin', 'source.quality'] as QuestionId[] };
  const q = (id: string) => id as QuestionId;

  it('compares preconditions by their state: better, worse, same, or not comparable', () => {
    expect(direction('missing', 'partly')).toBe('better');
    expect(direction('in-place', 'missing')).toBe('worse');
    expect(direction('partly', 'partly')).toBe('same');
    expect(direction('unknown', 'in-place')).toBe('not-comparable');
    expect(direction('unknown', 'unknown')).toBe('same');
  });

  it('claims no change for a precondition the group has not judged on both sides', () => {
    expect(direction(null, 'in-place')).toBe('not-judged');
    expect(direction('missing', null)).toBe('not-judged');
    expect(direction(null, null)).toBe('not-judged');
  });

  it('shows per topic what changed since the first session', () => {
    const first = firstSession();
    const e = evaluationCopy(first, { now: NOW, today: TODAY, title: 'Evaluatie' });
    const before: SessionSide = {
      workshop: first.workshop,
      states: [{ workshopId: first.workshop.id, questionId: q('source.quality'), status: 'parked', reason: '', updatedAt: NOW }],
      notes: [
        { questionId: q('source.origin'), kind: 'concern' },
        { questionId: q('source.origin'), kind: 'concern' },
        { questionId: q('bias.groups'), kind: 'concern' },
      ],
      actionPoints: first.actionPoints,
    };
    const after: SessionSide = {
      workshop: { ...e.workshop, goal: { ...e.workshop.goal, nonDeliverables: 'Geen boetes' }, preconditions: { ...e.workshop.preconditions, accountability: { ...UNASSESSED, state: 'in-place', confirmed: true } } },
      states: [{ workshopId: e.workshop.id, questionId: q('source.quality'), status: 'discussed', reason: '', updatedAt: NOW }],
      notes: [{ questionId: q('source.origin'), kind: 'answer' }],
      actionPoints: e.actionPoints.map((a, i) => (i === 0 ? { ...a, status: 'done' as const } : a)),
    };
    const c = compareSessions([topic], before, after);
    expect(c.topics[0]).toMatchObject({
      before: { discussed: 0, parked: 1, notes: 2, concerns: 2 },
      after: { discussed: 1, parked: 0, notes: 1, concerns: 0 },
      questions: [{ questionId: 'source.quality', before: 'parked', after: 'discussed' }],
      notYet: false,
    });
    expect(c.preconditions.find((p) => p.precondition === 'accountability')).toEqual({ precondition: 'accountability', before: 'missing', after: 'in-place', direction: 'better' });
    expect(c.carriedOver).toEqual({ carried: 2, done: 1, dropped: 0, stillOpen: 1 });
    expect(c.goalChanged).toBe(true);
    expect(c.decision).toEqual({ before: 'go-with-conditions', after: null });
  });

  it('compares preconditions only where the group judged them in both sessions, never a mere proposal', () => {
    const first = firstSession();
    const e = evaluationCopy(first, { now: NOW, today: TODAY, title: 'Evaluatie' });
    const side = (w: SessionSide['workshop']): SessionSide => ({ workshop: w, states: [], notes: [], actionPoints: [] });
    const scan = (confirmed: Partial<Record<Precondition, PreconditionState>>, proposed: Partial<Record<Precondition, PreconditionState>>) => ({
      ...emptyScan(),
      ...Object.fromEntries(Object.entries(proposed).map(([p, state]) => [p, { ...UNASSESSED, state }])),
      ...Object.fromEntries(Object.entries(confirmed).map(([p, state]) => [p, { ...UNASSESSED, state, confirmed: true }])),
    });
    const before = side({ ...first.workshop, preconditions: scan({ accountability: 'missing', 'political-support': 'unknown', 'integrated-work': 'partly' }, { 'privacy-officer-involved': 'in-place' }) });
    // In the evaluation the app proposes the same for integrated work, but nobody confirmed it.
    const after = side({ ...e.workshop, preconditions: scan({ accountability: 'in-place', 'political-support': 'partly', 'privacy-officer-involved': 'in-place' }, { 'integrated-work': 'partly' }) });
    const c = new Map(compareSessions([topic], before, after).preconditions.map((p) => [p.precondition, p]));
    expect(c.get('accountability')).toEqual({ precondition: 'accountability', before: 'missing', after: 'in-place', direction: 'better' });
    expect(c.get('political-support')).toMatchObject({ before: 'unknown', after: 'partly', direction: 'not-comparable' });
    expect(c.get('integrated-work')).toEqual({ precondition: 'integrated-work', before: 'partly', after: null, direction: 'not-judged' });
    expect(c.get('privacy-officer-involved')).toEqual({ precondition: 'privacy-officer-involved', before: null, after: 'in-place', direction: 'not-judged' });
    expect(c.get('purpose-limitation')).toEqual({ precondition: 'purpose-limitation', before: null, after: null, direction: 'not-judged' });
  });

  it('says a topic is not yet discussed in the evaluation rather than "everything went away"', () => {
    const first = firstSession();
    const e = evaluationCopy(first, { now: NOW, today: TODAY, title: 'Evaluatie' });
    const side = (w: SessionSide['workshop']): SessionSide => ({ workshop: w, states: [], notes: [], actionPoints: [] });
    const c = compareSessions([topic], { ...side(first.workshop), notes: [{ questionId: q('source.origin'), kind: 'answer' }] }, side(e.workshop));
    expect(c.topics[0]?.notYet).toBe(true);
    expect(c.goalChanged).toBe(false);
  });
});
