// Why: an evaluation session is only worth its time if the group sees what changed since the
// first one: per precondition (better, worse, the same; only between two judgements of the
// group, never against a proposal nobody confirmed), per topic (what was discussed and how
// many concerns then and now, which questions moved), the carried-over action points, the
// goal and the decision. Shown on the evaluation's overview.
import { Link } from '../../../shell/Link';
import { hrefOf } from '../../../shell/router';
import { compareSessions, type Direction, type TopicFigures } from '../../../domain/evaluation';
import type { PreconditionState } from '../../../domain/preconditions';
import { useT } from '../../../i18n/use-t';
import { comparisonData } from '../../../storage/evaluation-repo';
import { useLive } from '../../../storage/live';
import { Alert } from '../../../ui/Alert';
import { sectionHref } from '../sections';
import { useWorkshopData } from '../workshop-context';
import { preconditionName } from '../../shared/closing-labels';
import './closing.css';

const ARROW: Record<Direction, string> = { better: '↑', worse: '↓', same: '=', 'not-comparable': '?', 'not-judged': '–' };

function Figure({ before, after, notYet }: { before: number; after: number; notYet: boolean }) {
  const { t } = useT();
  return <span class={`cmp-figure${!notYet && after !== before ? ' cmp-figure--changed' : ''}`}>{t('decision:comparison.figure', { before, after: notYet ? '–' : after })}</span>;
}

export function ComparisonPanel() {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const data = useLive(() => comparisonData(workshop), [workshop.id]);
  if (data.status === 'error') return <Alert type="error">{t(`storage.problem.${data.problem}`)}</Alert>;
  if (data.status === 'loading') return null;
  if (data.value.kind === 'first-gone')
    return (
      <section class="panel comparison" aria-labelledby="cmp-title">
        <h3 class="nl-heading nl-heading--level-2" id="cmp-title">
          {t('decision:comparison.title')}
        </h3>
        <p class="nl-paragraph subtle">{t('decision:comparison.firstGone')}</p>
      </section>
    );
  const { first, before, after } = data.value;
  const c = compareSessions(index.shapes, before, after);
  const judged = (s: PreconditionState | null) => (s === null ? <span class="cmp-unjudged">{t('decision:comparison.notJudged')}</span> : t(`decision:preconditions.states.${s}`));
  const outcome = (o: string | null) => (o ? t(`decision:decision.outcomes.${o as 'go'}`) : t('decision:comparison.noDecision'));
  const discussed = (f: TopicFigures) => f.discussed;
  return (
    <section class="panel comparison" aria-labelledby="cmp-title">
      <h3 class="nl-heading nl-heading--level-2" id="cmp-title">
        {t('decision:comparison.title')}
      </h3>
      <p class="nl-paragraph">
        {t('decision:comparison.intro', { title: first.title })}{' '}
        <Link class="nl-link" href={hrefOf({ name: 'workshop', id: first.id, section: 'overview' })}>
          {t('decision:evaluation.toFirst')}
        </Link>
      </p>
      <ul class="cmp-facts">
        <li>{c.goalChanged ? t('decision:comparison.goalChanged') : t('decision:comparison.goalSame')}</li>
        <li>
          {c.carriedOver.carried === 0
            ? t('decision:comparison.carriedNone')
            : t('decision:comparison.carriedLine', { count: c.carriedOver.carried, done: c.carriedOver.done, dropped: c.carriedOver.dropped, open: c.carriedOver.stillOpen })}
        </li>
        <li>{t('decision:comparison.decisionLine', { before: outcome(c.decision.before), after: outcome(c.decision.after) })}</li>
      </ul>

      <h4 class="cmp-subtitle">{t('decision:comparison.preconditionsTitle')}</h4>
      <table class="utrecht-table cmp-table">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{t('decision:comparison.precondition')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('decision:comparison.then')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('decision:comparison.now')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('decision:comparison.change')}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {c.preconditions.map((p) => (
            <tr key={p.precondition} class="utrecht-table__row" data-precondition={p.precondition}>
              <th class="utrecht-table__cell" scope="row">
                {preconditionName(p.precondition)}
              </th>
              <td class="utrecht-table__cell">{judged(p.before)}</td>
              <td class="utrecht-table__cell">{judged(p.after)}</td>
              <td class="utrecht-table__cell">
                <span class={`cmp-dir cmp-dir--${p.direction}`}>
                  <span aria-hidden="true">{ARROW[p.direction]} </span>
                  {t(`decision:comparison.directions.${p.direction}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="nl-paragraph subtle cmp-hint">{t('decision:comparison.preconditionsHint')}</p>

      <h4 class="cmp-subtitle">{t('decision:comparison.topicsTitle')}</h4>
      <table class="utrecht-table cmp-table cmp-table--topics">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{t('decision:comparison.topic')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('decision:comparison.discussed')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('decision:comparison.concerns')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('decision:comparison.notes')}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {c.topics.map((row) => (
            <tr key={row.topicId} class="utrecht-table__row" data-topic={row.topicId}>
              <th class="utrecht-table__cell" scope="row">
                <Link class="nl-link" href={sectionHref(workshop.id, `topic:${row.topicId}`)}>
                  {index.topic(row.topicId)?.title[lang]}
                </Link>
                {row.notYet && <span class="cmp-note subtle">{t('decision:comparison.notYet')}</span>}
                {row.questions.map((q) => (
                  <span key={q.questionId} class="cmp-note">
                    {t('decision:comparison.questionChange', {
                      question: index.question(q.questionId)?.question.text[lang] ?? q.questionId,
                      before: t(`workshop:status.${q.before}`),
                      after: t(`workshop:status.${q.after}`),
                    })}
                  </span>
                ))}
              </th>
              <td class="utrecht-table__cell">
                <Figure before={discussed(row.before)} after={discussed(row.after)} notYet={row.notYet} />
              </td>
              <td class="utrecht-table__cell">
                <Figure before={row.before.concerns} after={row.after.concerns} notYet={row.notYet} />
              </td>
              <td class="utrecht-table__cell">
                <Figure before={row.before.notes} after={row.after.notes} notYet={row.notYet} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
