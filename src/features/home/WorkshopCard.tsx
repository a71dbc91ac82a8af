// Why: one workshop on the home screen: what it is, when it last changed, and the actions a
// facilitator needs between sessions. Every action is a visible button with a full label.
import { Fragment } from 'preact';
import { Link } from '../../shell/Link';
import { hrefOf } from '../../shell/router';
import { needsExport, type Workshop } from '../../domain/workshop';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { formatDate, formatMoment } from '../../i18n/format';
import type { PointsSummary } from '../../domain/follow-up';
import { CardFollowUp } from '../follow-up/CardFollowUp';

/** `summary`: its action points (undefined while they are read, or when it has none). */
type Props = { workshop: Workshop; summary: PointsSummary | undefined; onEdit: () => void; onDuplicate: () => void; onDelete: () => void };

export function WorkshopCard({ workshop: w, summary, onEdit, onDuplicate, onDelete }: Props) {
  const { t, lang } = useT();
  // Content fields are in the workshop's language; the date is formatted in the interface's.
  const rows: [string, string, boolean][] = (
    [
      [t('home:card.organisation'), w.organisation, true],
      [t('home:card.dataProject'), w.dataProject, true],
      [t('home:card.date'), formatDate(w.date, lang), false],
      [t('home:card.place'), w.place, true],
      [t('home:card.facilitator'), w.facilitator, true],
    ] as [string, string, boolean][]
  ).filter(([, v]) => v !== '');
  return (
    <li class="card" data-workshop-id={w.id}>
      <h2 class="card__title" lang={w.lang}>
        <Link href={hrefOf({ name: 'workshop', id: w.id, section: null })}>{w.title}</Link>
      </h2>
      {w.kind === 'evaluation' && <span class="badge">{t('home:card.evaluation')}</span>}
      {rows.length > 0 && (
        <dl class="card__meta">
          {rows.map(([k, v, content]) => (
            <Fragment key={k}>
              <dt>{k}</dt>
              <dd lang={content ? w.lang : undefined}>{v}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <CardFollowUp summary={summary} />
      <p class="card__changed subtle">
        {t('home:card.changed')}: <time dateTime={w.updatedAt}>{formatMoment(w.updatedAt, lang)}</time>
        {needsExport(w) && <span data-export-reminder> · {w.lastExportedAt ? t('home:card.changedSinceExport') : t('home:card.neverExported')}</span>}
      </p>
      <div class="card__actions row" role="group" aria-label={t('home:card.actions', { title: w.title })}>
        <Button appearance="subtle" onClick={onEdit} aria-label={t('home:card.editLabel', { title: w.title })}>
          {t('home:card.edit')}
        </Button>
        <Button appearance="subtle" onClick={onDuplicate} aria-label={t('home:card.duplicateLabel', { title: w.title })}>
          {t('home:card.duplicate')}
        </Button>
        <Button appearance="subtle" danger onClick={onDelete} aria-label={t('home:card.deleteLabel', { title: w.title })}>
          {t('home:card.delete')}
        </Button>
      </div>
    </li>
  );
}
