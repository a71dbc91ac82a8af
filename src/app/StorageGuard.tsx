// Why: storage trouble gets one clear answer. A failed write shows a message that says what
// was not saved and why; a tab left behind by an upgrade in another tab is covered by a
// screen that asks for a reload (its code no longer matches the data); a database that
// cannot open at all never leaves a blank page.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { onStorageEvent, type StorageProblem } from '../storage/storage-events';
import { flushAll, onSaveState } from '../storage/write';
import { useStaleCode } from '../shell/stale-code';
import { Button } from '../ui/Button';
import { dismissNotice, showNotice } from '../shell/notices';

export function StorageGuard({ startProblem, children }: { startProblem: StorageProblem | null; children: ComponentChildren }) {
  const { t } = useT();
  const [stale, setStale] = useState(false);
  const staleCode = useStaleCode();
  useEffect(
    () =>
      onStorageEvent((event) => {
        if (event.kind === 'stale-tab') setStale(true);
        else if (event.kind === 'blocked') showNotice({ id: 'storage-blocked', text: t('storage.blocked'), tone: 'error', actions: [], dismissible: true });
        else if (event.kind === 'write-failed') {
          if (event.problem === 'closed') setStale(true);
          else showNotice({ id: 'write-failed', text: t(`storage.problem.${event.problem}`), tone: 'error', actions: [], dismissible: true });
        }
      }),
    [t],
  );
  // The message goes once everything is stored again (a field that failed included), not at
  // the first write that works.
  useEffect(() => onSaveState((s) => s === 'saved' && dismissNotice('write-failed')), []);

  if (startProblem) {
    const quota = startProblem === 'quota';
    return (
      <Blocker
        title={t(quota ? 'storage.quotaAtStart.title' : 'storage.unavailable.title')}
        body={[t(quota ? 'storage.quotaAtStart.body' : 'storage.unavailable.body'), quota ? '' : t('storage.unavailable.advice')]}
      />
    );
  }
  return (
    <>
      {children}
      {stale && <Blocker title={t('storage.stale.title')} body={[t('storage.stale.body')]} />}
      {staleCode && !stale && <Blocker title={t('staleCode.title')} body={[t('staleCode.body')]} beforeReload={flushAll} />}
    </>
  );
}

function Blocker({ title, body, beforeReload }: { title: string; body: string[]; beforeReload?: () => Promise<void> }) {
  const { t } = useT();
  return (
    <div class="blocker" role="alertdialog" aria-modal="true" aria-labelledby="blocker-title">
      <div class="blocker__panel">
        <img src={`${import.meta.env.BASE_URL}icons/icon.svg`} alt="" width={64} height={64} />
        <h1 class="nl-heading nl-heading--level-2" id="blocker-title">
          {title}
        </h1>
        {body.filter(Boolean).map((p) => (
          <p class="nl-paragraph" key={p}>
            {p}
          </p>
        ))}
        <Button appearance="primary" onClick={() => void (beforeReload ?? (() => Promise.resolve()))().finally(() => location.reload())}>
          {t('actions.reload')}
        </Button>
      </div>
    </div>
  );
}
