// Why: the tablet lies on the table and is read from across it. "Table view" enlarges all
// text; "turn" rotates the whole screen by 180 degrees for the people on the other side.
// Both are choices of this device, remembered, and undone when the workshop is left.
import { useEffect, useState } from 'preact/hooks';

const KEY = 'deda-tafel:table-view';

interface TableView {
  readonly large: boolean;
  readonly turned: boolean;
}

function read(): TableView {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<TableView>;
    return { large: v.large === true, turned: v.turned === true };
  } catch {
    return { large: false, turned: false };
  }
}

export function useTableView() {
  const [view, setView] = useState<TableView>(read);
  useEffect(() => {
    const html = document.documentElement;
    html.classList.toggle('table-view', view.large);
    html.classList.toggle('is-turned', view.turned);
    try {
      localStorage.setItem(KEY, JSON.stringify(view));
    } catch {
      // not remembered; still applied
    }
  }, [view]);
  useEffect(
    () => () => {
      document.documentElement.classList.remove('table-view', 'is-turned');
    },
    [],
  );
  return {
    ...view,
    toggleLarge: () => setView((v) => ({ ...v, large: !v.large })),
    toggleTurned: () => setView((v) => ({ ...v, turned: !v.turned })),
  };
}
