// Why: the home screen shows a summary of its action points on every workshop card. Read one
// card at a time, a device with many workshops opened as many queries; this reads them all in
// one. A module of its own (not action-points-repo) because the home screen is the first load:
// it brings only the database and two pure rules, not the editing code of action points.
import type { ActionPoint } from '../domain/action-point';
import { cardSummary, type PointsSummary } from '../domain/follow-up';
import type { WorkshopId } from '../domain/ids';
import { todayIso, type IsoDate } from '../domain/time';
import { db } from './db';

/**
 * Every workshop card's summary in one read (one transaction, two table scans), by workshop
 * id; a workshop without action points has no entry. The home screen asks once for all its
 * cards instead of once per card, so it does not slow down with every workshop on the device.
 */
export async function pointsSummaries(today: IsoDate = todayIso()): Promise<ReadonlyMap<WorkshopId, PointsSummary>> {
  const d = db();
  return d.transaction('r', d.actionPoints, d.workshops, async () => {
    const byWorkshop = new Map<WorkshopId, ActionPoint[]>();
    for (const p of await d.actionPoints.toArray()) {
      const list = byWorkshop.get(p.workshopId);
      if (list) list.push(p);
      else byWorkshop.set(p.workshopId, [p]);
    }
    // Only evaluation sessions are in the evaluationOf index (null is not a key).
    const evaluationsOf = new Map<WorkshopId, WorkshopId[]>();
    for (const w of await d.workshops.orderBy('evaluationOf').toArray()) {
      if (w.deletedAt !== null || w.evaluationOf === null) continue;
      evaluationsOf.set(w.evaluationOf, [...(evaluationsOf.get(w.evaluationOf) ?? []), w.id]);
    }
    const out = new Map<WorkshopId, PointsSummary>();
    for (const [workshopId, points] of byWorkshop) {
      const later = (evaluationsOf.get(workshopId) ?? []).flatMap((e) => byWorkshop.get(e) ?? []);
      out.set(workshopId, cardSummary(points, later, today));
    }
    return out;
  });
}
