// Why: writing on the phone: one small form per question the tablet offered, the same kinds
// as on the tablet. Every kept note is in the phone's storage at once (the parent keeps it).
import { useState } from 'preact/hooks';
import type { ContributedNote } from '../../exchange/contribution/contribution';
import type { JoinCode, OfferedQuestion } from '../../exchange/contribution/join-code';
import type { NoteKind } from '../../domain/note';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';

function QuestionForm({ question, number, lang, kinds, onAdd }: { question: OfferedQuestion; number: number; lang: string; kinds: readonly NoteKind[]; onAdd: (q: string, kind: NoteKind, text: string) => boolean }) {
  const { t } = useT();
  const [kind, setKind] = useState<NoteKind>(kinds[0] ?? 'answer');
  const [text, setText] = useState('');
  const id = `q-${number}`;
  return (
    <form
      class="contribute-question"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() && onAdd(question.id, kind, text.trim())) setText('');
      }}
    >
      <h2 class="nl-heading nl-heading--level-3" id={`${id}-title`} lang={lang}>
        {number}. {question.text}
      </h2>
      <label class="utrecht-form-label" for={`${id}-kind`}>
        {t('workshop:hands.phone.kind')}
      </label>
      <select id={`${id}-kind`} class="utrecht-select utrecht-select--html-select" value={kind} onChange={(e) => setKind(e.currentTarget.value as NoteKind)}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`workshop:kinds.${k}`)}
          </option>
        ))}
      </select>
      <label class="utrecht-form-label" for={`${id}-text`}>
        {t('workshop:hands.phone.text')}
      </label>
      <textarea id={`${id}-text`} class="utrecht-textarea" rows={3} maxLength={2000} lang={lang} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <Button type="submit" appearance="primary" disabled={text.trim() === ''}>
        {t('workshop:hands.phone.add')}
      </Button>
    </form>
  );
}

interface Props {
  readonly join: JoinCode;
  readonly writerName: string;
  readonly notes: readonly ContributedNote[];
  readonly names: readonly string[];
  readonly onAdd: (questionId: string, kind: NoteKind, text: string) => boolean;
  readonly onRemove: (id: string) => void;
  readonly onSwitch: () => void;
  readonly onHandOver: () => void;
}

export function WriteStep({ join, writerName, notes, names, onAdd, onRemove, onSwitch, onHandOver }: Props) {
  const { t } = useT();
  return (
    <div class="contribute-write">
      <p class="nl-paragraph contribute-as">
        <span>{t('workshop:hands.phone.writingAs', { name: writerName })}</span> <Button appearance="subtle" onClick={onSwitch}>{t('workshop:hands.phone.switch')}</Button>
      </p>
      {join.questions.map((q, i) => (
        <QuestionForm key={q.id} question={q} number={i + 1} lang={join.lang} kinds={join.kinds} onAdd={onAdd} />
      ))}
      <div class="contribute-bar">
        <p class="nl-paragraph" role="status" data-kept={notes.length}>
          {t('workshop:hands.phone.kept', { count: notes.length })}
        </p>
        {notes.length > 0 && (
          <Button appearance="primary" onClick={onHandOver}>
            {t('workshop:hands.phone.handOver')}
          </Button>
        )}
      </div>
      <section aria-labelledby="kept-title" class="contribute-kept">
        <h2 class="nl-heading nl-heading--level-2" id="kept-title">
          {t('workshop:hands.phone.yours')}
        </h2>
        <ul class="contribute-notes">
          {notes.map((n) => (
            <li key={n.id} class={`contribute-note note--${n.kind}`}>
              <p class="contribute-note__meta">
                {names[n.writer]} · {t(`workshop:kinds.${n.kind}`)} · {t('workshop:hands.phone.questionNumber', { n: join.questions.findIndex((q) => q.id === n.questionId) + 1 })}
              </p>
              <p class="contribute-note__text" lang={join.lang}>
                {n.text}
              </p>
              <Button appearance="subtle" onClick={() => onRemove(n.id)} aria-label={t('workshop:hands.phone.removeLabel', { text: n.text.slice(0, 40) })}>
                {t('workshop:hands.phone.remove')}
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
