// Why: one form for a new workshop and for changing an existing one's details. Only the
// title is required; an empty or too long field gets a message at the field, focus goes
// there, and nothing is saved until it is right. A failed save keeps the dialog and its text.
import { useRef, useState } from 'preact/hooks';
import { isIsoDate, todayIso, type IsoDate } from '../../domain/time';
import { MAX_FIELD, MAX_TITLE, normaliseMeta, type MetaProblem, type WorkshopMeta } from '../../domain/workshop';
import { useT } from '../../i18n/use-t';
import type { StorageProblem } from '../../storage/storage-events';
import { Alert } from '../../ui/Alert';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import type { ContentPack } from '../../content/pack-types';
import { PackChoice } from './PackChoice';
import { CancelAndSubmit } from '../shared/CancelAndSubmit';

type Props = {
  mode: 'create' | 'edit';
  initial?: WorkshopMeta;
  onClose: () => void;
  /** `pack`: the pack chosen for a new workshop, null for the built-in one. */
  onSave: (meta: WorkshopMeta, pack: ContentPack | null) => Promise<{ ok: true } | { ok: false; problem: StorageProblem }>;
};

const EMPTY: WorkshopMeta = { title: '', organisation: '', dataProject: '', date: null, place: '', facilitator: '' };

export function WorkshopFormDialog({ mode, initial, onClose, onSave }: Props) {
  const { t } = useT();
  const [meta, setMeta] = useState<WorkshopMeta>(initial ?? { ...EMPTY, date: todayIso() });
  const [dateText, setDateText] = useState<string>(meta.date ?? '');
  const [problems, setProblems] = useState<MetaProblem[]>([]);
  const [saveProblem, setSaveProblem] = useState<StorageProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [pack, setPack] = useState<ContentPack | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement | HTMLTextAreaElement>());

  const set = (field: keyof WorkshopMeta) => (value: string) => {
    setMeta((m) => ({ ...m, [field]: value }));
    setProblems((ps) => ps.filter((p) => p.field !== field));
  };
  const errorFor = (field: keyof WorkshopMeta): string | null => {
    const p = problems.find((x) => x.field === field);
    if (!p) return null;
    if (p.problem === 'required') return t('home:form.errors.titleRequired');
    if (p.problem === 'invalid') return t('home:form.errors.dateInvalid');
    return t('home:form.errors.tooLong', { max: field === 'title' ? MAX_TITLE : MAX_FIELD });
  };
  const ref = (field: string) => (el: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (el) inputs.current.set(field, el);
  };

  const submit = async () => {
    if (busy) return;
    const date = dateText === '' ? null : isIsoDate(dateText) ? (dateText as IsoDate) : undefined;
    const { meta: clean, problems: found } = normaliseMeta({ ...meta, date: date ?? null });
    if (date === undefined) found.push({ field: 'date', problem: 'invalid' });
    if (found.length > 0) {
      setProblems(found);
      inputs.current.get(found[0]?.field ?? 'title')?.focus();
      return;
    }
    setBusy(true);
    setSaveProblem(null);
    const result = await onSave(clean, pack);
    setBusy(false);
    if (!result.ok) setSaveProblem(result.problem);
  };

  return (
    <Dialog
      open
      title={t(mode === 'create' ? 'home:form.createTitle' : 'home:form.editTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={<CancelAndSubmit onCancel={onClose} submit={t(mode === 'create' ? 'home:form.create' : 'home:form.save')} busy={busy} />}
    >
      <p class="nl-paragraph subtle">{t('home:form.intro')}</p>
      {saveProblem && (
        <Alert type="error" live>
          {t(`storage.problem.${saveProblem}`)}
        </Alert>
      )}
      <TextField
        label={t('home:form.title')}
        description={t('home:form.titleHint')}
        value={meta.title}
        onInput={set('title')}
        error={errorFor('title')}
        required
        inputRef={ref('title')}
        name="title"
      />
      <div class="field-grid">
        <TextField label={t('home:form.organisation')} value={meta.organisation} onInput={set('organisation')} error={errorFor('organisation')} inputRef={ref('organisation')} name="organisation" autoComplete="organization" />
        <TextField label={t('home:form.dataProject')} value={meta.dataProject} onInput={set('dataProject')} error={errorFor('dataProject')} inputRef={ref('dataProject')} name="dataProject" />
        <TextField
          label={t('home:form.date')}
          type="date"
          value={dateText}
          onInput={(v) => {
            setDateText(v);
            setProblems((ps) => ps.filter((p) => p.field !== 'date'));
          }}
          error={errorFor('date')}
          inputRef={ref('date')}
          name="date"
        />
        <TextField label={t('home:form.place')} value={meta.place} onInput={set('place')} error={errorFor('place')} inputRef={ref('place')} name="place" />
        <TextField label={t('home:form.facilitator')} value={meta.facilitator} onInput={set('facilitator')} error={errorFor('facilitator')} inputRef={ref('facilitator')} name="facilitator" autoComplete="name" />
      </div>
      {mode === 'create' && <PackChoice onChange={setPack} />}
    </Dialog>
  );
}
