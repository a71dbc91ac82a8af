// Why: "the ethics fire goes out" when action points are written down and then forgotten.
// The follow-up view lists every open point of every workshop on the device, the overdue
// ones first, so a facilitator opening the app a month later sees at once what is late.
// A point carried over into an evaluation session lives on there; the original is not
// listed twice.
import { isOpen, type ActionPoint } from './action-point';
import type { ActionPointId, WorkshopId } from './ids';
import { PRIORITIES } from './action-point';
import { conditionsMet, type ConditionsMet } from './decision-rules';
import type { IsoDate } from './time';

export function isOverdue(point: Pick<ActionPoint, 'status' | 'dueDate'>, today: IsoDate): boolean {
  return isOpen(point) && point.dueDate !== null && point.dueDate < today;
}

/** Days a point is late (0 when not overdue). */
export function daysOverdue(point: Pick<ActionPoint, 'status' | 'dueDate'>, today: IsoDate): number {
  if (!isOverdue(point, today) || point.dueDate === null) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${point.dueDate}T00:00:00Z`)) / 86_400_000);
}

type Sortable = Pick<ActionPoint, 'status' | 'dueDate' | 'isCondition' | 'priority' | 'title' | 'order'>;

/**
 * Overdue first (longest late first), then by due date, then those without a date. Within
 * the same day: conditions before other points, then by priority, then title.
 */
export function followUpOrder(today: IsoDate): (a: Sortable, b: Sortable) => number {
  const band = (p: Sortable) => (isOverdue(p, today) ? 0 : p.dueDate !== null ? 1 : 2);
  return (a, b) => {
    const d = band(a) - band(b);
    if (d !== 0) return d;
    if (a.dueDate !== b.dueDate && a.dueDate !== null && b.dueDate !== null) return a.dueDate < b.dueDate ? -1 : 1;
    if (a.isCondition !== b.isCondition) return a.isCondition ? -1 : 1;
    const pr = PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority);
    if (pr !== 0) return pr;
    return a.title.localeCompare(b.title) || a.order - b.order;
  };
}

/** Ids of points that were carried over into a later session (and continue there). */
export function carriedOverIds(points: readonly Pick<ActionPoint, 'origin'>[]): Set<ActionPointId> {
  const ids = new Set<ActionPointId>();
  for (const p of points) if (p.origin.kind === 'carried-over') ids.add(p.origin.fromActionPointId);
  return ids;
}

export interface FollowUpFilter {
  readonly workshopId: WorkshopId | null;
  /** An owner as `ownerKey` gives it; null for everyone. */
  readonly owner: string | null;
}

export const NO_FILTER: FollowUpFilter = { workshopId: null, owner: null };

/**
 * The follow-up list: open points, without those continued in a later session, filtered, in
 * follow-up order. `ownerKey` says who a point belongs to (names resolve per workshop).
 * `continued` must come from every point on the device (a copy that is done still means
 * the original continued elsewhere); by default it is taken from `points` alone.
 */
export function followUpList<P extends ActionPoint>(
  points: readonly P[],
  filter: FollowUpFilter,
  today: IsoDate,
  ownerKey: (p: P) => string,
  continued: ReadonlySet<ActionPointId> = carriedOverIds(points),
): P[] {
  return points
    .filter((p) => isOpen(p) && !continued.has(p.id))
    .filter((p) => filter.workshopId === null || p.workshopId === filter.workshopId)
    .filter((p) => filter.owner === null || ownerKey(p) === filter.owner)
    .sort(followUpOrder(today));
}

/** How many points the follow-up view shows at first, and how many more each "show more" adds. */
export const FOLLOW_UP_PAGE = 25;

/**
 * The part of the list on screen: the first `limit` points (the list is in follow-up order, so
 * the overdue ones come first) and how many are left for "show more". A long list of every
 * workshop on the device stays a page long in the DOM until someone asks for more.
 */
export function firstPage<P>(list: readonly P[], limit: number): { readonly shown: readonly P[]; readonly more: number; readonly next: number } {
  const n = Math.max(0, Math.min(list.length, Math.floor(limit)));
  const more = list.length - n;
  return { shown: list.slice(0, n), more, next: Math.min(more, FOLLOW_UP_PAGE) };
}

/** What a workshop card says about its action points. */
export interface PointsSummary extends ConditionsMet {
  readonly open: number;
  readonly overdue: number;
}

/**
 * A workshop's summary from its own points. Points carried over into one of its evaluation
 * sessions (`later`: the points of those sessions) are followed up there and are not counted
 * as open here; its conditions stay as the session recorded them.
 */
export function cardSummary(points: readonly ActionPoint[], later: readonly ActionPoint[], today: IsoDate): PointsSummary {
  const continued = carriedOverIds(later);
  const open = points.filter((p) => isOpen(p) && !continued.has(p.id));
  return { ...conditionsMet(points), open: open.length, overdue: open.filter((p) => isOverdue(p, today)).length };
}

/**
 * Every workshop's card summary from all the action points on the device and the workshops
 * that are evaluation sessions of another (`evaluationOf`), by workshop id; a workshop without
 * action points has no entry. One pass over everything, whatever the number of workshops: the
 * home screen reads it once for all its cards.
 */
export function cardSummaries(
  points: readonly ActionPoint[],
  workshops: readonly { readonly id: WorkshopId; readonly evaluationOf: WorkshopId | null; readonly deletedAt: string | null }[],
  today: IsoDate,
): Map<WorkshopId, PointsSummary> {
  const byWorkshop = new Map<WorkshopId, ActionPoint[]>();
  for (const p of points) {
    const list = byWorkshop.get(p.workshopId);
    if (list) list.push(p);
    else byWorkshop.set(p.workshopId, [p]);
  }
  const evaluationsOf = new Map<WorkshopId, WorkshopId[]>();
  for (const w of workshops) {
    if (w.deletedAt !== null || w.evaluationOf === null) continue;
    evaluationsOf.set(w.evaluationOf, [...(evaluationsOf.get(w.evaluationOf) ?? []), w.id]);
  }
  const out = new Map<WorkshopId, PointsSummary>();
  for (const [workshopId, own] of byWorkshop) {
    const later = (evaluationsOf.get(workshopId) ?? []).flatMap((e) => byWorkshop.get(e) ?? []);
    out.set(workshopId, cardSummary(own, later, today));
  }
  return out;
}
