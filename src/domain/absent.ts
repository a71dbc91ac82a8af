// Why: who should have been at the table and was not is a finding of its own: when the party
// that builds the system (the supplier) stayed away, the knowledge gaps it could have closed
// stayed open. The group records the party and why it was missing; the report names it.
import type { AbsentPartyId } from './ids';

export interface AbsentParty {
  readonly id: AbsentPartyId;
  /** Who, e.g. "de leverancier van het model" or "de wijkagent". */
  readonly party: string;
  /** Why they were not there, or what their absence left open; may be empty. */
  readonly reason: string;
}

export const MAX_ABSENT_PARTY = 200;

/** Adds a party unless its name is empty or already listed (ignoring case and spaces). */
export function addAbsent(list: readonly AbsentParty[], entry: AbsentParty): readonly AbsentParty[] {
  const party = entry.party.trim();
  if (party === '') return list;
  const key = party.toLocaleLowerCase();
  if (list.some((a) => a.party.trim().toLocaleLowerCase() === key)) return list;
  return [...list, { id: entry.id, party: party.slice(0, MAX_ABSENT_PARTY), reason: entry.reason.trim() }];
}

export function removeAbsent(list: readonly AbsentParty[], id: AbsentPartyId): readonly AbsentParty[] {
  return list.filter((a) => a.id !== id);
}
