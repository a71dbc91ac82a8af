// Why: the device page's view of storage: persistence and how much room is used, refreshed
// when asked (after a request for persistence, after erasing).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { askPersistence, persistState, storageEstimate, type PersistState, type StorageEstimateInfo } from '../../storage/device-storage';

export function useDeviceStorage() {
  const [persist, setPersist] = useState<PersistState | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimateInfo | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    const [p, e] = await Promise.all([persistState(), storageEstimate()]);
    setPersist(p);
    setEstimate(e);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const ask = useCallback(async () => {
    const p = await askPersistence();
    setPersist(p);
    return p;
  }, []);
  return { persist, estimate, refresh, ask };
}
