// Why: DEDA is also for evaluation moments later on. From any workshop the facilitator starts
// an evaluation session (a new workshop that takes over goal, people, values and open action
// points) and lands in it; evaluations already made are one tap away.
import { useState } from 'preact/hooks';
import { Link } from '../../../shell/Link';
import { showNotice } from '../../../shell/notices';
import { hrefOf, navigate } from '../../../shell/router';
import { useT } from '../../../i18n/use-t';
import { startEvaluation } from '../../../storage/evaluation-repo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import { useWorkshopData } from '../workshop-context';
import { useEvaluations } from './use-closing-data';
import { CancelAndSubmit } from '../../shared/CancelAndSubmit';

function StartDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const [title, setTitle] = useState(t('decision:evaluation.defaultTitle', { title: workshop.title }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    if (busy) return;
    setBusy(true);
    const r = await startEvaluation(workshop.id, title);
    setBusy(false);
    if (!r.ok) {
      setError(t(`storage.problem.${r.problem}`));
      return;
    }
    onClose();
    showNotice({ id: 'evaluation-started', text: t('decision:evaluation.started'), tone: 'info', dismissible: true, timeoutMs: 6000, actions: [] });
    navigate(hrefOf({ name: 'workshop', id: r.value, section: 'overview' }));
  };
  return (
    <Dialog
      open
      title={t('decision:evaluation.dialogTitle')}
      onClose={onClose}
      onSubmit={() => void start()}
      actions={<CancelAndSubmit onCancel={onClose} submit={t('decision:evaluation.start')} busy={busy} />}
    >
      <p class="nl-paragraph">{t('decision:evaluation.dialogBody')}</p>
      <TextField label={t('decision:evaluation.name')} value={title} onInput={setTitle} maxLength={200} />
      {error && <Alert type="error" live>{error}</Alert>}
    </Dialog>
  );
}

export function EvaluationStarter() {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const evaluations = useEvaluations(workshop.id);
  const [open, setOpen] = useState(false);
  const list = evaluations.status === 'ready' ? evaluations.value : [];
  return (
    <section class="panel evaluation-start" aria-labelledby="evaluation-title">
      <h3 class="nl-heading nl-heading--level-2" id="evaluation-title">
        {t('decision:evaluation.title')}
      </h3>
      <p class="nl-paragraph">{t('decision:evaluation.intro')}</p>
      {list.length > 0 && (
        <>
          <p class="nl-paragraph">
            <strong>{t('decision:evaluation.earlier')}</strong>
          </p>
          <ul class="plain-list">
            {list.map((w) => (
              <li key={w.id}>
                <Link class="nl-link link-target" href={hrefOf({ name: 'workshop', id: w.id, section: 'overview' })}>
                  {w.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <Button appearance="secondary" onClick={() => setOpen(true)}>
        {t('decision:evaluation.start')}
      </Button>
      {open && <StartDialog onClose={() => setOpen(false)} />}
    </section>
  );
}
