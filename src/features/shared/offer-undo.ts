// Why: every delete in a workshop offers the same two ways back: the notice's "Ongedaan maken"
// for the moment itself, and the screen's "Net verwijderd" list that does not run out
// (shell/removed.ts). One function so that no delete offers only the one with a clock.
import { i18n } from '../../i18n/i18n';
import { dismissNotice, showNotice } from '../../shell/notices';
import { forgetRemoved, rememberRemoved } from '../../shell/removed';

interface Undoable {
  readonly key: string;
  /** The notice's sentence ("Notitie verwijderd."). */
  readonly said: string;
  readonly what: string;
  readonly content: string;
  readonly lang: string;
  readonly restore: () => Promise<{ readonly ok: boolean }>;
}

export function offerUndo(u: Undoable): void {
  const restore = async () => {
    const r = await u.restore();
    if (r.ok) {
      forgetRemoved(u.key);
      dismissNotice(u.key);
    }
    return r.ok;
  };
  rememberRemoved({ key: u.key, place: location.pathname, what: u.what, content: u.content, lang: u.lang, restore });
  showNotice({
    id: u.key,
    text: u.said,
    tone: 'info',
    dismissible: true,
    timeoutMs: 10000,
    actions: [{ label: i18n.t('actions.undo'), primary: true, run: () => void restore() }],
  });
}
