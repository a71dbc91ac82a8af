// Why: at the table an action point is born from something someone said. One tap on a note
// opens a short form already filled in from it (what, who, by when, condition); one more
// makes the action point, which keeps the link to the note, its question and its topic.
import { useState } from 'preact/hooks';
import { showNotice } from '../../../shell/notices';
import { navigate } from '../../../shell/router';
import { titleFromNote, titleProblem, type DraftProblem } from '../../../domain/action-rules';
import type { TopicId } from '../../../domain/ids';
import type { Note } from '../../../domain/note';
import { label, labelWith } from '../../../i18n/labels-cache';
import { useT } from '../../../i18n/use-t';
import { addFromNote, EMPTY_DRAFT, isActionDraft, type ActionDraft } from '../../../storage/action-points-repo';
import { useKeptDraft } from '../use-kept-draft';
import { Alert } from '../../../ui/Alert';
import { Dialog } from '../../../ui/Dialog';
import { sectionHref } from '../sections';
import { useWorkshopData } from '../workshop-context';
import { ActionPointForm } from './ActionPointForm';
import { CancelAndSubmit } from '../../shared/CancelAndSubmit';

function FromNoteDialog({ note, made, onClose }: { note: Note; made: boolean; onClose: () => void }) {
  const { t } = useT();
  const { workshop, index } = useWorkshopData();
  const kept = useKeptDraft(`${note.workshopId}:${note.id}:action-from-note`, (): ActionDraft => ({ ...EMPTY_DRAFT, title: titleFromNote(note.text) }), isActionDraft);
  const draft = kept.value;
  const setDraft = kept.set;
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const make = async () => {
    const p = titleProblem(draft.title);
    if (p) return setProblem(p);
    const topicId = (index.question(note.questionId)?.topic.id ?? null) as TopicId | null;
    const r = await addFromNote(note, topicId, draft);
    if (r.ok) {
      kept.drop();
      onClose();
      showNotice({
        id: 'action-from-note',
        text: t('decision:fromNote.made', { title: draft.title.trim() }),
        tone: 'info',
        dismissible: true,
        timeoutMs: 8000,
        actions: [{ label: t('decision:fromNote.open'), run: () => navigate(sectionHref(workshop.id, 'actions')) }],
      });
    } else if ('refused' in r) setProblem(r.refused);
    else setFailed(t(`storage.problem.${r.problem}`));
  };
  const cancel = () => {
    kept.drop();
    onClose();
  };
  return (
    <Dialog
      open
      title={t('decision:fromNote.title')}
      onClose={cancel}
      onSubmit={() => void make()}
      actions={<CancelAndSubmit onCancel={cancel} submit={t('decision:fromNote.confirm')} />}
    >
      {made && <Alert type="info">{t('decision:fromNote.already')}</Alert>}
      <figure class="from-note">
        <figcaption class="subtle">{t('decision:fromNote.quote')}</figcaption>
        <blockquote class={`from-note__text note--${note.kind}`}>{note.text}</blockquote>
      </figure>
      <ActionPointForm draft={draft} onChange={(d) => { setDraft(d); setProblem(null); }} problem={problem} quick name={`note-${note.id}`} />
      {failed && <Alert type="error" live>{failed}</Alert>}
    </Dialog>
  );
}

/**
 * The button on every note. A board holds hundreds, so it reads no workshop context (that
 * changes with every note) and stays a plain button; the dialog mounts only when opened.
 */
export function FromNoteButton({ note, made = false }: { note: Note; made?: boolean }) {
  useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setOpen(true)} aria-label={labelWith('decision:fromNote.label', { text: note.text.slice(0, 40) })}>
        {label('decision:fromNote.button')}
      </button>
      {open && <FromNoteDialog note={note} made={made} onClose={() => setOpen(false)} />}
    </>
  );
}
