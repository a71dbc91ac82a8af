// Why: the first screen: the workshops on this device, newest change first, and the way to
// start a new one. With nothing there yet, it says in two sentences what the app is for.
// The heading and "Nieuwe workshop" are there before the list is read (only the list waits),
// and the dialog's code is fetched once the screen is drawn, so the first tap opens it at once.
// What the buttons do (home-actions, and through it the repositories and Dexie) is fetched
// then too: none of it is in the first load.
import { useEffect, useState } from 'preact/hooks';
import { lazyPart } from '../../shell/lazy';
import { Link } from '../../shell/Link';
import { hrefOf } from '../../shell/router';
import type { Workshop, WorkshopMeta } from '../../domain/workshop';
import { useT } from '../../i18n/use-t';
import { useLive } from '../../storage/live';
import { vault } from '../../storage/vault';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useDeletedWorkshops, useFirstList, useWorkshops } from '../shared/use-workshops';
import { PersistAdvice } from './PersistAdvice';
import type { ContentPack } from '../../content/pack-types';
import { WorkshopCard } from './WorkshopCard';

const loadFormDialog = () => import('./WorkshopFormDialog').then((m) => m.WorkshopFormDialog);
const actions = () => import('./home-actions');
// The pack chosen in the dialog goes along (null: the built-in one).
const createAndOpen = (meta: WorkshopMeta, pack: ContentPack | null) => actions().then((a) => a.createAndOpen(meta, pack));
const WorkshopFormDialog = lazyPart(loadFormDialog);
const DeleteDialog = lazyPart(() => import('./DeleteDialog').then((m) => m.DeleteDialog));
// Said before the first workshop is made; its code is fetched after the first paint.
const PrivateWindowNotice = lazyPart(() => import('./PrivateWindowNotice').then((m) => m.PrivateWindowNotice));

type Dialogs = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; workshop: Workshop } | { kind: 'delete'; workshop: Workshop };

export function HomeScreen() {
  const { t } = useT();
  const first = useFirstList();
  const workshops = useWorkshops(first);
  const deleted = useDeletedWorkshops();
  // Every card's action points in one live read, apart from the list: the cards do not wait
  // for it (the first frame has the first read's summaries), and its code comes after the first paint.
  const [summaryRepo, setSummaryRepo] = useState<typeof import('../../storage/card-summaries-repo') | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../storage/card-summaries-repo').then((m) => live && setSummaryRepo(m), () => undefined);
    return () => void (live = false);
  }, []);
  const live = useLive(summaryRepo ? () => summaryRepo.pointsSummaries() : null, [summaryRepo]);
  // Until the live query answers, the summaries of the first read (the same rule, same data).
  const summaries = live.status === 'ready' ? live.value : first?.summaries;
  const [dialog, setDialog] = useState<Dialogs>({ kind: 'none' });
  const close = () => setDialog({ kind: 'none' });

  useEffect(() => {
    document.title = `${t('home:title')} · ${t('app.name')}`;
  }, [t]);
  useEffect(() => warmUp(() => Promise.all([loadFormDialog(), actions()])), []);

  const list = workshops.status === 'ready' ? workshops.value : [];
  const deletedCount = deleted.status === 'ready' ? deleted.value.length : 0;
  const newButton = (
    <Button appearance="primary" onClick={() => setDialog({ kind: 'create' })}>
      <span aria-hidden="true">+</span> {t('home:new')}
    </Button>
  );

  return (
    <section aria-labelledby="home-title">
      <div class="page-head">
        <div>
          <h1 class="nl-heading nl-heading--level-1" id="home-title">
            {t('home:title')}
          </h1>
          {/* With a vault: whose workshops these are (the others' are on the lock screen). */}
          {vault.openName && <p class="nl-paragraph home__org">{t('home:org', { name: vault.openName })}</p>}
          {list.length > 0 && <p class="nl-paragraph subtle">{t('home:count', { count: list.length })}</p>}
        </div>
        <div class="row">
          {list.length > 0 && (
            <Link class="utrecht-button utrecht-button--secondary-action" href={hrefOf({ name: 'follow-up' })}>
              {t('home:followUp')}
            </Link>
          )}
          <Link class="utrecht-button utrecht-button--secondary-action" href={hrefOf({ name: 'import' })}>
            {t('home:import')}
          </Link>
          <Link class="utrecht-button utrecht-button--secondary-action" href={hrefOf({ name: 'contribute' })}>
            {t('home:contribute')}
          </Link>
          {workshops.status !== 'error' && newButton}
        </div>
      </div>

      <PrivateWindowNotice />
      {list.length > 0 && <PersistAdvice />}

      {workshops.status === 'error' && <Alert type="error">{t(`storage.problem.${workshops.problem}`)}</Alert>}

      {workshops.status === 'ready' && list.length === 0 && (
        <div class="empty">
          <img src={`${import.meta.env.BASE_URL}icons/icon.svg`} alt="" width={96} height={96} />
          {/* With a vault, other organisations' workshops may be on the device, locked: this one has none. */}
          <h2 class="nl-heading nl-heading--level-2">{t(vault.open ? 'home:empty.titleVault' : 'home:empty.title')}</h2>
          <p class="nl-paragraph">{t('home:empty.body')}</p>
        </div>
      )}

      {workshops.status === 'loading' && (
        <p class="nl-paragraph subtle" role="status">
          {t('loading')}
        </p>
      )}

      {list.length > 0 && (
        <ul class="card-list">
          {list.map((w) => (
            <WorkshopCard
              key={w.id}
              workshop={w}
              summary={summaries?.get(w.id)}
              onEdit={() => setDialog({ kind: 'edit', workshop: w })}
              onDuplicate={() => void actions().then((a) => a.duplicate(w))}
              onDelete={() => setDialog({ kind: 'delete', workshop: w })}
            />
          ))}
        </ul>
      )}

      {deletedCount > 0 && (
        <p class="nl-paragraph">
          <Link class="nl-link link-target" href={`${hrefOf({ name: 'device' })}#deleted`}>
            {t('home:deleted', { count: deletedCount })}
          </Link>
        </p>
      )}

      {dialog.kind === 'create' && <WorkshopFormDialog mode="create" onClose={close} onSave={createAndOpen} />}
      {dialog.kind === 'edit' && (
        <WorkshopFormDialog
          mode="edit"
          initial={dialog.workshop}
          onClose={close}
          onSave={async (meta) => {
            const r = await (await actions()).editMeta(dialog.workshop.id, meta);
            if (r.ok) close();
            return r;
          }}
        />
      )}
      {dialog.kind === 'delete' && (
        <DeleteDialog
          workshop={dialog.workshop}
          onCancel={close}
          onConfirm={() => {
            const w = dialog.workshop;
            close();
            void actions().then((a) => a.remove(w));
          }}
        />
      )}
    </section>
  );
}

/** Fetches code the user is likely to need next once the browser is idle (or soon, in Safari). */
function warmUp(load: () => Promise<unknown>): () => void {
  const run = () => void load().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
