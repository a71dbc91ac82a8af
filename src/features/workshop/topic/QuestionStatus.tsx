// Why: one tap marks a question discussed, parked (it comes back in the overview) or not
// applicable; setting a question aside asks for the reason, which goes into the report.
// On the table poster (`compact`) the choice is one select, so the question and its post-its
// keep the column.
import { useState } from 'preact/hooks';
import { QUESTION_STATUSES, type QuestionState, type QuestionStatus as Status } from '../../../domain/question-state';
import type { QuestionId } from '../../../domain/ids';
import { reasonRequired } from '../../../domain/progress';
import { useT } from '../../../i18n/use-t';
import { setQuestionState } from '../../../storage/question-states-repo';
import { AutoTextField } from '../AutoTextField';
import { useWorkshopData } from '../workshop-context';
import { useChosen } from '../use-chosen';

export function QuestionStatus({ questionId, state, label, compact = false }: { questionId: QuestionId; state: QuestionState | undefined; label: string; compact?: boolean }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  // The choice shows at once, before its write has come back through the live query.
  const chosen = useChosen<Status>(state?.status ?? 'open');
  const status = chosen.shown;
  const reason = state?.reason ?? '';
  const showReason = status === 'parked' || status === 'not-applicable';
  // The missing reason is an error only once the field was left empty, not the moment the
  // status is chosen and the person is about to type it.
  const [left, setLeft] = useState(false);
  return (
    <div class="qstatus">
      {compact ? (
        <select
          class={`utrecht-select utrecht-select--html-select qstatus__select qstatus__select--${status}`}
          aria-label={t('workshop:status.legend', { question: label })}
          value={status}
          onChange={(e) => {
            setLeft(false);
            const next = e.currentTarget.value as Status;
            chosen.choose(next, () => setQuestionState(workshop.id, questionId, next, reason));
          }}
        >
          {QUESTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`workshop:status.${s}`)}
            </option>
          ))}
        </select>
      ) : (
        <fieldset class="utrecht-form-fieldset">
          <legend class="visually-hidden">{t('workshop:status.legend', { question: label })}</legend>
          <div class="segmented segmented--compact">
            {QUESTION_STATUSES.map((s) => (
              <label key={s} class={`segmented__option status--${s}`}>
                <input type="radio" class="choice__input" name={`status-${questionId}`} value={s} checked={status === s} onChange={() => {
                    setLeft(false);
                    chosen.choose(s, () => setQuestionState(workshop.id, questionId, s, reason));
                  }} />
                <span>{t(`workshop:status.${s}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {showReason && (
        <AutoTextField
          draftKey={`${workshop.id}:reason:${questionId}`}
          label={t(status === 'parked' ? 'workshop:status.parkedReason' : 'workshop:status.naReason')}
          stored={reason}
          save={(r) => setQuestionState(workshop.id, questionId, status, r)}
          description={reasonRequired(status) ? t('workshop:status.reasonHint') : undefined}
          onLeave={() => setLeft(true)}
          error={left && reasonRequired(status) && reason.trim() === '' ? t('workshop:status.reasonRequired') : null}
        />
      )}
    </div>
  );
}
