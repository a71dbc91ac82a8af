import { describe, expect, it } from 'vitest';
import { actionsStatus, decisionStatus, MAX_ACTION_TITLE, preconditionsStatus, statusChange, titleFromNote } from '../../../src/domain/action-rules';
import { emptyScan, PRECONDITIONS, UNASSESSED } from '../../../src/domain/preconditions';
import type { IsoDateTime } from '../../../src/domain/time';
import { day, point } from './action-fixture';

const NOW = '2026-12-01T10:00:00.000Z' as IsoDateTime;

describe('action point rules', () => {
  it('takes the first line of a note as title, cut at a word when long', () => {
    expect(titleFromNote('  Vraag de FG om advies\nomdat de BRP erin zit ')).toBe('Vraag de FG om advies');
    const long = `${'woord '.repeat(60)}einde`;
    const t = titleFromNote(long);
    expect(t.length).toBeLessThanOrEqual(MAX_ACTION_TITLE);
    expect(t.endsWith('woord…')).toBe(true);
  });

  it('needs a reason to drop a point, and records when one is done', () => {
    expect(statusChange('dropped', '  ', NOW)).toEqual({ ok: false, problem: 'reason-required' });
    expect(statusChange('dropped', ' Niet meer nodig ', NOW)).toEqual({ ok: true, change: { status: 'dropped', dropReason: 'Niet meer nodig', completedAt: null } });
    expect(statusChange('done', '', NOW)).toEqual({ ok: true, change: { status: 'done', dropReason: '', completedAt: NOW } });
    expect(statusChange('open', 'oud', NOW)).toEqual({ ok: true, change: { status: 'open', dropReason: '', completedAt: null } });
  });

  it('keeps the first completion date when done is chosen again', () => {
    const earlier = '2026-11-01T10:00:00.000Z' as IsoDateTime;
    expect(statusChange('done', '', NOW, { status: 'done', completedAt: earlier })).toMatchObject({ change: { completedAt: earlier } });
  });

  it('calls the actions step done when every open point has an owner and a date', () => {
    expect(actionsStatus([])).toBe('empty');
    expect(actionsStatus([point()])).toBe('started');
    expect(actionsStatus([point({ owner: { kind: 'role', role: 'privacy-officer' }, dueDate: day('2027-01-01') }), point({ status: 'done' })])).toBe('done');
  });

  it('calls the scan done when all five are confirmed, and the decision when recorded', () => {
    const scan = emptyScan();
    expect(preconditionsStatus(scan)).toBe('empty');
    expect(preconditionsStatus({ ...scan, accountability: { ...UNASSESSED, confirmed: true } })).toBe('started');
    expect(preconditionsStatus(Object.fromEntries(PRECONDITIONS.map((p) => [p, { ...UNASSESSED, confirmed: true }])) as typeof scan)).toBe('done');
    expect(decisionStatus(null)).toBe('empty');
  });
});
