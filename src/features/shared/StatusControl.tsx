// Why: one tap moves an action point on (open, in progress, done); letting one go asks why,
// because a dropped point without a reason looks like a forgotten one. Used on the actions
// step and in the follow-up view, so a status changed in either place is the same status.
import { useState } from 'preact/hooks';
import { showNotice } from '../../shell/notices';
import { ACTION_STATUSES, type ActionPoint, type ActionStatus } from '../../domain/action-point';
import { useT } from '../../i18n/use-t';
import { setActionStatus } from '../../storage/action-points-repo';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';

function DropDialog({ point, onClose, onChanged }: { point: ActionPoint; onClose: () => void; onChanged?: Changed }) {
  const { t } = useT();
  const [reason, setReason] = useState(point.dropReason);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const r = await setActionStatus(point, 'dropped', reason);
    if (r.ok) {
      onClose();
      onChanged?.(point, 'dropped');
    }
    else setError('refused' in r ? t('decision:drop.required') : t(`storage.problem.${r.problem}`));
  };
  return (
    <Dialog
      open
      title={t('decision:drop.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <Button appearance="secondary" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button appearance="primary" type="submit">
            {t('decision:drop.confirm')}
          </Button>
        </>
      }
    >
      <p class="nl-paragraph">
        <strong>{point.title}</strong>
      </p>
      <p class="nl-paragraph subtle">{t('decision:drop.body')}</p>
      <TextField label={t('decision:drop.reason')} value={reason} onInput={(v) => { setReason(v); setError(null); }} error={error} multiline rows={3} maxLength={20_000} />
    </Dialog>
  );
}

/** Called after a status was stored, with the point as it was before. */
type Changed = (before: ActionPoint, status: ActionStatus) => void;

export function StatusControl({ point, onChanged }: { point: ActionPoint; onChanged?: Changed }) {
  const { t } = useT();
  const [dropping, setDropping] = useState(false);
  const choose = async (status: ActionStatus) => {
    if (status === 'dropped') {
      setDropping(true);
      return;
    }
    const r = await setActionStatus(point, status);
    if (r.ok) onChanged?.(point, status);
    else if (!('refused' in r)) showNotice({ id: `status-${point.id}`, text: t(`storage.problem.${r.problem}`), tone: 'error', dismissible: true, actions: [] });
  };
  return (
    <fieldset class="utrecht-form-fieldset ap-status">
      <legend class="visually-hidden">{t('decision:status.legend', { title: point.title })}</legend>
      <div class="segmented segmented--compact">
        {ACTION_STATUSES.map((s) => (
          <label key={s} class={`segmented__option ap-status--${s}`}>
            <input type="radio" class="choice__input" name={`ap-status-${point.id}`} value={s} checked={point.status === s} onChange={() => void choose(s)} />
            <span>{t(`decision:status.${s}`)}</span>
          </label>
        ))}
      </div>
      {dropping && <DropDialog point={point} onClose={() => setDropping(false)} onChanged={onChanged} />}
    </fieldset>
  );
}
