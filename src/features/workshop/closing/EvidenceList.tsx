// Why: next to each precondition, what the workshop recorded that bears on it, each piece with
// what it is and where it comes from (a link to that board or step), so the group judges with
// the concerns, open questions and gaps in view. It states facts only; it proposes no state.
import { Link } from '../../../shell/Link';
import type { Evidence } from '../../../domain/precondition-evidence';
import type { QuestionId } from '../../../domain/ids';
import { topicStep } from '../../../domain/steps';
import { useT } from '../../../i18n/use-t';
import { roleLabel } from '../../shared/labels';
import { sectionHref, sectionLabel, type Section } from '../sections';
import { useWorkshopData } from '../workshop-context';

type Kind = 'goal' | 'roles' | 'concern' | 'question' | 'not-discussed' | 'not-applicable' | 'condition';

function kindOf(e: Evidence): Kind {
  switch (e.kind) {
    case 'goal-empty':
    case 'goal-limits':
    case 'goal-limits-empty':
    case 'data-sets-empty':
    case 'outcome-role-undecided':
    case 'late-phase':
      return 'goal';
    case 'nobody-listed':
    case 'role-absent':
      return 'roles';
    case 'note':
      return e.note;
    case 'not-discussed':
      return 'not-discussed';
    case 'not-applicable':
      return 'not-applicable';
    case 'open-condition':
      return 'condition';
  }
}

function whereOf(e: Evidence): Section {
  switch (kindOf(e)) {
    case 'goal':
      return 'goal';
    case 'roles':
      return 'participants';
    case 'condition':
      return 'actions';
    default:
      return 'topicId' in e ? topicStep(e.topicId) : 'overview';
  }
}

function useEvidenceText(): (e: Evidence) => string {
  const { t, lang } = useT();
  const { index } = useWorkshopData();
  const question = (id: QuestionId) => index.question(id)?.question.text[lang] ?? id;
  return (e) => {
    switch (e.kind) {
      case 'goal-limits':
        return t('decision:preconditions.evidence.goal-limits', { text: e.text });
      case 'late-phase':
        return t('decision:preconditions.evidence.late-phase', { phase: t(`workshop:goal.phases.${e.phase}`) });
      case 'role-absent':
        return t(e.key ? 'decision:preconditions.evidence.role-absent-key' : 'decision:preconditions.evidence.role-absent', { role: roleLabel(e.role) });
      case 'note':
        return e.text;
      case 'not-discussed': {
        const count = t('decision:preconditions.evidence.not-discussed', { count: e.questionIds.length });
        return e.parked > 0 ? `${count} ${t('decision:preconditions.evidence.parked', { count: e.parked })}` : count;
      }
      case 'not-applicable':
        return `${question(e.questionId)} (${e.reason || t('decision:preconditions.evidence.noReason')})`;
      case 'open-condition':
        return `${e.title} (${t(`decision:status.${e.status}`)})`;
      default:
        return t(`decision:preconditions.evidence.${e.kind}`);
    }
  };
}

function keyOf(e: Evidence, i: number): string {
  if (e.kind === 'note') return e.noteId;
  if (e.kind === 'open-condition') return e.actionPointId;
  if (e.kind === 'role-absent') return `role-${e.role}`;
  if (e.kind === 'not-discussed') return `open-${e.topicId}`;
  if (e.kind === 'not-applicable') return `na-${e.questionId}`;
  return `${e.kind}-${i}`;
}

export function EvidenceList({ evidence, labelledBy }: { evidence: readonly Evidence[]; labelledBy: string }) {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const text = useEvidenceText();
  const place = (e: Evidence) => sectionLabel(whereOf(e), index, lang);
  return (
    <section class="evidence" aria-labelledby={labelledBy}>
      <h4 class="evidence__title" id={labelledBy}>
        {t('decision:preconditions.evidence.title')}
      </h4>
      {evidence.length === 0 ? (
        <p class="evidence__none">{t('decision:preconditions.evidence.none')}</p>
      ) : (
        <>
          <p class="evidence__hint subtle">{t('decision:preconditions.evidence.hint')}</p>
          <ul class="plain-list evidence__list">
            {evidence.map((e, i) => {
              const kind = kindOf(e);
              return (
                <li key={keyOf(e, i)} class={`evidence__item evidence__item--${kind}`} data-evidence={e.kind}>
                  <span class="evidence__kind">{t(`decision:preconditions.evidence.kinds.${kind}`)}</span>
                  <span class="evidence__text prewrap">{text(e)}</span>
                  <Link class="nl-link evidence__where" href={sectionHref(workshop.id, whereOf(e))}>
                    {t('decision:preconditions.evidence.where', { place: place(e) })}
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
