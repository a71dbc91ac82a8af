// Why: what the home screen's buttons do beyond one repository call: the notices with undo,
// asking for persistent storage once there is something to lose (quietly), opening what was made.
import { hrefOf, navigate } from '../../shell/router';
import { showNotice } from '../../shell/notices';
import { loadDefaultPack } from '../../content/default-pack-loader';
import type { ContentPack } from '../../content/pack-types';
import type { WorkshopId } from '../../domain/ids';
import type { Workshop, WorkshopMeta } from '../../domain/workshop';
import { currentLang, i18n } from '../../i18n/i18n';
import { askPersistence, persistState } from '../../storage/device-storage';
import { markNoticeSeen, noticeSeen } from '../../storage/preferences';
import type { StorageProblem } from '../../storage/storage-events';
import { createWorkshop, deleteWorkshop, duplicateWorkshop, restoreWorkshop, updateWorkshopMeta } from '../../storage/workshops-repo';

export async function createAndOpen(meta: WorkshopMeta, chosen?: ContentPack | null): Promise<{ ok: true } | { ok: false; problem: StorageProblem }> {
  const pack = chosen ?? (await loadDefaultPack());
  const result = await createWorkshop(meta, currentLang(), pack);
  if (!result.ok) return result;
  navigate(hrefOf({ name: 'workshop', id: result.value, section: null }));
  void askPersistenceOnce();
  return { ok: true };
}

/**
 * After the first saved workshop: ask the browser to keep our data. What it answered is not
 * said here, in the middle of the new workshop's first step where it would alarm the room,
 * but on the home screen and the device page (PersistAdvice, StorageSection).
 */
async function askPersistenceOnce(): Promise<void> {
  if (noticeSeen('persist-asked')) return;
  if ((await persistState()) !== 'persistent') await askPersistence();
  markNoticeSeen('persist-asked');
}

export async function duplicate(w: Workshop): Promise<void> {
  const title = i18n.t('home:duplicate.suffix', { title: w.title });
  const r = await duplicateWorkshop(w.id, title);
  if (r.ok) showNotice({ id: 'duplicate', text: i18n.t('home:duplicate.done', { title }), tone: 'info', dismissible: true, actions: [], timeoutMs: 6000 });
}

export async function remove(w: Workshop): Promise<void> {
  const r = await deleteWorkshop(w.id);
  if (!r.ok) return;
  showNotice({
    id: `deleted-${w.id}`,
    text: i18n.t('home:delete.done', { title: w.title }),
    tone: 'info',
    dismissible: true,
    timeoutMs: 12000,
    // Not the only way back (Recent verwijderd keeps it 30 days), so it stays on this screen.
    scope: 'screen',
    actions: [{ label: i18n.t('actions.undo'), primary: true, run: () => void undoRemove(w.id, w.title) }],
  });
}

export async function undoRemove(id: WorkshopId, title: string): Promise<void> {
  const r = await restoreWorkshop(id);
  if (r.ok) showNotice({ id: `restored-${id}`, text: i18n.t('home:delete.undone', { title }), tone: 'info', dismissible: true, actions: [], timeoutMs: 5000 });
}

export function editMeta(id: WorkshopId, meta: WorkshopMeta): Promise<{ ok: true } | { ok: false; problem: StorageProblem }> {
  return updateWorkshopMeta(id, meta).then((r) => (r.ok ? { ok: true } : r));
}
