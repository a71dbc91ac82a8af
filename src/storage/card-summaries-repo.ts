// Why: the home screen shows a summary of its action points on every workshop card. Read one
// card at a time, a device with many workshops opened as many queries; this reads them all in
// one. A module of its own (not action-points-repo) because the home screen is the first load:
// it brings only the database and two pure rules, not the editing code of action points.
import { cardSummaries, type PointsSummary } from '../domain/follow-up';
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
    // Only evaluation sessions are in the evaluationOf index (null is not a key).
    const [points, evaluations] = await Promise.all([d.actionPoints.toArray(), d.workshops.orderBy('evaluationOf').toArray()]);
    return cardSummaries(points, evaluations, today);
  });
}
