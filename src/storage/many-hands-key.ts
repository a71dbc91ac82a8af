// Why: where a workshop's many-hands sessions are kept in the settings table, named in one place
// for the repository that keeps them and for the erasing of a workshop, which forgets them too.
import { ownSetting } from './vault';

/** With vaults, the open organisation's own record (`ownSetting`). */
export function sessionsKey(workshopId: string): string {
  return ownSetting(`many-hands:${workshopId}`);
}
