// Why: every text the workshop prefills can be edited before it goes to the register, and its
// limit must be visible while typing (a count against the standard's maximum), not found out
// at export. Over the limit the field says by how much; nothing is ever cut off.
import { useT } from '../../../i18n/use-t';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { REGISTER_FIELDS, registerLength, type PrefilledTextField } from '../../../domain/register/standard';

type Props = {
  field: PrefilledTextField;
  value: string;
  edited: boolean;
  onInput: (value: string) => void;
  onReset: () => void;
  /** The problem to show once export was tried, already in words. */
  error: string | null;
  inputRef: (el: HTMLInputElement | HTMLTextAreaElement | null) => void;
};

const SHORT: readonly PrefilledTextField[] = ['name', 'organization'];

export function RegisterTextField({ field, value, edited, onInput, onReset, error, inputRef }: Props) {
  const { t } = useT();
  const max = REGISTER_FIELDS[field].maxLength;
  const length = registerLength(value);
  const over = length - max;
  const description = `${t(`exchange:register.hints.${field}`)} ${t('exchange:register.count', { count: length, max })}`;
  return (
    <div class="register-text" data-register-field={field}>
      <TextField
        label={`${t(`exchange:register.fields.${field}`)} (${t('exchange:register.fieldName', { name: field })})`}
        description={description}
        value={value}
        onInput={onInput}
        multiline={!SHORT.includes(field)}
        rows={field === 'description_short' ? 3 : 5}
        required={REGISTER_FIELDS[field].required}
        lang="nl"
        error={over > 0 ? t('exchange:register.over', { count: over }) : error}
        inputRef={inputRef}
      />
      {edited && (
        <div class="register-text__edited">
          <span class="register-text__badge">{t('exchange:register.edited')}</span>
          <Button appearance="subtle" onClick={onReset}>
            {t('exchange:register.reset')}
          </Button>
        </div>
      )}
    </div>
  );
}
