// Why: "Meeschrijven" on a participant's phone (or a second tablet): join a table by its code,
// say who is writing, write notes on the questions it offered, hand them over. What the phone
// holds is only what the join code carried plus its own notes, kept in its storage after every
// change (src/storage/contribute-store.ts), so a reload or a locked screen loses nothing.
import { useEffect, useState } from 'preact/hooks';
import type { NoteKind } from '../../domain/note';
import { newContributedNoteId, signContribution, type Contribution, type Writer } from '../../exchange/contribution/contribution';
import { useT } from '../../i18n/use-t';
import { announce } from '../../shell/announce';
import { keepPhoneState, readPhoneState, type PhoneState } from '../../storage/contribute-store';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { focusSoon } from '../../ui/focus-after';
import { HandOver } from './HandOver';
import { JoinStep } from './JoinStep';
import { WhoStep } from './WhoStep';
import { WriteStep } from './WriteStep';
import '../../ui/forms-more.css';
import './contribute.css';

const sameWriter = (a: Writer, b: Writer) => (a.participantId ?? '') === (b.participantId ?? '') && a.name.trim().toLocaleLowerCase() === b.name.trim().toLocaleLowerCase();

export function ContributeScreen() {
  const { t } = useT();
  const [state, setStateRaw] = useState<PhoneState | null>(() => readPhoneState());
  const [failed, setFailed] = useState(false);
  const [signed, setSigned] = useState<Contribution | null>(null);
  const [asking, setAsking] = useState<'clear' | 'leave' | null>(null);
  const setState = (next: PhoneState | null) => {
    setFailed(!keepPhoneState(next));
    setStateRaw(next);
  };
  useEffect(() => focusSoon('#step-title'), [state === null, state?.current ?? null, signed === null]);

  const handOver = async () => {
    if (!state) return;
    const { join, writers, notes } = state;
    setSigned(await signContribution({ format: 'deda-tafel/contribution', formatVersion: 1, workshopId: join.workshopId, session: join.session, writers, notes }, join.key));
  };
  const add = (questionId: string, kind: NoteKind, text: string): boolean => {
    if (!state || state.current === null) return false;
    const note = { id: newContributedNoteId(), questionId, kind, text, createdAt: new Date().toISOString(), writer: state.current };
    const next = { ...state, notes: [...state.notes, note] };
    const ok = keepPhoneState(next);
    setFailed(!ok);
    if (ok) setStateRaw(next);
    return ok;
  };
  const choose = (w: Writer) => {
    if (!state) return;
    const found = state.writers.findIndex((x) => sameWriter(x, w));
    if (found >= 0) setState({ ...state, current: found });
    else setState({ ...state, writers: [...state.writers, w], current: state.writers.length });
  };

  const expired = state ? Date.parse(state.join.expiresAt) < Date.now() : false;
  return (
    <section class="contribute" aria-labelledby="step-title">
      <h1 class="nl-heading nl-heading--level-1" id="step-title" tabIndex={-1}>
        {t('workshop:hands.phone.title')}
      </h1>
      {state ? (
        <p class="nl-paragraph contribute-workshop" lang={state.join.lang}>
          {t('workshop:hands.phone.workshop', { title: state.join.title })}
        </p>
      ) : (
        <p class="nl-paragraph">{t('workshop:hands.phone.intro')}</p>
      )}
      {failed && (
        <Alert type="error" live>
          {t('workshop:hands.phone.storageFailed')}
        </Alert>
      )}
      {expired && <Alert type="info">{t('workshop:hands.phone.expiredKeep')}</Alert>}
      {!state ? (
        <JoinStep onJoin={(join) => setState({ join, writers: [], current: null, notes: [] })} />
      ) : signed ? (
        <HandOver contribution={signed} onBack={() => setSigned(null)} onClear={() => setAsking('clear')} />
      ) : state.current === null ? (
        <WhoStep people={state.join.people} onChoose={choose} />
      ) : (
        <WriteStep
          join={state.join}
          writerName={state.writers[state.current]?.name ?? ''}
          notes={state.notes}
          names={state.writers.map((w) => w.name)}
          onAdd={add}
          onRemove={(id) => setState({ ...state, notes: state.notes.filter((n) => n.id !== id) })}
          onSwitch={() => setState({ ...state, current: null })}
          onHandOver={() => void handOver()}
        />
      )}
      {state && !signed && (
        <Button appearance="subtle" class="contribute-leave" onClick={() => (state.notes.length > 0 ? setAsking('leave') : setState(null))}>
          {t('workshop:hands.phone.leave')}
        </Button>
      )}
      <Dialog
        open={asking !== null}
        role="alertdialog"
        title={t('workshop:hands.phone.clearTitle')}
        onClose={() => setAsking(null)}
        actions={
          <>
            <Button
              danger
              appearance="primary"
              onClick={() => {
                if (state) setState(asking === 'leave' ? null : { ...state, notes: [] });
                setSigned(null);
                setAsking(null);
                announce(t('workshop:hands.phone.cleared'));
              }}
            >
              {t('workshop:hands.phone.clearConfirm')}
            </Button>
            <Button onClick={() => setAsking(null)}>{t('actions.cancel')}</Button>
          </>
        }
      >
        <p class="nl-paragraph">{t('workshop:hands.phone.clearBody')}</p>
      </Dialog>
    </section>
  );
}
