import { describe, expect, it } from 'vitest';
import type { ActionPointId, WorkshopId } from '../../../src/domain/ids';
import { cardSummaries, cardSummary, daysOverdue, firstPage, FOLLOW_UP_PAGE, followUpList, followUpOrder, isOverdue, NO_FILTER } from '../../../src/domain/follow-up';
import { day, point } from './action-fixture';

const TODAY = day('2026-12-15');
const key = (p: { owner: { kind: string } }) => p.owner.kind;

describe('follow-up', () => {
  it('calls an open point overdue after its due date, not on it', () => {
    expect(isOverdue(point({ dueDate: day('2026-12-14') }), TODAY)).toBe(true);
    expect(isOverdue(point({ dueDate: TODAY }), TODAY)).toBe(false);
    expect(isOverdue(point({ dueDate: day('2026-12-01'), status: 'done' }), TODAY)).toBe(false);
    expect(isOverdue(point(), TODAY)).toBe(false);
    expect(daysOverdue(point({ dueDate: day('2026-11-15') }), TODAY)).toBe(30);
  });

  it('puts overdue first (longest late first), then by due date, then points without a date', () => {
    const pts = [
      point({ title: 'geen datum' }),
      point({ title: 'volgende week', dueDate: day('2026-12-22') }),
      point({ title: 'een week te laat', dueDate: day('2026-12-08') }),
      point({ title: 'vandaag', dueDate: TODAY }),
      point({ title: 'een maand te laat', dueDate: day('2026-11-15') }),
    ];
    expect([...pts].sort(followUpOrder(TODAY)).map((p) => p.title)).toEqual(['een maand te laat', 'een week te laat', 'vandaag', 'volgende week', 'geen datum']);
  });

  it('puts conditions, then higher priority first on the same day', () => {
    const d = day('2027-01-10');
    const pts = [point({ title: 'c', dueDate: d, priority: 'low' }), point({ title: 'b', dueDate: d, priority: 'high' }), point({ title: 'a', dueDate: d, isCondition: true, priority: 'low' })];
    expect([...pts].sort(followUpOrder(TODAY)).map((p) => p.title)).toEqual(['a', 'b', 'c']);
  });

  it('lists only open points and filters by workshop and owner', () => {
    const w1 = 'w-1' as WorkshopId;
    const w2 = 'w-2' as WorkshopId;
    const pts = [
      point({ title: 'w1 open', workshopId: w1 }),
      point({ title: 'w1 done', workshopId: w1, status: 'done' }),
      point({ title: 'w1 dropped', workshopId: w1, status: 'dropped', dropReason: 'x' }),
      point({ title: 'w2 busy', workshopId: w2, status: 'in-progress', owner: { kind: 'role', role: 'privacy-officer' } }),
    ];
    expect(followUpList(pts, NO_FILTER, TODAY, key).map((p) => p.title)).toEqual(['w1 open', 'w2 busy']);
    expect(followUpList(pts, { workshopId: w2, owner: null }, TODAY, key).map((p) => p.title)).toEqual(['w2 busy']);
    expect(followUpList(pts, { workshopId: null, owner: 'nobody' }, TODAY, key).map((p) => p.title)).toEqual(['w1 open']);
  });

  it('does not list a point twice once it was carried over into an evaluation', () => {
    const original = point({ title: 'origineel' });
    const copy = point({ title: 'meegenomen', workshopId: 'w-2' as WorkshopId, origin: { kind: 'carried-over', fromActionPointId: original.id } });
    expect(followUpList([original, copy], NO_FILTER, TODAY, key).map((p) => p.title)).toEqual(['meegenomen']);
    // The copy is done: the original still continued elsewhere and stays out of the list.
    expect(followUpList([original], NO_FILTER, TODAY, key, new Set([original.id as ActionPointId]))).toEqual([]);
  });

  it('shows a first page of the list in its order, and says how many more there are and come next', () => {
    const list = Array.from({ length: FOLLOW_UP_PAGE * 2 + 3 }, (_, i) => i);
    const first = firstPage(list, FOLLOW_UP_PAGE);
    expect(first.shown).toEqual(list.slice(0, FOLLOW_UP_PAGE));
    expect(first).toMatchObject({ more: FOLLOW_UP_PAGE + 3, next: FOLLOW_UP_PAGE });
    const last = firstPage(list, FOLLOW_UP_PAGE * 2);
    expect(last).toMatchObject({ more: 3, next: 3 });
    expect(firstPage(list, list.length + 10)).toEqual({ shown: list, more: 0, next: 0 });
    expect(firstPage([], FOLLOW_UP_PAGE)).toEqual({ shown: [], more: 0, next: 0 });
  });

  it('summarises every card in one pass: the same as one card at a time, points carried into a live evaluation counted there', () => {
    const first = 'w-first' as WorkshopId;
    const evaluation = 'w-eval' as WorkshopId;
    const gone = 'w-gone-eval' as WorkshopId;
    const alone = 'w-alone' as WorkshopId;
    const late = point({ workshopId: first, title: 'te laat', dueDate: day('2026-12-01') });
    const condition = point({ workshopId: first, title: 'voorwaarde', isCondition: true, status: 'done' });
    const carried = point({ workshopId: evaluation, title: 'verder', origin: { kind: 'carried-over', fromActionPointId: late.id } });
    const inGone = point({ workshopId: gone, title: 'in een verwijderde evaluatie', origin: { kind: 'carried-over', fromActionPointId: late.id } });
    const own = point({ workshopId: alone, title: 'eigen', dueDate: day('2026-12-10'), isCondition: true });
    const workshops = [
      { id: first, evaluationOf: null, deletedAt: null },
      { id: evaluation, evaluationOf: first, deletedAt: null },
      { id: gone, evaluationOf: first, deletedAt: '2026-12-14T10:00:00.000Z' },
      { id: alone, evaluationOf: null, deletedAt: null },
      { id: 'w-empty' as WorkshopId, evaluationOf: null, deletedAt: null },
    ];
    const all = cardSummaries([late, condition, carried, inGone, own], workshops, TODAY);
    // The late point goes on in the live evaluation: not open (nor late) on the first card.
    expect(all.get(first)).toEqual(cardSummary([late, condition], [carried], TODAY));
    expect(all.get(first)).toMatchObject({ open: 0, overdue: 0, met: 1, total: 1 });
    expect(all.get(alone)).toMatchObject({ open: 1, overdue: 1, met: 0, total: 1 });
    expect(all.get(evaluation)).toMatchObject({ open: 1 });
    // A workshop without action points has no entry (its card shows no line).
    expect(all.has('w-empty' as WorkshopId)).toBe(false);
    // Without the live evaluation, the deleted one does not take the point over.
    expect(cardSummaries([late, condition, inGone], workshops.filter((w) => w.id !== evaluation), TODAY).get(first)).toMatchObject({ open: 1, overdue: 1 });
  });
});
