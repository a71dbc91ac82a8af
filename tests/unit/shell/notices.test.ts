import { describe, expect, it } from 'vitest';
import { queueOn, queueWith, scopeOf, shownOf, type Notice, type Queued } from '../../../src/shell/notices';

const undo = { label: 'Ongedaan maken', run: () => undefined };
const info = (id: string, extra: Partial<Notice> = {}): Notice => ({ id, text: id, tone: 'info', actions: [], dismissible: true, ...extra });
const error = (id: string): Notice => ({ id, text: id, tone: 'error', actions: [], dismissible: true });

function build(...steps: [Notice, string | null][]): readonly Queued[] {
  return steps.reduce<readonly Queued[]>((q, [n, at]) => queueWith(q, n, at), []);
}

describe('shownOf', () => {
  it('shows nothing for an empty queue', () => {
    expect(shownOf([])).toBeNull();
  });

  it('shows the newest of several, the others wait', () => {
    const q = build([info('deleted-1', { actions: [undo] }), '/a'], [info('deleted-2', { actions: [undo] }), '/a']);
    expect(shownOf(q)?.id).toBe('deleted-2');
    expect(q).toHaveLength(2);
  });

  it('lets an error go before any newer info', () => {
    const q = build([error('write-failed'), '/a'], [info('deleted-1', { actions: [undo] }), '/a']);
    expect(shownOf(q)?.id).toBe('write-failed');
  });
});

describe('queueWith', () => {
  it('replaces a notice with the same id instead of repeating it', () => {
    const q = build([info('update', { actions: [undo] }), null], [info('update', { actions: [undo], text: 'again' }), null]);
    expect(q.map((x) => x.notice.text)).toEqual(['again']);
  });

  it('lets a newer notice take the place of one that only informed, but keeps any with an action', () => {
    const q = build([info('saved'), '/a'], [info('deleted-1', { actions: [undo] }), '/a'], [info('moved'), '/a']);
    expect(q.map((x) => x.notice.id)).toEqual(['deleted-1', 'moved']);
  });

  it('keeps an error waiting behind another error', () => {
    const q = build([error('photo-failed'), '/a'], [error('write-failed'), '/a']);
    expect(q.map((x) => x.notice.id)).toEqual(['photo-failed', 'write-failed']);
    expect(shownOf(q)?.id).toBe('write-failed');
  });
});

describe('scopeOf and queueOn', () => {
  it('ties an info without actions to its screen, anything else to the app, unless told', () => {
    expect(scopeOf(info('recorded'))).toBe('screen');
    expect(scopeOf(info('deleted', { actions: [undo] }))).toBe('app');
    expect(scopeOf(error('write-failed'))).toBe('app');
    expect(scopeOf(info('moved', { actions: [undo], scope: 'screen' }))).toBe('screen');
  });

  it('drops the notices of the screen that was left, keeps the app-wide ones', () => {
    const q = build([info('recorded'), '/w/decision'], [info('moved', { actions: [undo], scope: 'screen' }), '/w/decision'], [info('note-deleted', { actions: [undo] }), '/w/decision'], [error('write-failed'), '/w/decision']);
    expect(queueOn(q, '/w/overview').map((x) => x.notice.id)).toEqual(['note-deleted', 'write-failed']);
  });

  it('keeps the notices of the screen the user is on, and one whose screen is not known yet', () => {
    const q = build([info('moved', { actions: [undo], scope: 'screen' }), '/w/decision'], [info('imported'), null]);
    expect(queueOn(q, '/w/decision')).toEqual(q);
    expect(queueOn(q, '/').map((x) => x.notice.id)).toEqual(['imported']);
  });
});
