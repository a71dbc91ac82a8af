// Why: the composer resets kind and speaker after every note, so nobody is credited with the
// next remark by accident. A run of one person's notes is the exception the facilitator makes
// on purpose, with this toggle next to the field it holds: a real button that says its state.
import { useT } from '../../../i18n/use-t';
import { Button } from '../../../ui/Button';

export function KeepToggle({ on, onChange, label }: { on: boolean; onChange: (on: boolean) => void; label: string }) {
  const { t } = useT();
  return (
    <Button appearance="subtle" class="keep-toggle" aria-pressed={on} aria-label={label} onClick={() => onChange(!on)}>
      <svg class="keep-toggle__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <rect x="5" y="11" width="14" height="10" rx="2" fill={on ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="2" />
        <path d={on ? 'M8 11V7a4 4 0 0 1 8 0v4' : 'M8 11V7a4 4 0 0 1 7.5-2'} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
      {t('workshop:notes.keep')}
    </Button>
  );
}
