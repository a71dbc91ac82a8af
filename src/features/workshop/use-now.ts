// Why: a clock on screen has to move while a step's clock runs, and nothing should re-render
// every second while none does. The rules take `now`; this hook is where it comes from.
import { useEffect, useState } from 'preact/hooks';

export function useNow(ticking: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    setNow(new Date());
    if (!ticking) return undefined;
    const tick = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(tick);
  }, [ticking]);
  return now;
}
