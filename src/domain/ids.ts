// Why: every entity has its own ID type, so that a note's id can never be passed where a
// workshop's id is expected. IDs are random UUIDs made on the device; no server hands them out.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type WorkshopId = Brand<string, 'WorkshopId'>;
export type ParticipantId = Brand<string, 'ParticipantId'>;
export type ValueId = Brand<string, 'ValueId'>;
export type ValueConflictId = Brand<string, 'ValueConflictId'>;
export type NoteId = Brand<string, 'NoteId'>;
export type ActionPointId = Brand<string, 'ActionPointId'>;
export type AttachmentId = Brand<string, 'AttachmentId'>;
export type DissentId = Brand<string, 'DissentId'>;
export type AbsentPartyId = Brand<string, 'AbsentPartyId'>;

/** A question's id as the content pack names it, e.g. `source.origin`. */
export type QuestionId = Brand<string, 'QuestionId'>;
/** A topic's id as the content pack names it, e.g. `algorithms`. */
export type TopicId = Brand<string, 'TopicId'>;

export function newId<T extends Brand<string, string>>(): T {
  return crypto.randomUUID() as T;
}

/**
 * The form crypto.randomUUID writes: 8-4-4-4-12 lowercase hex. Every entity id the app makes has
 * it, and a route opens a workshop only by such an id (src/app/router.ts), so an imported record
 * with any other id could never be opened: an import refuses it.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}
