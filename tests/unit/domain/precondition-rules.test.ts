import { describe, expect, it } from 'vitest';
import { EMPTY_GOAL, type ProjectGoal } from '../../../src/domain/goal';
import { disciplines, effectiveState, judgementOf, judgementText, needingAttention, overrideProblem, propose, proposeAll, staleProposals } from '../../../src/domain/precondition-rules';
import { emptyScan, UNASSESSED } from '../../../src/domain/preconditions';
import type { Role } from '../../../src/domain/roles';

const goal = (g: Partial<ProjectGoal> = {}): ProjectGoal => ({ ...EMPTY_GOAL, ...g });
const FULL_GOAL = goal({ statement: 'Containers legen als ze vol zijn', nonDeliverables: 'Geen gegevens over huishoudens', dataSets: 'Vulgraadsensoren' });
const TABLE: Role[][] = [['privacy-officer'], ['project-owner'], ['data-analyst', 'domain-expert'], ['politics']];

describe('precondition proposals', () => {
  it('says PO/FG involvement is missing when no PO/FG sits at the table', () => {
    const p = propose('privacy-officer-involved', { goal: FULL_GOAL, roles: [['project-owner'], ['data-analyst']] });
    expect(p).toEqual({ precondition: 'privacy-officer-involved', state: 'missing', reason: 'po-absent' });
  });

  it('calls a PO/FG who only joins in the pilot or later partly involved, and in place earlier', () => {
    expect(propose('privacy-officer-involved', { goal: { ...FULL_GOAL, phase: 'production' }, roles: TABLE }).state).toBe('partly');
    expect(propose('privacy-officer-involved', { goal: { ...FULL_GOAL, phase: 'idea' }, roles: TABLE }).state).toBe('in-place');
    expect(propose('privacy-officer-involved', { goal: FULL_GOAL, roles: TABLE }).state).toBe('in-place');
  });

  it('says accountability is missing without a project owner, partly without a goal', () => {
    expect(propose('accountability', { goal: FULL_GOAL, roles: [['privacy-officer']] })).toMatchObject({ state: 'missing', reason: 'owner-absent' });
    expect(propose('accountability', { goal: goal(), roles: TABLE })).toMatchObject({ state: 'partly', reason: 'owner-without-goal' });
    expect(propose('accountability', { goal: FULL_GOAL, roles: TABLE })).toMatchObject({ state: 'in-place' });
  });

  it('puts purpose limitation at risk when the goal or its limits are not written down', () => {
    expect(propose('purpose-limitation', { goal: goal(), roles: TABLE })).toMatchObject({ state: 'missing', reason: 'goal-empty' });
    expect(propose('purpose-limitation', { goal: goal({ statement: 'x' }), roles: TABLE })).toMatchObject({ state: 'partly', reason: 'limits-empty' });
    expect(propose('purpose-limitation', { goal: goal({ statement: 'x', nonDeliverables: '   ' }), roles: TABLE })).toMatchObject({ state: 'partly', reason: 'limits-empty' });
    expect(propose('purpose-limitation', { goal: goal({ statement: 'x', nonDeliverables: 'y' }), roles: TABLE })).toMatchObject({ state: 'partly', reason: 'data-unnamed' });
    expect(propose('purpose-limitation', { goal: FULL_GOAL, roles: TABLE })).toMatchObject({ state: 'in-place', reason: 'goal-bounded' });
  });

  it('judges purpose limitation from the goal even when nobody is listed yet', () => {
    expect(propose('purpose-limitation', { goal: goal(), roles: [] }).state).toBe('missing');
  });

  it('leaves political support unknown (not missing) when no one from politics is there', () => {
    expect(propose('political-support', { goal: FULL_GOAL, roles: [['project-owner']] })).toMatchObject({ state: 'unknown', reason: 'politics-absent' });
    expect(propose('political-support', { goal: FULL_GOAL, roles: TABLE })).toMatchObject({ state: 'in-place', reason: 'politics-present' });
  });

  it('counts disciplines at the table for integrated work, ignoring "other"', () => {
    expect(disciplines([['other'], ['other', 'data-analyst'], ['data-analyst']])).toBe(1);
    expect(propose('integrated-work', { goal: FULL_GOAL, roles: [['data-analyst'], ['other']] }).state).toBe('missing');
    expect(propose('integrated-work', { goal: FULL_GOAL, roles: [['data-analyst'], ['policy-officer'], ['communication']] }).state).toBe('partly');
    expect(propose('integrated-work', { goal: FULL_GOAL, roles: TABLE }).state).toBe('in-place');
  });

  it('does not claim anyone is absent while nobody has been listed', () => {
    const all = proposeAll({ goal: FULL_GOAL, roles: [] });
    expect(all.filter((p) => p.precondition !== 'purpose-limitation').map((p) => [p.state, p.reason])).toEqual([
      ['unknown', 'nobody-listed'],
      ['unknown', 'nobody-listed'],
      ['unknown', 'nobody-listed'],
      ['unknown', 'nobody-listed'],
    ]);
  });

  it('gives a proposal for every precondition, in the fixed order', () => {
    expect(proposeAll({ goal: FULL_GOAL, roles: TABLE }).map((p) => p.precondition)).toEqual(['purpose-limitation', 'accountability', 'integrated-work', 'political-support', 'privacy-officer-involved']);
  });
});

describe('confirming and overriding', () => {
  const proposal = propose('privacy-officer-involved', { goal: FULL_GOAL, roles: [['project-owner']] });

  it('uses the group state once confirmed, the live proposal before', () => {
    expect(effectiveState(UNASSESSED, proposal)).toBe('missing');
    expect(effectiveState({ ...UNASSESSED, state: 'partly', confirmed: true }, proposal)).toBe('partly');
  });

  it('asks a reason only when the state differs from the proposal', () => {
    expect(overrideProblem(proposal, 'missing', '')).toBeNull();
    expect(overrideProblem(proposal, 'in-place', '  ')).toBe('reason-required');
    expect(overrideProblem(proposal, 'in-place', 'De FG las mee per mail')).toBeNull();
  });

  it('refreshes unconfirmed proposals that are out of date, never confirmed ones', () => {
    const scan = { ...emptyScan(), accountability: { ...UNASSESSED, state: 'in-place' as const, confirmed: true } };
    const proposals = proposeAll({ goal: goal(), roles: [['privacy-officer']] });
    const stale = staleProposals(scan, proposals, (p) => p.reason);
    expect(stale.map((s) => s.precondition)).toEqual(['purpose-limitation', 'integrated-work', 'political-support', 'privacy-officer-involved']);
    expect(stale.find((s) => s.precondition === 'purpose-limitation')?.assessment).toMatchObject({ state: 'missing', explanation: 'goal-empty', confirmed: false });
    const applied = { ...scan, ...Object.fromEntries(stale.map((s) => [s.precondition, s.assessment])) };
    expect(staleProposals(applied, proposals, (p) => p.reason)).toEqual([]);
  });

  describe('what the record says', () => {
    // The app's own wording, as confirming once stored it; the group's words are anything else.
    const APP = 'Er zit geen privacy officer of FG aan tafel.';
    const isApp = (s: string) => s.trim() === APP;
    const judged = (a: Partial<typeof UNASSESSED>) => ({ ...UNASSESSED, confirmed: true, ...a });

    it('is the app proposal until the group judges it', () => {
      expect(judgementOf({ ...UNASSESSED, state: 'missing', explanation: APP }, proposal, isApp)).toEqual({ kind: 'proposed' });
      expect(judgementText({ ...UNASSESSED, explanation: APP }, isApp)).toBe('');
    });

    it('says the group confirmed the proposal, without the app text as the group note (old records included)', () => {
      expect(judgementOf(judged({ state: 'missing' }), proposal, isApp)).toEqual({ kind: 'confirmed', note: '' });
      expect(judgementOf(judged({ state: 'missing', explanation: ` ${APP}` }), proposal, isApp)).toEqual({ kind: 'confirmed', note: '' });
      expect(judgementOf(judged({ state: 'missing', explanation: 'De FG komt volgende keer.' }), proposal, isApp)).toEqual({ kind: 'confirmed', note: 'De FG komt volgende keer.' });
      expect(judgementText(judged({ state: 'missing', explanation: APP }), isApp)).toBe('');
    });

    it('gives the reason once when the group differs, even when an old record holds it twice', () => {
      expect(judgementOf(judged({ state: 'partly', overrideReason: 'De FG las mee' }), proposal, isApp)).toEqual({ kind: 'differs', why: 'De FG las mee', note: '' });
      expect(judgementOf(judged({ state: 'partly', overrideReason: 'De FG las mee', explanation: 'De FG las mee' }), proposal, isApp)).toEqual({ kind: 'differs', why: 'De FG las mee', note: '' });
      expect(judgementOf(judged({ state: 'partly', overrideReason: 'De FG las mee', explanation: 'Per mail' }), proposal, isApp)).toEqual({ kind: 'differs', why: 'De FG las mee', note: 'Per mail' });
      // The one field of the form starts from both, stored once.
      expect(judgementText(judged({ state: 'partly', overrideReason: 'De FG las mee', explanation: 'Per mail' }), isApp)).toBe('De FG las mee\n\nPer mail');
      expect(judgementText(judged({ state: 'partly', overrideReason: 'De FG las mee', explanation: 'De FG las mee' }), isApp)).toBe('De FG las mee');
    });

    it('does not call a judgement a confirmed proposal once the proposal has moved on', () => {
      expect(judgementOf(judged({ state: 'in-place' }), proposal, isApp)).toEqual({ kind: 'judged', note: '' });
    });
  });

  it('lists what needs attention', () => {
    expect(needingAttention({ 'purpose-limitation': 'in-place', accountability: 'missing', 'integrated-work': 'partly', 'political-support': 'unknown', 'privacy-officer-involved': 'missing' })).toEqual([
      'accountability',
      'integrated-work',
      'privacy-officer-involved',
    ]);
  });
});
