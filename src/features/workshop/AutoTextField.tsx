// Why: a labelled text field that saves itself (see use-autosave) and says so when it could
// not: the text stays in the field and in the draft, and the message says why.
import { useT } from '../../i18n/use-t';
import type { WriteResult } from '../../storage/write';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useAutosave } from './use-autosave';
import { useContentLang } from './workshop-context';

type Props = {
  draftKey: string;
  label: string;
  stored: string;
  save: (value: string) => Promise<WriteResult<unknown>>;
  description?: string;
  multiline?: boolean;
  rows?: number;
  error?: string | null;
  maxLength?: number;
  large?: boolean;
  /** Called when the field is left (after its text was saved). */
  onLeave?: () => void;
};

export function AutoTextField(props: Props) {
  const { t } = useT();
  // Always the group's own words: marked with the workshop's language.
  const contentLang = useContentLang();
  const field = useAutosave({ key: props.draftKey, stored: props.stored, save: props.save });
  const error = field.status === 'failed' ? t('workshop:field.notSaved') : (props.error ?? null);
  return (
    <div class={props.large ? 'field--large' : undefined}>
      <TextField
        label={props.label}
        value={field.value}
        onInput={field.setValue}
        onBlur={() => {
          void field.flush();
          props.onLeave?.();
        }}
        description={props.description}
        multiline={props.multiline}
        rows={props.rows}
        error={error}
        maxLength={props.maxLength}
        lang={contentLang}
      />
      {field.conflict !== null && (
        <div role="alert" class="field-conflict">
          <Alert type="warning">
            <p class="nl-paragraph">{t('workshop:field.changedElsewhere', { text: field.conflict })}</p>
            <p class="row">
              <Button appearance="primary" onClick={() => field.resolve('mine', props.multiline === true)}>
                {t('workshop:notes.keepMine')}
              </Button>
              <Button appearance="secondary" onClick={() => field.resolve('both', props.multiline === true)}>
                {t('workshop:notes.keepBoth')}
              </Button>
              <Button appearance="subtle" onClick={() => field.resolve('theirs', props.multiline === true)}>
                {t('workshop:notes.keepTheirs')}
              </Button>
            </p>
          </Alert>
        </div>
      )}
    </div>
  );
}
