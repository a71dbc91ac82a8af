// Why: the home screen's reads, as live hooks: the list updates itself after every write,
// also one made in another tab.
import { listDeletedWorkshops, listWorkshops } from '../../storage/workshops-repo';
import { useLive } from '../../storage/live';

export function useWorkshops() {
  return useLive(listWorkshops, []);
}

export function useDeletedWorkshops() {
  return useLive(listDeletedWorkshops, []);
}
