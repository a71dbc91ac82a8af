// Why: the two status changes that move a point out of the open work each ask first. Done asks
// what was done, by whom and when (for a condition that is the proof the report stands on);
// dropped asks why (a dropped point without a reason looks like a forgotten one). Nothing is
// stored until the person confirms.
import { useState } from 'preact/hooks';
import type { ActionPoint, ActionStatus, DoneRecord } from '../../domain/action-point';
import { todayIso, type IsoDate } from '../../domain/time';
import { useT } from '../../i18n/use-t';
import { setActionStatus } from '../../storage/action-points-repo';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { CancelAndSubmit } from './CancelAndSubmit';

/** Called after a status was stored, with the point as it was before. */
export type Changed = (before: ActionPoint, status: ActionStatus) => void;

interface DialogProps {
  readonly point: ActionPoint;
  readonly onClose: () => void;
  readonly onStored: (before: ActionPoint, status: ActionStatus) => void;
}

export function DropDialog({ point, onClose, onStored }: DialogProps) {
  const { t } = useT();
  const [reason, setReason] = useState(point.dropReason);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const r = await setActionStatus(point, 'dropped', reason);
    if (r.ok) onStored(point, 'dropped');
    else setError('refused' in r ? t('decision:drop.required') : t(`storage.problem.${r.problem}`));
  };
  return (
    <Dialog
      open
      title={t('decision:drop.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={<CancelAndSubmit onCancel={onClose} submit={t('decision:drop.confirm')} />}
    >
      <p class="nl-paragraph">
        <strong>{point.title}</strong>
      </p>
      <p class="nl-paragraph subtle">{t('decision:drop.body')}</p>
      <TextField label={t('decision:drop.reason')} value={reason} onInput={(v) => { setReason(v); setError(null); }} error={error} multiline rows={3} maxLength={20_000} />
    </Dialog>
  );
}

/** `by`: who to propose as the one who did it (the point's owner, when that is a name). */
export function DoneDialog({ point, by, onClose, onStored }: DialogProps & { readonly by: string }) {
  const { t } = useT();
  const had = point.status === 'done';
  const [done, setDone] = useState<DoneRecord>(had ? point.done : { note: '', by, on: todayIso() });
  const [error, setError] = useState<string | null>(null);
  const change = (part: Partial<DoneRecord>) => {
    setDone({ ...done, ...part });
    setError(null);
  };
  const submit = async () => {
    const r = await setActionStatus(point, 'done', '', done);
    if (r.ok) onStored(point, 'done');
    else if (!('refused' in r)) setError(t(`storage.problem.${r.problem}`));
  };
  return (
    <Dialog
      open
      title={t('decision:done.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={<CancelAndSubmit onCancel={onClose} submit={t('decision:done.confirm')} />}
    >
      <p class="nl-paragraph">
        <strong>{point.title}</strong>
      </p>
      <p class="nl-paragraph subtle">{point.isCondition ? t('decision:done.bodyCondition') : t('decision:done.body')}</p>
      {error && (
        <p class="utrecht-form-field-error-message" role="alert">
          {error}
        </p>
      )}
      <TextField label={t('decision:done.note')} value={done.note} onInput={(note) => change({ note })} multiline rows={3} maxLength={20_000} />
      <TextField label={t('decision:done.by')} value={done.by} onInput={(v) => change({ by: v })} maxLength={500} />
      <TextField label={t('decision:done.on')} type="date" value={done.on ?? ''} onInput={(v) => change({ on: v === '' ? null : (v as IsoDate) })} />
    </Dialog>
  );
}
