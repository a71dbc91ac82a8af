// Why: the evidence next to each precondition is what the group judges with. It must come from
// what the workshop recorded (concerns, open questions, questions not discussed, missing roles,
// open conditions, the goal's limits), name where it comes from, and never be a state.
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { indexPack } from '../../../src/content/pack-index';
import { EMPTY_GOAL, type ProjectGoal } from '../../../src/domain/goal';
import { newId, type NoteId, type QuestionId, type TopicId, type WorkshopId } from '../../../src/domain/ids';
import type { Note } from '../../../src/domain/note';
import { EVIDENCE_SOURCES, gatherEvidence, relatedQuestions, type Evidence, type EvidenceFacts } from '../../../src/domain/precondition-evidence';
import { PRECONDITIONS } from '../../../src/domain/preconditions';
import type { QuestionState } from '../../../src/domain/question-state';
import { point } from './action-fixture';
import { T0 } from '../support/fixtures';

const shapes = indexPack(defaultPack).shapes;
const ALL = shapes.flatMap((t) => t.questionIds);
const W = 'w-1' as WorkshopId;
const FULL_GOAL: ProjectGoal = { statement: 'Containers legen als ze vol zijn', deliverables: 'Routes', nonDeliverables: 'Geen handhaving op huishoudens', outcomeRole: 'advisory', dataSets: 'Vulgraadsensoren', phase: 'idea' };
const EVERYONE = [{ roles: ['privacy-officer', 'project-owner'] as const }, { roles: ['data-analyst', 'domain-expert'] as const }, { roles: ['policy-officer', 'communication', 'politics'] as const }];
const discussedAll = new Map<QuestionId, QuestionState>(ALL.map((q) => [q, { workshopId: W, questionId: q, status: 'discussed', reason: '', updatedAt: T0 }]));

let order = 0;
const note = (questionId: string, kind: Note['kind'], text: string) => ({ id: newId<NoteId>(), questionId: questionId as QuestionId, kind, text, order: (order += 1) });

/** A workshop that leaves nothing open: every question discussed, every role there, a bounded goal. */
function quiet(over: Partial<EvidenceFacts> = {}): EvidenceFacts {
  return { goal: FULL_GOAL, participants: EVERYONE, notes: [], states: discussedAll, actionPoints: [], topics: shapes, ...over };
}

const kinds = (e: readonly Evidence[]) => e.map((x) => x.kind);

describe('the mapping of the pack onto the preconditions', () => {
  it('names only topics and questions the default pack has, and gives every precondition some', () => {
    const topicIds = new Set<string>(shapes.map((t) => t.id));
    const questionIds = new Set<string>(ALL);
    for (const p of PRECONDITIONS) {
      for (const t of EVIDENCE_SOURCES[p].topics) expect(topicIds.has(t), `${p}: ${t}`).toBe(true);
      for (const q of EVIDENCE_SOURCES[p].questions) expect(questionIds.has(q), `${p}: ${q}`).toBe(true);
      expect(relatedQuestions(p, shapes).length, p).toBeGreaterThan(0);
    }
  });

  it('takes a whole topic and single questions of another, in pack order', () => {
    const related = relatedQuestions('privacy-officer-involved', shapes);
    expect(related.map((t) => t.topicId)).toEqual(['source', 'anonymisation', 'access', 'privacy']);
    expect(related.find((t) => t.topicId === 'privacy')?.questionIds).toEqual(['privacy.necessity', 'privacy.dpia', 'privacy.retention']);
    expect(related.find((t) => t.topicId === 'source')?.questionIds).toEqual(['source.original-purpose']);
  });
});

describe('gatherEvidence', () => {
  it('finds nothing but the goal’s limits in a workshop that leaves nothing open', () => {
    for (const p of PRECONDITIONS) {
      const expected: Evidence[] = p === 'purpose-limitation' ? [{ kind: 'goal-limits', text: 'Geen handhaving op huishoudens' }] : [];
      expect(gatherEvidence(p, quiet()), p).toEqual(expected);
    }
  });

  it('never says a state: presence at the table gives no evidence for political support', () => {
    const e = gatherEvidence('political-support', quiet());
    expect(e).toEqual([]);
    expect(JSON.stringify(gatherEvidence('political-support', quiet({ participants: [] })))).not.toMatch(/in-place|partly|missing/);
  });

  it('shows a concern on a related topic, with its question and topic, and leaves it out elsewhere', () => {
    // The legal basis was never examined: a concern on the source board.
    const concern = note('source.original-purpose', 'concern', 'Grondslag voor hergebruik nooit onderzocht');
    const facts = quiet({ notes: [concern, note('source.origin', 'answer', 'Uit de BRP')] });
    expect(gatherEvidence('purpose-limitation', facts)).toContainEqual({ kind: 'note', note: 'concern', noteId: concern.id, questionId: 'source.original-purpose', topicId: 'source', text: 'Grondslag voor hergebruik nooit onderzocht' });
    expect(gatherEvidence('privacy-officer-involved', facts).filter((e) => e.kind === 'note')).toHaveLength(1);
    // An answer is no concern; political support is not about the source.
    expect(gatherEvidence('political-support', facts)).toEqual([]);
  });

  it('shows open questions (the post-it kind) after the concerns of the same topic', () => {
    const q = note('communication.council', 'question', 'Weet de wethouder hiervan?');
    const c = note('communication.council', 'concern', 'De raad hoort het pas bij de begroting');
    const e = gatherEvidence('political-support', quiet({ notes: [q, c] }));
    expect(e.map((x) => (x.kind === 'note' ? x.note : x.kind))).toEqual(['concern', 'question']);
  });

  it('counts related questions not discussed per topic, parked ones named, and names what was set aside', () => {
    const states = new Map(discussedAll);
    states.delete('privacy.dpia' as QuestionId);
    states.set('privacy.retention' as QuestionId, { workshopId: W, questionId: 'privacy.retention' as QuestionId, status: 'parked', reason: 'Later', updatedAt: T0 });
    states.set('anonymisation.combining' as QuestionId, { workshopId: W, questionId: 'anonymisation.combining' as QuestionId, status: 'not-applicable', reason: 'Geen persoonsgegevens', updatedAt: T0 });
    const e = gatherEvidence('privacy-officer-involved', quiet({ states }));
    expect(e).toEqual([
      { kind: 'not-applicable', questionId: 'anonymisation.combining', topicId: 'anonymisation', reason: 'Geen persoonsgegevens' },
      { kind: 'not-discussed', topicId: 'privacy', questionIds: ['privacy.dpia', 'privacy.retention'], parked: 1 },
    ]);
  });

  it('names missing roles that bear on it, key roles marked, and says so when nobody is listed', () => {
    const noPo = quiet({ participants: [{ roles: ['project-owner', 'data-analyst', 'domain-expert', 'policy-officer', 'communication'] }] });
    expect(gatherEvidence('privacy-officer-involved', noPo)).toEqual([{ kind: 'role-absent', role: 'privacy-officer', key: true }]);
    expect(gatherEvidence('political-support', noPo)).toEqual([{ kind: 'role-absent', role: 'politics', key: false }]);
    for (const p of PRECONDITIONS) expect(kinds(gatherEvidence(p, quiet({ participants: [] }))), p).toContain('nobody-listed');
  });

  it('shows open conditions made for it or from a related note, not done or unrelated ones', () => {
    const forIt = point({ title: 'Raad informeren', isCondition: true, precondition: 'political-support' });
    const fromNote = point({ title: 'Wethouder vragen', isCondition: true, status: 'in-progress', origin: { kind: 'note', noteId: 'n' as NoteId, questionId: 'communication.council' as QuestionId, topicId: 'communication' as TopicId } });
    const done = point({ title: 'Klaar', isCondition: true, status: 'done', precondition: 'political-support' });
    const plain = point({ title: 'Geen voorwaarde', precondition: 'political-support' });
    const other = point({ title: 'DPIA', isCondition: true, precondition: 'privacy-officer-involved' });
    expect(gatherEvidence('political-support', quiet({ actionPoints: [forIt, fromNote, done, plain, other] }))).toEqual([
      { kind: 'open-condition', actionPointId: forIt.id, title: 'Raad informeren', status: 'open' },
      { kind: 'open-condition', actionPointId: fromNote.id, title: 'Wethouder vragen', status: 'in-progress' },
    ]);
  });

  it('reads the goal: empty, no limits, no data sets, leading or advisory undecided, a late phase', () => {
    const empty = quiet({ goal: EMPTY_GOAL });
    expect(kinds(gatherEvidence('purpose-limitation', empty))).toEqual(['goal-empty', 'goal-limits-empty', 'data-sets-empty']);
    expect(kinds(gatherEvidence('accountability', empty))).toEqual(['goal-empty', 'outcome-role-undecided']);
    expect(gatherEvidence('privacy-officer-involved', quiet({ goal: { ...FULL_GOAL, phase: 'production' } }))).toEqual([{ kind: 'late-phase', phase: 'production' }]);
  });

  it('shows every kind of evidence for a workshop that has them all', () => {
    const facts: EvidenceFacts = {
      goal: { ...EMPTY_GOAL, phase: 'pilot' },
      participants: [],
      notes: [note('privacy.dpia', 'concern', 'DPIA nog niet begonnen'), note('privacy.dpia', 'question', 'Wie schrijft de DPIA?')],
      states: new Map([['access.logging' as QuestionId, { workshopId: W, questionId: 'access.logging' as QuestionId, status: 'not-applicable', reason: '', updatedAt: T0 }]]),
      actionPoints: [point({ isCondition: true, precondition: 'privacy-officer-involved' })],
      topics: shapes,
    };
    const seen = new Set(PRECONDITIONS.flatMap((p) => kinds(gatherEvidence(p, facts))));
    expect([...seen].sort()).toEqual(['data-sets-empty', 'goal-empty', 'goal-limits-empty', 'late-phase', 'nobody-listed', 'not-applicable', 'not-discussed', 'note', 'open-condition', 'outcome-role-undecided']);
    const withPeople = PRECONDITIONS.flatMap((p) => kinds(gatherEvidence(p, { ...facts, participants: [{ roles: ['other'] }] })));
    expect(withPeople).toContain('role-absent');
  });
});
