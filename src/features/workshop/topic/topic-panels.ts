// Why: on the table poster the topic's tools sit in the workshop bar (one menu, so the poster
// gets the height of a second bar), while what two of them open (the topic's intro, its photos)
// shows in the board below. This small store lets the two places agree without the workshop
// screen passing state down; a new topic starts with both closed.
import { useEffect, useState } from 'preact/hooks';

export interface TopicPanels {
  readonly intro: boolean;
  readonly photos: boolean;
}

const CLOSED: TopicPanels = { intro: false, photos: false };
let panels: TopicPanels = CLOSED;
const listeners = new Set<(p: TopicPanels) => void>();

function set(next: TopicPanels): void {
  if (next.intro === panels.intro && next.photos === panels.photos) return;
  panels = next;
  for (const hear of listeners) hear(panels);
}

/** The topic's open panels, and ways to toggle each and to close both. */
export function useTopicPanels(): TopicPanels & { toggleIntro: () => void; togglePhotos: () => void; close: () => void } {
  const [seen, setSeen] = useState(panels);
  useEffect(() => {
    listeners.add(setSeen);
    setSeen(panels);
    return () => void listeners.delete(setSeen);
  }, []);
  return {
    ...seen,
    toggleIntro: () => set({ ...panels, intro: !panels.intro }),
    togglePhotos: () => set({ ...panels, photos: !panels.photos }),
    close: () => set(CLOSED),
  };
}
