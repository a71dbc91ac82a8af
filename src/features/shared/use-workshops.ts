// Why: the home screen's reads, as live hooks: the list updates itself after every write,
// also one made in another tab. The repository (and with it Dexie) is fetched after the first
// paint; until its live query answers, the first list comes from the direct read that
// main.tsx started (storage/first-read.ts), so the first screen does not wait for Dexie.
import { useEffect, useState } from 'preact/hooks';
import type { Workshop } from '../../domain/workshop';
import { takeFirstRead, type FirstList } from '../../storage/first-read';
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

/**
 * The direct first read, for the first screen after start only (later visits follow the live
 * queries). Usually it has answered before the first render (main.tsx waits a moment for it),
 * so the first frame already holds the list and its summaries and nothing moves when they come.
 */
export function useFirstList(): FirstList | null {
  const [early] = useState(takeFirstRead);
  const [direct, setDirect] = useState<FirstList | null>(early?.settled ? early.value : null);
  useEffect(() => {
    if (!early || early.settled) return;
    let on = true;
    void early.promise.then((list) => on && setDirect(list));
    return () => void (on = false);
  }, []);
  return direct;
}

/** The live list; `first` (useFirstList) stands in until the live query answers. */
export function useWorkshops(first: FirstList | null): Live<Workshop[]> {
  const repo = useRepo();
  const live = useLive(repo ? repo.listWorkshops : null, [repo]);
  return live.status === 'loading' && first ? { status: 'ready', value: first.workshops } : live;
}

export function useDeletedWorkshops(): Live<Workshop[]> {
  const repo = useRepo();
  return useLive(repo ? repo.listDeletedWorkshops : null, [repo]);
}
