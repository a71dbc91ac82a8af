// Why: the follow-up view reads every open action point on the device in one live query, so
// a status changed here or in a workshop (or another tab) shows up at once.
import { followUpData } from '../../storage/action-points-repo';
import { useLive } from '../../storage/live';

export function useFollowUp() {
  return useLive(followUpData, []);
}
