// Why: DEDA works best when every kind of expertise is at the table. The roles are a closed
// list so the app can say which key roles are missing; "other" takes anything else.
export const ROLES = [
  'privacy-officer',
  'data-analyst',
  'project-owner',
  'policy-officer',
  'communication',
  'domain-expert',
  'politics',
  'external-party',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * The roles without which a workshop should say so plainly in its documentation:
 * the PO/FG, the person who owns the project, data expertise, domain expertise, and the
 * communication adviser (the topics on communication and transparency ask for what they know:
 * how the project will be explained to the people it touches).
 */
export const KEY_ROLES = ['privacy-officer', 'project-owner', 'data-analyst', 'domain-expert', 'communication'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];


/** The key roles that nobody in `people` holds, in the order of KEY_ROLES. */
export function missingKeyRoles(people: ReadonlyArray<{ readonly roles: readonly Role[] }>): KeyRole[] {
  const present = new Set<Role>(people.flatMap((p) => p.roles));
  return KEY_ROLES.filter((role) => !present.has(role));
}
