// Why: a note or an owner can be a named participant, a role ("the PO/FG"), the whole group,
// or someone outside the room. One union says which, instead of optional fields that disagree.
import type { ParticipantId } from './ids';
import type { Role } from './roles';

/** Who said something at the table. */
export type Speaker =
  | { readonly kind: 'group' }
  | { readonly kind: 'participant'; readonly participantId: ParticipantId }
  | { readonly kind: 'role'; readonly role: Role };

/** Who is to do something after the workshop. */
export type Owner =
  | { readonly kind: 'nobody' }
  | { readonly kind: 'participant'; readonly participantId: ParticipantId }
  | { readonly kind: 'role'; readonly role: Role }
  | { readonly kind: 'person'; readonly name: string };

export const GROUP: Speaker = { kind: 'group' };
export const NOBODY: Owner = { kind: 'nobody' };
