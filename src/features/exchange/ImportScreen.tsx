// Why: the way in for a workshop from another device. A file is checked completely before
// anything is shown as importable; a refused file says precisely why and nothing is written;
// an accepted one is previewed, and only the person's choice writes (one transaction).
import { useEffect, useState } from 'preact/hooks';
import './exchange.css';
import '../../ui/forms-more.css';
import { Link } from '../../shell/Link';
import { showNotice } from '../../shell/notices';
import { hrefOf, navigate } from '../../shell/router';
import type { JweEnvelope } from '../../exchange/jwe';
import type { Refusal } from '../../exchange/refusal';
import { useT } from '../../i18n/use-t';
import { saveExample } from '../../storage/examples-repo';
import { commitImports, type ImportChoice, type ImportItem, type PreparedImport } from '../../storage/import-repo';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { BackupPreview, type BackupChoice } from './BackupPreview';
import { ExampleList } from './ExampleList';
import { ExampleScreen } from './ExampleScreen';
import type { ConflictChoice } from './ConflictPanel';
import type { Choices } from '../../domain/merge';
import { FilePicker } from './FilePicker';
import { backupImportItems, errorWords, readImportFile, unlockImport, type Unlocked } from './import-flow';
import { ImportPreview } from './ImportPreview';
import { PassphrasePrompt } from './PassphrasePrompt';
import { RefusalAlert } from './RefusalAlert';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string }
  /** An encrypted bundle waiting for its passphrase; `wrong`: how many did not fit. */
  | { readonly kind: 'locked'; readonly name: string; readonly envelope: JweEnvelope; readonly busy: boolean; readonly wrong: number }
  | { readonly kind: 'refused'; readonly name: string; readonly refusal: Refusal; readonly index?: number }
  | { readonly kind: 'bundle'; readonly name: string; readonly prepared: PreparedImport }
  | { readonly kind: 'backup'; readonly name: string; readonly createdAt: string; readonly items: readonly PreparedImport[] }
  | { readonly kind: 'problem'; readonly message: string };

/** The import screen, or an anonymised copy opened from it as a read-only example. */
export function ImportOrExample({ example }: { example: string | null }) {
  return example === null ? <ImportScreen /> : <ExampleScreen id={example} />;
}

export function ImportScreen() {
  const { t } = useT();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t('exchange:import.title')} · ${t('app.name')}`;
  }, [t]);

  const show = (name: string, r: Unlocked) => {
    if (!r.ok) setState({ kind: 'refused', name, refusal: r.refusal, ...(r.index !== undefined ? { index: r.index } : {}) });
    else if (r.kind === 'bundle') setState({ kind: 'bundle', name, prepared: r.prepared });
    else setState({ kind: 'backup', name, createdAt: r.createdAt, items: r.items });
  };

  const unlock = async (locked: Extract<State, { kind: 'locked' }>, passphrase: string) => {
    setState({ ...locked, busy: true });
    const r = await unlockImport(locked.envelope, passphrase);
    // A passphrase that does not fit is asked for again; every other outcome is the file's.
    if (!r.ok && r.refusal.kind === 'encrypted' && r.refusal.failure === 'wrong-passphrase') setState({ ...locked, busy: false, wrong: locked.wrong + 1 });
    else show(locked.name, r);
  };

  const open = async (file: File) => {
    setState({ kind: 'reading', name: file.name });
    try {
      const r = await readImportFile(file);
      if (r.ok && r.kind === 'encrypted') setState({ kind: 'locked', name: file.name, envelope: r.envelope, busy: false, wrong: 0 });
      else if (r.ok && r.kind === 'anonymised') await openExample(r.file);
      else show(file.name, r);
    } catch (e) {
      // Reading the file itself failed (it was moved, or permission was withdrawn), or a check
      // met something no reason covers: say that, never a reason the file did not earn.
      setState({ kind: 'refused', name: file.name, refusal: { kind: 'check-failed', detail: errorWords(e) } });
    }
  };

  // An anonymised copy is kept apart from the workshops and opened read-only at once.
  const openExample = async (file: Parameters<typeof saveExample>[0]) => {
    const r = await saveExample(file);
    if (!r.ok) return setState({ kind: 'problem', message: t(`storage.problem.${r.problem}`) });
    showNotice({ id: 'import', text: t('exchange:anon.example.imported', { title: file.content.workshop.title }), tone: 'info', dismissible: true, actions: [], timeoutMs: 8000 });
    navigate(hrefOf({ name: 'example', id: r.value }));
  };

  const commit = async (items: ImportItem[], trust: PreparedImport['bundle']['signer'][], doneText: (ids: number) => string, openId: boolean) => {
    setBusy(true);
    const r = await commitImports(items, trust);
    setBusy(false);
    if (!r.ok) {
      setState({ kind: 'problem', message: t(`storage.problem.${r.problem}`) });
      return;
    }
    const refused = r.value.find((o) => o.kind === 'refused');
    if (refused) {
      setState({ kind: 'refused', name: state.kind === 'bundle' || state.kind === 'backup' ? state.name : '', refusal: refused.refusal });
      return;
    }
    if (r.value.some((o) => o.kind === 'changed-meanwhile')) {
      showNotice({ id: 'import', text: t('exchange:import.changedMeanwhile'), tone: 'error', dismissible: true, actions: [] });
      return;
    }
    const imported = r.value.flatMap((o) => (o.kind === 'imported' ? [o.workshopId] : []));
    // A workshop whose id this device already uses for one it does not show here became a new copy: said, nothing more.
    const copies = r.value.filter((o) => o.kind === 'imported' && o.asNewCopy).length;
    const text = copies > 0 ? `${doneText(imported.length)} ${t('exchange:import.asNewCopy', { count: copies })}` : doneText(imported.length);
    showNotice({ id: 'import', text, tone: 'info', dismissible: true, actions: [], timeoutMs: 8000 });
    const first = imported[0];
    navigate(openId && first ? hrefOf({ name: 'workshop', id: first, section: null }) : hrefOf({ name: 'home' }));
  };

  const importBundle = (prepared: PreparedImport, choice: ConflictChoice | 'new', trust: boolean, merge: Choices) => {
    const title = prepared.bundle.graph.workshop.title;
    const c: ImportChoice = choice === 'keep-both' ? { kind: 'keep-both', title: t('exchange:import.conflict.copyTitle', { title }) } : choice === 'merge' ? { kind: 'merge', choices: merge } : { kind: choice };
    const done = () => (choice === 'replace' ? t('exchange:import.replaced', { title }) : choice === 'merge' ? t('exchange:import.merged', { title }) : t('exchange:import.done', { title }));
    void commit([{ bundle: prepared.bundle, choice: c }], trust ? [prepared.bundle.signer] : [], done, true);
  };

  const importBackup = (items: readonly PreparedImport[], choices: readonly BackupChoice[]) => {
    const chosen = backupImportItems(items, choices, (title) => t('exchange:import.conflict.copyTitle', { title }));
    void commit(chosen, [], (n) => t('exchange:import.backup.done', { count: n }), false);
  };

  const reset = () => setState({ kind: 'idle' });

  return (
    <section aria-labelledby="import-title" class="stack">
      <Link class="nl-link link-target" href="/">
        {t('nav.back')}
      </Link>
      <h1 class="nl-heading nl-heading--level-1" id="import-title">
        {t('exchange:import.title')}
      </h1>
      <p class="nl-paragraph nl-paragraph--lead">{t('exchange:import.intro')}</p>

      {(state.kind === 'idle' || state.kind === 'reading' || state.kind === 'refused' || state.kind === 'problem') && <FilePicker onFile={(f) => void open(f)} disabled={state.kind === 'reading'} />}
      {state.kind === 'reading' && (
        <p class="nl-paragraph" role="status">
          {t('exchange:import.reading', { name: state.name })}
        </p>
      )}
      {state.kind === 'locked' && <PassphrasePrompt name={state.name} busy={state.busy} wrong={state.wrong} onOpen={(p) => void unlock(state, p)} onCancel={reset} />}
      {state.kind === 'refused' && <RefusalAlert refusal={state.refusal} name={state.name} {...(state.index !== undefined ? { index: state.index } : {})} />}
      {state.kind === 'problem' && (
        <Alert type="error" live>
          {state.message}
        </Alert>
      )}
      {state.kind === 'bundle' && (
        <ImportPreview name={state.name} prepared={state.prepared} busy={busy} onCancel={reset} onImport={(choice, trust, merge) => importBundle(state.prepared, choice, trust, merge)} />
      )}
      {state.kind === 'backup' && <BackupPreview name={state.name} createdAt={state.createdAt} items={state.items} busy={busy} onCancel={reset} onImport={(c) => importBackup(state.items, c)} />}
      {state.kind === 'idle' && <ExampleList />}
      {(state.kind === 'bundle' || state.kind === 'backup') && !busy && (
        <p class="nl-paragraph">
          <Button appearance="subtle" onClick={reset}>
            {t('exchange:import.tryAnother')}
          </Button>
        </p>
      )}
    </section>
  );
}
