// Why: a labelled text field that saves itself (see use-autosave) and says so when it could
// not: the text stays in the field and in the draft, and the message says why.
import { useT } from '../../i18n/use-t';
import type { WriteResult } from '../../storage/write';
import { TextField } from '../../ui/TextField';
import { useAutosave } from './use-autosave';

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
      />
    </div>
  );
}
