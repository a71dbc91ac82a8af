// Why: the preconditions are the group's to judge. A stored proposal of an earlier version
// (confirmed: false) must read as not judged, whatever state it holds; a judgement needs a
// state and a reason; the app's old reason texts are never taken for the group's words.
import { describe, expect, it } from 'vitest';
import { judgedState, judgementOf, judgementReason, judgeProblem, needingAttention, notJudged } from '../../../src/domain/precondition-rules';
import { emptyScan, UNASSESSED, type PreconditionAssessment } from '../../../src/domain/preconditions';
import { isProposalText } from '../../../src/i18n/proposal-texts';

const judged = (a: Partial<PreconditionAssessment>): PreconditionAssessment => ({ ...UNASSESSED, confirmed: true, ...a });
// The earlier version's own wording, as confirming once stored it.
const APP = 'Er zit een wethouder of raadslid aan tafel.';

describe('a stored proposal of an earlier version', () => {
  it('is not judged, whatever state and text it holds', () => {
    for (const state of ['in-place', 'partly', 'missing', 'unknown'] as const) {
      const old = { ...UNASSESSED, state, explanation: APP };
      expect(judgementOf(old, isProposalText)).toEqual({ kind: 'not-judged' });
      expect(judgedState(old)).toBeNull();
      expect(judgementReason(old, isProposalText)).toBe('');
    }
  });

  it('counts as not judged, and never as needing attention or in place', () => {
    const scan = { ...emptyScan(), 'political-support': { ...UNASSESSED, state: 'in-place' as const }, accountability: { ...UNASSESSED, state: 'missing' as const } };
    expect(notJudged(scan)).toHaveLength(5);
    expect(needingAttention(scan)).toEqual([]);
  });
});

describe('the group’s judgement', () => {
  it('is the state and the reason the group gave', () => {
    expect(judgementOf(judged({ state: 'missing', explanation: 'De raad weet van niets.' }), isProposalText)).toEqual({ kind: 'judged', state: 'missing', reason: 'De raad weet van niets.' });
  });

  it('takes the reason of an earlier version once, and never the app’s text', () => {
    expect(judgementReason(judged({ overrideReason: 'De FG las mee', explanation: 'De FG las mee' }), isProposalText)).toBe('De FG las mee');
    expect(judgementReason(judged({ overrideReason: 'De FG las mee', explanation: 'Per mail' }), isProposalText)).toBe('De FG las mee\n\nPer mail');
    // A confirmed proposal of an earlier version: the group's state, but no reason of its own.
    expect(judgementOf(judged({ state: 'in-place', explanation: ` ${APP}` }), isProposalText)).toEqual({ kind: 'judged', state: 'in-place', reason: '' });
  });

  it('needs a state the group can choose and a reason', () => {
    expect(judgeProblem(null, 'Waarom')).toBe('state-required');
    expect(judgeProblem('unknown', 'Waarom')).toBe('state-required');
    expect(judgeProblem('in-place', '  ')).toBe('reason-required');
    expect(judgeProblem('in-place', 'De wethouder stelde het zelf voor')).toBeNull();
  });

  it('lists what the group judged missing or partly, in the fixed order', () => {
    const scan = {
      'purpose-limitation': judged({ state: 'in-place' }),
      accountability: judged({ state: 'missing' }),
      'integrated-work': judged({ state: 'partly' }),
      'political-support': judged({ state: 'unknown' }),
      'privacy-officer-involved': { ...UNASSESSED, state: 'missing' as const },
    };
    expect(needingAttention(scan)).toEqual(['accountability', 'integrated-work']);
    expect(notJudged(scan)).toEqual(['privacy-officer-involved']);
  });
});
