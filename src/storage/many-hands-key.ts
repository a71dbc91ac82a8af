// Why: where a workshop's many-hands sessions are kept in the settings table, named in one place
// for the repository that keeps them and for the erasing of a workshop, which forgets them too.
export function sessionsKey(workshopId: string): string {
  return `many-hands:${workshopId}`;
}
