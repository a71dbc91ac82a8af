// Why: who sat at the table is part of the record: a report without a PO/FG must say so.
import type { ParticipantId, WorkshopId } from './ids';
import type { Role } from './roles';
import type { IsoDateTime } from './time';

export interface Participant {
  readonly id: ParticipantId;
  readonly workshopId: WorkshopId;
  /** A name or just initials; people may prefer not to be named in a report. */
  readonly name: string;
  readonly roles: readonly Role[];
  /** Free text that says more about the role, e.g. "wethouder sociaal domein". */
  readonly roleNote: string;
  /** Position in the list as the group entered it. */
  readonly order: number;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
}
