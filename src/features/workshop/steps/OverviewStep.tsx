// Why: the facilitator's overview of the session: what was discussed, parked or set aside
// per topic, the parking lot (parked questions and open questions that still have to come back), who is missing at the table,
// the agenda (editable, with the time used per step) and the photos of the whole workshop.
import { Link } from '../../../shell/Link';
import { hasGoal } from '../../../domain/goal';
import { sessionTotals, skippedQuestions, topicProgress } from '../../../domain/progress';
import { missingKeyRoles } from '../../../domain/roles';
import { useT } from '../../../i18n/use-t';
import { TableRegion } from '../../../ui/TableRegion';
import { Alert } from '../../../ui/Alert';
import { AgendaEditor } from './AgendaEditor';
import { ParkingLot } from './ParkingLot';
import { ClosingSummary } from '../closing/ClosingSummary';
import { PhotoStrip } from '../photos/PhotoStrip';
import { roleLabel } from '../../shared/labels';
import { sectionHref } from '../sections';
import { StepIntro } from '../StepIntro';
import { useNoteCountsData, useWorkshopData } from '../workshop-context';

export function OverviewStep() {
  const { t, lang } = useT();
  const { workshop, index, participants, states } = useWorkshopData();
  const noteCounts = useNoteCountsData();
  const progress = index.shapes.map((s) => topicProgress(s, states, noteCounts));
  const totals = sessionTotals(progress);
  const skipped = skippedQuestions(index.shapes, states);
  const missing = missingKeyRoles(participants);
  const question = (id: string) => index.question(id as never)?.question.text[lang] ?? id;

  return (
    <section aria-labelledby="step-title" class="step">
      <StepIntro id="step-title" title={t('workshop:steps.overview')} />
      <dl class="totals">
        <div>
          <dt>{t('workshop:overview.discussed')}</dt>
          <dd>{t('workshop:overview.ofQuestions', { count: totals.discussed, total: totals.questions })}</dd>
        </div>
        <div>
          <dt>{t('workshop:overview.parked')}</dt>
          <dd>{totals.parked}</dd>
        </div>
        <div>
          <dt>{t('workshop:overview.notApplicable')}</dt>
          <dd>{totals.notApplicable}</dd>
        </div>
        <div>
          <dt>{t('workshop:overview.notes')}</dt>
          <dd>{totals.notes}</dd>
        </div>
      </dl>

      {!hasGoal(workshop.goal) && (
        <Alert type="warning">
          {t('workshop:goal.emptyWarning')}{' '}
          <Link class="nl-link" href={sectionHref(workshop.id, 'goal')}>
            {t('workshop:goal.fillIn')}
          </Link>
        </Alert>
      )}
      {missing.length > 0 && (
        <Alert type="warning">
          <strong>{t('workshop:participants.missingTitle')}</strong> {missing.map(roleLabel).join(', ')}.
        </Alert>
      )}

      <ClosingSummary />

      <ParkingLot />

      <section class="panel" aria-labelledby="topics-title">
        <h3 class="nl-heading nl-heading--level-2" id="topics-title">
          {t('workshop:overview.topicsTitle', { done: totals.topicsDone, total: progress.length })}
        </h3>
        <TableRegion label={t('workshop:overview.topicsTable')}>
        <table class="utrecht-table progress-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('workshop:overview.topic')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('workshop:overview.discussed')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('workshop:overview.parked')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('workshop:overview.notApplicable')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('workshop:overview.open')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('workshop:overview.notes')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {progress.map((p) => (
              <tr key={p.topicId} class="utrecht-table__row" data-topic={p.topicId}>
                <th class="utrecht-table__cell" scope="row">
                  <Link class="nl-link link-target" href={sectionHref(workshop.id, `topic:${p.topicId}`)}>
                    {index.topic(p.topicId)?.title[lang]}
                  </Link>
                </th>
                <td class="utrecht-table__cell">{p.discussed} / {p.total}</td>
                <td class="utrecht-table__cell">{p.parked}</td>
                <td class="utrecht-table__cell">{p.notApplicable}</td>
                <td class="utrecht-table__cell">{p.open}</td>
                <td class="utrecht-table__cell">{p.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableRegion>
      </section>

      {skipped.length > 0 && (
        <section class="panel" aria-labelledby="skipped-title">
          <h3 class="nl-heading nl-heading--level-2" id="skipped-title">
            {t('workshop:overview.skippedTitle', { count: skipped.length })}
          </h3>
          <ul class="plain-list">
            {skipped.map((p) => (
              <li key={p.questionId} class="list-row">
                <div>
                  <Link class="nl-link link-target" href={`${sectionHref(workshop.id, `topic:${p.topicId}`)}#vraag-${p.questionId}`}>
                    {question(p.questionId)}
                  </Link>
                  <div class={p.reason ? 'subtle' : 'error-text'} lang={p.reason ? workshop.lang : undefined}>
                    {p.reason || t('workshop:status.reasonRequired')}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <AgendaEditor />
      <PhotoStrip target={{ kind: 'workshop' }} title={t('workshop:photos.workshopTitle')} />
    </section>
  );
}
