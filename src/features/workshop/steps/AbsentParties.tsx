// Why: a party that should have been at the table and was not (the supplier, the people who
// run the system) leaves gaps the others cannot fill. Recording it here puts it in the report
// next to the key roles that were missing, instead of leaving it out of the record.
import { useState } from 'preact/hooks';
import { addAbsent, removeAbsent } from '../../../domain/absent';
import { newId, type AbsentPartyId } from '../../../domain/ids';
import { useT } from '../../../i18n/use-t';
import { updateAbsent } from '../../../storage/workshop-content-repo';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { useWorkshopData } from '../workshop-context';

export function AbsentParties() {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const [party, setParty] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const list = workshop.absent;
  const add = async () => {
    const name = party.trim();
    if (name === '') return setError(t('workshop:participants.absentRequired'));
    if (list.some((a) => a.party.trim().toLocaleLowerCase() === name.toLocaleLowerCase())) return setError(t('workshop:participants.absentTaken', { party: name }));
    const r = await updateAbsent(workshop.id, (current) => addAbsent(current, { id: newId<AbsentPartyId>(), party: name, reason }));
    if (r.ok) {
      setParty('');
      setReason('');
      setError(null);
    }
  };
  return (
    <section class="panel absent" aria-labelledby="absent-title">
      <h3 class="nl-heading nl-heading--level-2" id="absent-title" tabIndex={-1}>
        {t('workshop:participants.absentTitle')}
      </h3>
      <p class="nl-paragraph subtle">{t('workshop:participants.absentHint')}</p>
      {list.length === 0 ? (
        <p class="nl-paragraph subtle">{t('workshop:participants.absentNone')}</p>
      ) : (
        <ul class="plain-list">
          {list.map((a) => (
            <li key={a.id} class="list-row" data-absent={a.id}>
              <div>
                <strong>{a.party}</strong>
                {a.reason && <p class="nl-paragraph prewrap">{a.reason}</p>}
              </div>
              <Button
                appearance="subtle"
                danger
                onClick={() => {
                  void updateAbsent(workshop.id, (current) => removeAbsent(current, a.id));
                  document.getElementById('absent-title')?.focus();
                }}
                aria-label={t('workshop:participants.absentRemove', { party: a.party })}
              >
                {t('workshop:values.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div class="field-grid">
          <TextField label={t('workshop:participants.absentParty')} value={party} onInput={(v) => { setParty(v); setError(null); }} error={error} maxLength={200} />
          <TextField label={t('workshop:participants.absentReason')} value={reason} onInput={setReason} multiline rows={2} maxLength={5000} />
        </div>
        <Button type="submit">{t('workshop:participants.absentAdd')}</Button>
      </form>
    </section>
  );
}
