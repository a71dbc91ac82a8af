// Why: the progress overview that is always at hand: every step in session order, where the
// group is, what is done, and which key roles are missing. Plain links, so keyboard and
// screen reader users move through the session the same way.
import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Link } from '../../shell/Link';
import { topicProgress, type StepStatus } from '../../domain/progress';
import { fixedStepStatus } from '../../domain/step-status';
import { CLOSING_STEPS, OPENING_STEPS, type FixedStep } from '../../domain/steps';
import { missingKeyRoles } from '../../domain/roles';
import type { TopicId } from '../../domain/ids';
import { useT } from '../../i18n/use-t';
import { useStepFacts } from './closing/use-step-facts';
import { roleLabel } from '../shared/labels';
import { sectionHref, type Section, sectionLabel } from './sections';
import { useNoteCountsData, useWorkshopData } from './workshop-context';

const MARK: Record<StepStatus, string> = { empty: '○', started: '◐', done: '●' };

/** `onClose`: set while the list is open over the step (portrait); Escape then closes it. */
export function StepRail({ current, onNavigate, onClose }: { current: Section; onNavigate?: () => void; onClose?: () => void }) {
  const { t, lang } = useT();
  const { workshop, index, participants, states } = useWorkshopData();
  const noteCounts = useNoteCountsData();
  const missing = missingKeyRoles(participants);
  const { facts, openActions } = useStepFacts();
  // In landscape the rail scrolls on its own: keep the current step in view there, without
  // moving the page itself.
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const box = nav.current?.parentElement;
    const here = nav.current?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!box || !here || box.scrollHeight <= box.clientHeight) return;
    const top = here.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop || top + here.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }, [current]);
  const item = (section: Section, status: StepStatus | null, extra?: { count: number; label: string }) => (
    <li key={section}>
      <Link class={`rail__link rail__link--${status ?? 'plain'}`} href={sectionHref(workshop.id, section)} aria-current={section === current ? 'step' : undefined} onClick={onNavigate}>
        <span class="rail__mark" aria-hidden="true">
          {status ? MARK[status] : section === 'poster' ? '▦' : '☰'}
        </span>
        <span class="rail__label">{sectionLabel(section, index, lang)}</span>
        {extra && (
          <span class="rail__extra" title={extra.label}>
            <span aria-hidden="true">{extra.count}</span>
            <span class="visually-hidden">{extra.label}</span>
          </span>
        )}
        {status && <span class="visually-hidden">{t(`workshop:status.${status}`)}</span>}
      </Link>
    </li>
  );
  // A fixed step with its state; the action points step also says how many are still open.
  const fixedItem = (step: FixedStep) =>
    item(step, fixedStepStatus(step, facts), step === 'actions' && openActions > 0 ? { count: openActions, label: t('workshop:rail.openActions', { count: openActions }) } : undefined);
  return (
    <nav
      class="rail"
      aria-label={t('workshop:rail.label')}
      ref={nav}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onClose) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <ol class="rail__list">
        {item('overview', null)}
        {item('poster', null)}
      </ol>
      <p class="rail__group" id="rail-opening">
        {t('workshop:rail.opening')}
      </p>
      <ol class="rail__list" aria-labelledby="rail-opening">{OPENING_STEPS.map(fixedItem)}</ol>
      {index.pack.groups.map((g) => (
        <Fragment key={g.id}>
          <p class="rail__group" id={`rail-${g.id}`}>
            {g.title[lang]}
          </p>
          <ol class="rail__list" aria-labelledby={`rail-${g.id}`}>
            {g.topics.map((topic) => {
              const shape = index.shapes.find((s) => s.id === topic.id);
              const p = shape ? topicProgress(shape, states, noteCounts) : null;
              return item(`topic:${topic.id as TopicId}`, p?.status ?? 'empty', p && p.notes > 0 ? { count: p.notes, label: t('workshop:rail.notes', { count: p.notes }) } : undefined);
            })}
          </ol>
        </Fragment>
      ))}
      <p class="rail__group" id="rail-closing">
        {t('decision:rail.closing')}
      </p>
      <ol class="rail__list" aria-labelledby="rail-closing">
        {CLOSING_STEPS.map(fixedItem)}
        {item('report', null)}
      </ol>
      {missing.length > 0 && (
        <p class="rail__missing">
          <strong>{t('workshop:rail.missing')}</strong> {missing.map(roleLabel).join(', ')}
        </p>
      )}
    </nav>
  );
}
