// Why: what the workshop cannot know about the register entry (status, publication category,
// contact, public page, begin month) is asked in a few fields; each category comes with a plain
// explanation, because choosing one is a judgement most people at the table make for the first time.
import { useT } from '../../../i18n/use-t';
import { TextField } from '../../../ui/TextField';
import { PUBLICATION_CATEGORIES, REGISTER_STATUSES, type AskedField } from '../../../domain/register/standard';
import type { RegisterAnswers } from '../../../domain/register/to-register';

type Props = {
  answers: RegisterAnswers;
  update: (change: Partial<RegisterAnswers>) => void;
  errorOf: (field: AskedField) => string | null;
  refOf: (field: AskedField) => (el: HTMLInputElement | HTMLTextAreaElement | null) => void;
};

function FieldError({ id, text }: { id: string; text: string | null }) {
  if (!text) return null;
  return (
    <div class="utrecht-form-field-error-message" id={id} role="alert">
      {text}
    </div>
  );
}

export function RegisterChoices({ answers, update, errorOf, refOf }: Props) {
  const { t } = useT();
  const statusError = errorOf('status');
  const categoryError = errorOf('publication_category');
  return (
    <div class="register-choices">
      <fieldset class="utrecht-form-fieldset register-choice" aria-describedby={`register-status-hint${statusError ? ' register-status-err' : ''}`} data-register-field="status">
        <legend class="utrecht-form-fieldset__legend">{t('exchange:register.fields.status')}</legend>
        <p class="nl-paragraph register-hint" id="register-status-hint">
          {t('exchange:register.statusHint')}
        </p>
        <FieldError id="register-status-err" text={statusError} />
        <div class="register-options">
          {REGISTER_STATUSES.map((s, i) => (
            <label key={s} class="register-option">
              <input type="radio" class="register-option__input" name="register-status" value={s} checked={answers.status === s} onChange={() => update({ status: s })} ref={i === 0 ? refOf('status') : undefined} />
              <span class="register-option__label">{t(`exchange:register.statuses.${s}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="utrecht-form-fieldset register-choice" aria-describedby={`register-category-hint${categoryError ? ' register-category-err' : ''}`} data-register-field="publication_category">
        <legend class="utrecht-form-fieldset__legend">{t('exchange:register.fields.publication_category')}</legend>
        <p class="nl-paragraph register-hint" id="register-category-hint">
          {t('exchange:register.categoryHint')}
        </p>
        <FieldError id="register-category-err" text={categoryError} />
        <div class="register-options register-options--wide">
          {PUBLICATION_CATEGORIES.map((c, i) => (
            <label key={c} class="register-option">
              <input type="radio" class="register-option__input" name="register-category" value={c} checked={answers.publication_category === c} onChange={() => update({ publication_category: c })} ref={i === 0 ? refOf('publication_category') : undefined} />
              <span>
                <strong class="register-option__label">{t(`exchange:register.categories.${c}.label`)}</strong>
                <span class="register-option__text">{t(`exchange:register.categories.${c}.text`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div data-register-field="contact_email">
        <TextField label={t('exchange:register.fields.contact_email')} description={t('exchange:register.hints.contact_email')} value={answers.contact_email} onInput={(v) => update({ contact_email: v })} required autoComplete="email" error={errorOf('contact_email')} inputRef={refOf('contact_email')} />
      </div>
      <div data-register-field="website">
        <TextField label={t('exchange:register.fields.website')} description={t('exchange:register.hints.website')} value={answers.website} onInput={(v) => update({ website: v })} autoComplete="url" error={errorOf('website')} inputRef={refOf('website')} />
      </div>
      <div data-register-field="begin_date">
        <TextField label={t('exchange:register.fields.begin_date')} description={t('exchange:register.hints.begin_date')} value={answers.begin_date} onInput={(v) => update({ begin_date: v })} error={errorOf('begin_date')} inputRef={refOf('begin_date')} />
      </div>
    </div>
  );
}
