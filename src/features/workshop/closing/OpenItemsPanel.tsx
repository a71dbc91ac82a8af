// Why: before "go" or "go under conditions" the group sees what is still open (questions not
// discussed, preconditions not judged, key roles missing, conditions open), each with the way
// to it, and, while anything is open, must say in a sentence why it goes ahead anyway. The
// list and the wording of the record come from the same pure check (domain/decision-check).
import { Link } from '../../../shell/Link';
import { needsGoAheadReason, type GoAheadWords, type OpenItems } from '../../../domain/decision-check';
import type { Outcome } from '../../../domain/decision';
import type { TopicId } from '../../../domain/ids';
import { useT } from '../../../i18n/use-t';
import { TextField } from '../../../ui/TextField';
import { roleLabel } from '../../shared/labels';
import { sectionHref } from '../sections';
import { useWorkshopData } from '../workshop-context';
import { preconditionName } from '../../shared/closing-labels';

const list = (items: readonly string[]) => items.join(', ');

/** The words of the marked paragraph, in the interface's language (the one the group typed in). */
export function useGoAheadWords(): (items: OpenItems) => GoAheadWords {
  const { t } = useT();
  return (items) => {
    const parts = [
      items.questions.open > 0 ? t('decision:decision.check.recordQuestions', { count: items.questions.open, total: items.questions.total }) : '',
      items.notJudged.length > 0 ? t('decision:decision.check.recordNotJudged', { names: list(items.notJudged.map(preconditionName)) }) : '',
      items.missingRoles.length > 0 ? t('decision:decision.check.recordRoles', { roles: list(items.missingRoles.map(roleLabel)) }) : '',
    ].filter(Boolean);
    return { heading: t('decision:decision.check.recordHeading'), summary: `${parts.join('; ')}.`, reasonLabel: t('decision:decision.check.recordReason') };
  };
}

type Props = {
  outcome: Outcome | null;
  items: OpenItems;
  reason: string;
  onReason: (reason: string) => void;
  error: string | null;
  fieldRef: (el: HTMLInputElement | HTMLTextAreaElement | null) => void;
};

export function OpenItemsPanel({ outcome, items, reason, onReason, error, fieldRef }: Props) {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const href = (s: Parameters<typeof sectionHref>[1]) => sectionHref(workshop.id, s);
  const rows = [
    items.questions.open > 0 && (
      <li key="questions" class="open-items__item" data-open="questions">
        <span>
          <strong>{t('decision:decision.check.questions', { count: items.questions.open, total: items.questions.total })}</strong>
          <span class="open-items__topics">{list(items.questions.topics.map((x) => `${index.topic(x.topicId as TopicId)?.title[lang] ?? x.topicId} (${x.open})`))}</span>
        </span>
        <Link class="nl-link link-target" href={href('overview')}>
          {t('decision:decision.check.toOverview')}
        </Link>
      </li>
    ),
    items.notJudged.length > 0 && (
      <li key="preconditions" class="open-items__item" data-open="preconditions">
        <strong>{t('decision:decision.check.notJudged', { count: items.notJudged.length, names: list(items.notJudged.map(preconditionName)) })}</strong>
        <Link class="nl-link link-target" href={href('preconditions')}>
          {t('decision:decision.check.toPreconditions')}
        </Link>
      </li>
    ),
    items.missingRoles.length > 0 && (
      <li key="roles" class="open-items__item" data-open="roles">
        <strong>{t('decision:decision.check.missingRoles', { count: items.missingRoles.length, roles: list(items.missingRoles.map(roleLabel)) })}</strong>
        <Link class="nl-link link-target" href={href('participants')}>
          {t('decision:decision.check.toParticipants')}
        </Link>
      </li>
    ),
    items.openConditions.length > 0 && (
      <li key="conditions" class="open-items__item" data-open="conditions">
        <strong>{t('decision:decision.check.conditions', { count: items.openConditions.length, titles: list(items.openConditions.map((p) => p.title)) })}</strong>
        <Link class="nl-link link-target" href={href('actions')}>
          {t('decision:decision.toActions')}
        </Link>
      </li>
    ),
  ].filter(Boolean);
  if (rows.length === 0) return null;
  const ask = needsGoAheadReason(outcome, items);
  return (
    <section class="open-items" aria-labelledby="open-items-title">
      <h4 class="open-items__title" id="open-items-title">
        {t('decision:decision.check.title')}
      </h4>
      {ask && <p class="open-items__intro">{t('decision:decision.check.intro')}</p>}
      <ul class="plain-list open-items__list">{rows}</ul>
      {ask && (
        <TextField
          label={t('decision:decision.check.reason')}
          description={t('decision:decision.check.reasonHint')}
          required
          value={reason}
          onInput={onReason}
          error={error}
          inputRef={fieldRef}
          multiline
          rows={2}
          maxLength={5000}
        />
      )}
    </section>
  );
}
