// Why: the home screen's reads, as live hooks: the list updates itself after every write,
// also one made in another tab. The repository (and with it Dexie) is fetched after the first
// paint; until its live query answers, the first list comes from the direct read that
// main.tsx started (storage/first-read.ts), so the first screen does not wait for Dexie.
import { useEffect, useState } from 'preact/hooks';
import type { Workshop } from '../../domain/workshop';
import { takeFirstRead } from '../../storage/first-read';
import { useLive, type Live } from '../../storage/live';

type Repo = typeof import('../../storage/workshops-repo');
let loaded: Repo | null = null;

function useRepo(): Repo | null {
  const [repo, setRepo] = useState<Repo | null>(loaded);
  useEffect(() => {
    if (repo) return;
    let on = true;
    void import('../../storage/workshops-repo').then(
      (m) => {
        loaded = m;
        if (on) setRepo(m);
      },
      () => undefined,
    );
    return () => void (on = false);
  }, []);
  return repo;
}

export function useWorkshops(): Live<Workshop[]> {
  const repo = useRepo();
  // Only the first screen after start gets the direct read; later visits follow the live query.
  const [early] = useState(takeFirstRead);
  const [direct, setDirect] = useState<Workshop[] | null>(null);
  useEffect(() => {
    if (!early) return;
    let on = true;
    void early.then((list) => on && setDirect(list));
    return () => void (on = false);
  }, []);
  const live = useLive(repo ? repo.listWorkshops : null, [repo]);
  return live.status === 'loading' && direct ? { status: 'ready', value: direct } : live;
}

export function useDeletedWorkshops(): Live<Workshop[]> {
  const repo = useRepo();
  return useLive(repo ? repo.listDeletedWorkshops : null, [repo]);
}
