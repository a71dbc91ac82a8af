import { describe, expect, it } from 'vitest';
import { actionsStatus, cleanDone, decisionStatus, hasDoneRecord, MAX_ACTION_TITLE, preconditionsStatus, statusChange, titleFromNote } from '../../../src/domain/action-rules';
import { emptyScan, PRECONDITIONS, UNASSESSED } from '../../../src/domain/preconditions';
import { NO_DONE_RECORD } from '../../../src/domain/action-point';
import type { IsoDate, IsoDateTime } from '../../../src/domain/time';
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
    expect(statusChange('dropped', ' Niet meer nodig ', NOW)).toEqual({ ok: true, change: { status: 'dropped', dropReason: 'Niet meer nodig', completedAt: null, done: NO_DONE_RECORD } });
    expect(statusChange('done', '', NOW)).toEqual({ ok: true, change: { status: 'done', dropReason: '', completedAt: NOW, done: NO_DONE_RECORD } });
    expect(statusChange('open', 'oud', NOW)).toEqual({ ok: true, change: { status: 'open', dropReason: '', completedAt: null, done: NO_DONE_RECORD } });
  });

  it('keeps what was done, by whom and when with a point marked done, trimmed; any other status clears it', () => {
    const told = { note: ' Grondslag getoetst door de FG ', by: ' Łukasz ', on: '2026-11-30' as IsoDate };
    expect(statusChange('done', '', NOW, undefined, told)).toMatchObject({ change: { done: { note: 'Grondslag getoetst door de FG', by: 'Łukasz', on: '2026-11-30' } } });
    expect(statusChange('in-progress', '', NOW, undefined, told)).toMatchObject({ change: { done: NO_DONE_RECORD } });
    expect(statusChange('dropped', 'weg', NOW, undefined, told)).toMatchObject({ change: { done: NO_DONE_RECORD } });
    // A half-typed or impossible day is no day.
    expect(cleanDone({ note: '', by: '', on: '2026-13-40' as IsoDate }).on).toBeNull();
    expect(cleanDone({ note: '', by: '', on: '2026-1' as IsoDate }).on).toBeNull();
    expect(hasDoneRecord(NO_DONE_RECORD)).toBe(false);
    expect(hasDoneRecord({ ...NO_DONE_RECORD, by: 'x' })).toBe(true);
  });

  it('keeps the first completion date when done is chosen again', () => {
    const earlier = '2026-11-01T10:00:00.000Z' as IsoDateTime;
    expect(statusChange('done', '', NOW, { status: 'done', completedAt: earlier })).toMatchObject({ change: { completedAt: earlier } });
  });

  it('calls the actions step done only when no point is still open, whatever owner and date the open ones have', () => {
    expect(actionsStatus([])).toBe('empty');
    expect(actionsStatus([point()])).toBe('started');
    const planned = point({ owner: { kind: 'role', role: 'privacy-officer' }, dueDate: day('2027-01-01') });
    expect(actionsStatus([planned, point({ status: 'done' })])).toBe('started');
    expect(actionsStatus([{ ...planned, status: 'in-progress' }])).toBe('started');
    expect(actionsStatus([point({ status: 'done' }), point({ status: 'dropped', dropReason: 'x' })])).toBe('done');
  });

  it('calls the scan done when all five are confirmed, and the decision when recorded', () => {
    const scan = emptyScan();
    expect(preconditionsStatus(scan)).toBe('empty');
    expect(preconditionsStatus({ ...scan, accountability: { ...UNASSESSED, confirmed: true } })).toBe('started');
    expect(preconditionsStatus(Object.fromEntries(PRECONDITIONS.map((p) => [p, { ...UNASSESSED, confirmed: true }])) as typeof scan)).toBe('done');
    expect(decisionStatus(null)).toBe('empty');
  });
});
