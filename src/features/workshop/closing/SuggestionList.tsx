// Why: a precondition the group judged missing or partly in place comes with suggested action points
// (from the eight recommendations). The group takes one on as it is, adapts it first, or
// sets it aside; set-aside suggestions are remembered and can be brought back.
import { useState } from 'preact/hooks';
import { showNotice } from '../../../shell/notices';
import type { ActionPoint } from '../../../domain/action-point';
import { titleProblem, type DraftProblem } from '../../../domain/action-rules';
import type { Precondition, PreconditionAssessment, PreconditionState } from '../../../domain/preconditions';
import { suggestionsFor, type Suggestion } from '../../../domain/recommendations';
import { useT } from '../../../i18n/use-t';
import { addActionPoint, EMPTY_DRAFT, type ActionDraft } from '../../../storage/action-points-repo';
import { dismissSuggestion, restoreSuggestion } from '../../../storage/decision-repo';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useWorkshopData } from '../workshop-context';
import { ActionPointForm } from './ActionPointForm';
import { CancelAndSubmit } from '../../shared/CancelAndSubmit';

function useSuggestionDraft(): (s: Suggestion) => ActionDraft {
  const { t } = useT();
  return (s) => ({
    ...EMPTY_DRAFT,
    title: t(`decision:suggestions.${s.key}.title`),
    description: t(`decision:suggestions.${s.key}.description`),
    owner: { kind: 'role', role: s.ownerRole },
    priority: s.priority,
    precondition: s.precondition,
  });
}

function AdaptDialog({ suggestion, onClose }: { suggestion: Suggestion; onClose: () => void }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const toDraft = useSuggestionDraft();
  const [draft, setDraft] = useState<ActionDraft>(() => toDraft(suggestion));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const submit = async () => {
    const p = titleProblem(draft.title);
    if (p) return setProblem(p);
    const r = await addActionPoint(workshop.id, draft, { kind: 'precondition', precondition: suggestion.precondition, suggestion: suggestion.key });
    if (r.ok) {
      showNotice({ id: `suggestion-${suggestion.key}`, text: t('decision:preconditions.accepted', { title: draft.title.trim() }), tone: 'info', dismissible: true, timeoutMs: 6000, actions: [] });
      onClose();
    } else if ('refused' in r) setProblem(r.refused);
  };
  return (
    <Dialog
      open
      title={t('decision:preconditions.adaptTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={<CancelAndSubmit onCancel={onClose} submit={t('decision:preconditions.accept')} />}
    >
      <ActionPointForm draft={draft} onChange={(d) => { setDraft(d); setProblem(null); }} problem={problem} quick name={`adapt-${suggestion.key}`} />
    </Dialog>
  );
}

/** `state`: the group's judgement, or null while it has not judged (then nothing is suggested). */
type Props = { precondition: Precondition; state: PreconditionState | null; assessment: PreconditionAssessment; points: readonly ActionPoint[] };

export function SuggestionList({ precondition, state, assessment, points }: Props) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const toDraft = useSuggestionDraft();
  const [adapting, setAdapting] = useState<Suggestion | null>(null);
  const offered = state === null ? [] : suggestionsFor(precondition, state, assessment, points);
  const taken = points.filter((p) => p.origin.kind === 'precondition' && p.origin.precondition === precondition);
  if (offered.length === 0 && taken.length === 0) return null;

  const accept = async (s: Suggestion) => {
    const draft = toDraft(s);
    const r = await addActionPoint(workshop.id, draft, { kind: 'precondition', precondition, suggestion: s.key });
    if (r.ok) showNotice({ id: `suggestion-${s.key}`, text: t('decision:preconditions.accepted', { title: draft.title }), tone: 'info', dismissible: true, timeoutMs: 6000, actions: [] });
  };
  const dismiss = async (s: Suggestion) => {
    const r = await dismissSuggestion(workshop.id, precondition, s.key);
    if (r.ok)
      showNotice({
        id: `dismiss-${s.key}`,
        text: t('decision:preconditions.dismissed'),
        tone: 'info',
        dismissible: true,
        timeoutMs: 10000,
        actions: [{ label: t('actions.undo'), primary: true, run: () => void restoreSuggestion(workshop.id, precondition, s.key) }],
      });
  };

  return (
    <div class="suggestions-box">
      <h4 class="suggestions-box__title">{t('decision:preconditions.suggestionsTitle')}</h4>
      <ul class="plain-list">
        {offered.map((s) => {
          const title = t(`decision:suggestions.${s.key}.title`);
          return (
            <li key={s.key} class="suggestion" data-suggestion={s.key}>
              <p class="suggestion__title">{title}</p>
              <p class="suggestion__description">{t(`decision:suggestions.${s.key}.description`)}</p>
              <p class="suggestion__source subtle">{t('decision:preconditions.recommendation', { name: t(`decision:recommendations.${s.recommendation}`) })}</p>
              <div class="row">
                <Button appearance="secondary" onClick={() => void accept(s)} aria-label={t('decision:preconditions.acceptLabel', { title })}>
                  {t('decision:preconditions.accept')}
                </Button>
                <Button appearance="subtle" onClick={() => setAdapting(s)} aria-label={t('decision:preconditions.adaptLabel', { title })}>
                  {t('decision:preconditions.adapt')}
                </Button>
                <Button appearance="subtle" onClick={() => void dismiss(s)} aria-label={t('decision:preconditions.dismissLabel', { title })}>
                  {t('decision:preconditions.dismiss')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      {taken.length > 0 && <p class="suggestions-box__taken">✓ {t('decision:preconditions.acceptedList', { titles: taken.map((p) => p.title).join('; ') })}</p>}
      {adapting && <AdaptDialog suggestion={adapting} onClose={() => setAdapting(null)} />}
    </div>
  );
}
