// Why: the shapes of rows that exist only in storage (not in the domain): device settings
// and recovery snapshots.
import type { IsoDateTime } from '../domain/time';
import type { WorkshopGraph } from '../domain/workshop-graph';

export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/**
 * 'before-merge': this device's copy as it was before another copy was merged into it;
 * 'lost-in-merge': the other copy, when some of its versions lost a conflict of that merge.
 */
export type RecoveryReason = 'replaced-by-import' | 'before-merge' | 'lost-in-merge';

export interface RecoveryRow {
  readonly id: string;
  readonly workshopId: string;
  readonly reason: RecoveryReason;
  readonly createdAt: IsoDateTime;
  readonly graph: WorkshopGraph;
}
