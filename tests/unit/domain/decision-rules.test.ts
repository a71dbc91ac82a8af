import { describe, expect, it } from 'vitest';
import { conditionsMet, decisionNote, openConditions, refusalFor } from '../../../src/domain/decision-rules';
import { point } from './action-fixture';

const WHY = 'De voordelen wegen op tegen de risico’s.';

describe('the decision rules', () => {
  it('refuses "go" while a condition is open or in progress, naming those conditions', () => {
    const open = point({ isCondition: true, title: 'DPIA afronden' });
    const busy = point({ isCondition: true, status: 'in-progress', title: 'FG laten meelezen' });
    const done = point({ isCondition: true, status: 'done' });
    const plain = point({ isCondition: false });
    const r = refusalFor('go', WHY, [open, busy, done, plain]);
    expect(r?.kind).toBe('open-conditions');
    expect(r?.kind === 'open-conditions' && r.open.map((p) => p.title)).toEqual(['DPIA afronden', 'FG laten meelezen']);
  });

  it('allows "go" once every condition is done or dropped, and with open points that are not conditions', () => {
    expect(refusalFor('go', WHY, [point({ isCondition: true, status: 'done' }), point({ isCondition: true, status: 'dropped', dropReason: 'x' }), point()])).toBeNull();
  });

  it('needs at least one open condition for "go under conditions"', () => {
    expect(refusalFor('go-with-conditions', WHY, [point()])).toEqual({ kind: 'no-open-conditions' });
    expect(refusalFor('go-with-conditions', WHY, [point({ isCondition: true, status: 'done' })])).toEqual({ kind: 'no-open-conditions' });
    expect(refusalFor('go-with-conditions', WHY, [point({ isCondition: true })])).toBeNull();
  });

  it('records pause, stop and a deadlock between values whatever the conditions', () => {
    const open = [point({ isCondition: true })];
    for (const o of ['pause', 'stop', 'deadlock'] as const) expect(refusalFor(o, WHY, open)).toBeNull();
  });

  it('asks for the reasons behind every outcome', () => {
    expect(refusalFor('deadlock', '  ', [])).toEqual({ kind: 'rationale-required' });
    expect(refusalFor('stop', '', [])).toEqual({ kind: 'rationale-required' });
  });

  it('counts conditions met, leaving dropped ones out of the total', () => {
    const pts = [point({ isCondition: true, status: 'done' }), point({ isCondition: true }), point({ isCondition: true, status: 'dropped', dropReason: 'x' }), point({ status: 'done' })];
    expect(conditionsMet(pts)).toEqual({ met: 1, total: 2, dropped: 1 });
    expect(openConditions(pts)).toHaveLength(1);
  });

  it('notices when the action points have overtaken a recorded decision', () => {
    expect(decisionNote({ outcome: 'go' }, [point({ isCondition: true })])).toBe('go-but-open-conditions');
    expect(decisionNote({ outcome: 'go-with-conditions' }, [point({ isCondition: true, status: 'done' })])).toBe('conditions-all-met');
    expect(decisionNote({ outcome: 'go-with-conditions' }, [point({ isCondition: true })])).toBeNull();
    expect(decisionNote(null, [point({ isCondition: true })])).toBeNull();
  });
});
