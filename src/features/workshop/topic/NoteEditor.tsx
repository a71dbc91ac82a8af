// Why: editing a note in place: its text, kind and speaker, saved on "save", left as it was
// on "cancel". Mounted only while editing, so a board of hundreds of notes stays light. What
// is typed is kept as a draft until saved, and an edit never silently overwrites a change
// another tab made to the same note meanwhile: the person sees it and chooses.
import { useState } from 'preact/hooks';
import { keepBoth } from '../../../domain/concurrent-edit';
import type { Speaker } from '../../../domain/author';
import type { Note, NoteKind } from '../../../domain/note';
import { useT } from '../../../i18n/use-t';
import { dropDraft, keepDraft, readDraft } from '../../../storage/drafts';
import { updateNote } from '../../../storage/notes-repo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { useContentLang, usePeople } from '../workshop-context';
import { KindChoice } from './KindChoice';
import { SpeakerSelect } from './SpeakerSelect';

type Edit = { readonly text: string; readonly kind: NoteKind; readonly speaker: Speaker };

function readEdit(key: string): Edit | null {
  try {
    const v = JSON.parse(readDraft(key) ?? 'null') as Edit | null;
    return v && typeof v.text === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function NoteEditor({ note, onDone }: { note: Note; onDone: () => void }) {
  const { t } = useT();
  const participants = usePeople();
  const contentLang = useContentLang();
  // Under the workshop's id, so erasing the workshop erases the draft too.
  const key = `${note.workshopId}:${note.id}:edit`;
  const [edit, setEdit] = useState<Edit>(() => readEdit(key) ?? { text: note.text, kind: note.kind, speaker: note.speaker });
  // The note as this editor knows it: as opened, or as found changed elsewhere.
  const [base, setBase] = useState<Note>(note);
  const [theirs, setTheirs] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);
  const change = (next: Partial<Edit>) => {
    const e = { ...edit, ...next };
    setEdit(e);
    keepDraft(key, JSON.stringify(e));
  };
  const close = () => {
    dropDraft(key);
    onDone();
  };
  const save = async (e: Edit = edit, against: Note = base) => {
    if (e.text.trim() === '') {
      setError(t('workshop:notes.empty'));
      return;
    }
    const r = await updateNote(against, { text: e.text.trim(), kind: e.kind, speaker: e.speaker });
    if (r.ok) close();
    else if ('refused' in r) setTheirs(r.refused.current);
    else setError(t(`storage.problem.${r.problem}`));
  };
  const { text, kind, speaker } = edit;
  const setText = (v: string) => change({ text: v });
  const setKind = (v: NoteKind) => change({ kind: v });
  const setSpeaker = (v: Speaker) => change({ speaker: v });
  const resolve = (choice: 'mine' | 'both' | 'theirs') => {
    if (!theirs) return;
    setTheirs(null);
    setBase(theirs);
    if (choice === 'theirs') return close();
    const e = choice === 'both' ? { ...edit, text: keepBoth(edit.text, theirs.text, true) } : edit;
    setEdit(e);
    void save(e, theirs);
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <TextField label={t('workshop:notes.text')} value={text} onInput={setText} error={error} multiline rows={3} lang={contentLang} />
      <KindChoice value={kind} onChange={setKind} name={`kind-${note.id}`} />
      <SpeakerSelect value={speaker} onChange={setSpeaker} participants={participants} />
      {theirs && (
        <div role="alert">
          <Alert type="warning">
            <p class="nl-paragraph">{t('workshop:notes.changedElsewhere', { text: theirs.text })}</p>
            <p class="row">
              <Button appearance="primary" onClick={() => resolve('mine')}>
                {t('workshop:notes.keepMine')}
              </Button>
              <Button appearance="secondary" onClick={() => resolve('both')}>
                {t('workshop:notes.keepBoth')}
              </Button>
              <Button appearance="subtle" onClick={() => resolve('theirs')}>
                {t('workshop:notes.keepTheirs')}
              </Button>
            </p>
          </Alert>
        </div>
      )}
      <div class="row">
        <Button appearance="primary" type="submit">
          {t('actions.save')}
        </Button>
        <Button appearance="subtle" onClick={close}>
          {t('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
