// Why: the fields of an action point, the same wherever one is made or changed (on the
// actions step, from a note, from a suggested action point). Controlled: the caller keeps
// the draft and decides when to save. "Quick" shows what matters at the table (what, who,
// by when, condition) and keeps the rest one tap away.
import { useState } from 'preact/hooks';
import { PRIORITIES } from '../../../domain/action-point';
import type { DraftProblem } from '../../../domain/action-rules';
import type { ValueId } from '../../../domain/ids';
import { PRECONDITIONS, type Precondition } from '../../../domain/preconditions';
import { isIsoDate } from '../../../domain/time';
import { useT } from '../../../i18n/use-t';
import type { ActionDraft } from '../../../storage/action-points-repo';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useWorkshopData } from '../workshop-context';
import { preconditionName } from '../../shared/closing-labels';
import { OwnerField } from './OwnerField';

type Props = {
  draft: ActionDraft;
  onChange: (d: ActionDraft) => void;
  problem: DraftProblem | null;
  quick?: boolean;
  /** Distinguishes radio groups when several forms are on one screen. */
  name: string;
};

function LinkSelect<T extends string>({ label, value, options, onChange }: { label: string; value: T | null; options: readonly { value: T; label: string }[]; onChange: (v: T | null) => void }) {
  const { t } = useT();
  return <SelectField label={label} value={value ?? ''} empty={t('decision:form.noLink')} options={options} onChange={(v) => onChange((v || null) as T | null)} />;
}

export function ActionPointForm({ draft, onChange, problem, quick = false, name }: Props) {
  const { t } = useT();
  const { workshop, participants } = useWorkshopData();
  const [more, setMore] = useState(!quick);
  const set = <K extends keyof ActionDraft>(k: K, v: ActionDraft[K]) => onChange({ ...draft, [k]: v });
  const titleError = problem === 'title-required' ? t('decision:form.titleRequired') : problem === 'title-too-long' ? t('decision:form.titleTooLong') : null;
  return (
    <div class="ap-form">
      <TextField label={t('decision:form.title')} description={t('decision:form.titleHint')} value={draft.title} onInput={(v) => set('title', v)} error={titleError} multiline rows={2} />
      <div class="field-grid">
        <OwnerField value={draft.owner} onChange={(o) => set('owner', o)} participants={participants} />
        <TextField label={t('decision:form.due')} type="date" value={draft.dueDate ?? ''} onInput={(v) => set('dueDate', isIsoDate(v) ? v : null)} />
      </div>
      <label class="condition-toggle">
        <input type="checkbox" class="choice__input" checked={draft.isCondition} onChange={(e) => set('isCondition', e.currentTarget.checked)} />
        <span>
          <strong>{t('decision:form.condition')}</strong>
          <span class="condition-toggle__hint">{t('decision:form.conditionHint')}</span>
        </span>
      </label>
      {quick && (
        <Button appearance="subtle" aria-expanded={more} onClick={() => setMore(!more)}>
          <span aria-hidden="true">{more ? '▾' : '▸'}</span> {more ? t('decision:form.fewer') : t('decision:form.more')}
        </Button>
      )}
      {more && (
        <>
          <TextField label={t('decision:form.description')} value={draft.description} onInput={(v) => set('description', v)} multiline rows={3} maxLength={20_000} />
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">{t('decision:priority.label')}</legend>
            <div class="segmented segmented--compact">
              {PRIORITIES.map((p) => (
                <label key={p} class="segmented__option">
                  <input type="radio" class="choice__input" name={`priority-${name}`} value={p} checked={draft.priority === p} onChange={() => set('priority', p)} />
                  <span>{t(`decision:priority.${p}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div class="field-grid">
            {workshop.values.entries.length > 0 && (
              <LinkSelect<ValueId>
                label={t('decision:form.value')}
                value={draft.valueId}
                options={workshop.values.entries.map((v) => ({ value: v.id, label: v.label }))}
                onChange={(v) => set('valueId', v)}
              />
            )}
            <LinkSelect<Precondition>
              label={t('decision:form.precondition')}
              value={draft.precondition}
              options={PRECONDITIONS.map((p) => ({ value: p, label: preconditionName(p) }))}
              onChange={(v) => set('precondition', v)}
            />
          </div>
        </>
      )}
    </div>
  );
}
