// Why: a DEDA session ends in a reasoned decision the organisation can be held to, including
// who disagreed. A deadlock between values is a result worth recording too.
import type { DissentId } from './ids';
import type { IsoDate, IsoDateTime } from './time';

export const OUTCOMES = ['go', 'go-with-conditions', 'pause', 'stop', 'deadlock'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Dissent {
  readonly id: DissentId;
  /** A name or a role, as the group wants it recorded. */
  readonly who: string;
  readonly reason: string;
}

export interface Decision {
  readonly outcome: Outcome;
  readonly rationale: string;
  readonly dissent: readonly Dissent[];
  /** Names or roles of those who took the decision. */
  readonly decidedBy: string;
  readonly date: IsoDate | null;
  readonly recordedAt: IsoDateTime;
}
