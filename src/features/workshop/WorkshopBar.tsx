// Why: the bar above every step: which workshop this is, the way to the list of steps on a
// portrait tablet, the step's countdown, and the table-view controls (larger type; turn the
// screen for the other side of the table).
// On the poster of a portrait tablet the way back and the turn show as signs only (their words
// stay for a screen reader), so the clock keeps its line. On a topic's table poster the bar is
// the board's only chrome: the topic's name (its menu of tools, the list of steps among them)
// beside the clock, and the previous and next topic at its end (topic/TopicBar.tsx).
import { Link } from '../../shell/Link';
import { topicOfStep, type StepKey } from '../../domain/steps';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { StepTimer } from './StepTimer';
import { useTableView } from './table-view';
import { missingKeyRoles } from '../../domain/roles';
import { roleLabel } from '../shared/labels';
import { useWorkshopData } from './workshop-context';
import { useBoardLayout } from './board-mode';
import { TopicHead, TopicNav } from './topic/TopicBar';

export function WorkshopBar({ step, railOpen, onToggleRail }: { step: StepKey | null; railOpen: boolean; onToggleRail: () => void }) {
  const { t } = useT();
  const { workshop, participants } = useWorkshopData();
  const view = useTableView();
  const missing = missingKeyRoles(participants);
  const { layout } = useBoardLayout(false);
  const topicId = step ? topicOfStep(step) : null;
  const poster = topicId !== null && layout === 'table';
  return (
    <div class={`wbar${poster ? ' wbar--poster' : ''}`}>
      <div class="wbar__title">
        <Link class="nl-link wbar__back" href="/">
          <span class="wbar__icon" aria-hidden="true">
            ‹
          </span>
          <span class="wbar__word">{t('nav.back')}</span>
        </Link>
        <h1 class="wbar__name" lang={workshop.lang}>{workshop.title}</h1>
        {missing.length > 0 && (
          <p class="wbar__missing">
            <strong>{t('workshop:rail.missing')}</strong> {missing.map(roleLabel).join(', ')}
          </p>
        )}
      </div>
      {poster && <TopicHead topicId={topicId} onToggleRail={onToggleRail} />}
      <div class="wbar__tools">
        {!poster && (
          <Button appearance="secondary" class="wbar__rail-toggle" aria-expanded={railOpen} aria-controls="step-rail" onClick={onToggleRail}>
            {t('workshop:rail.toggle')}
          </Button>
        )}
        {step && <StepTimer step={step} />}
        <Button appearance="subtle" class="wbar__large" aria-pressed={view.large} onClick={view.toggleLarge}>
          {t('workshop:table.large')}
        </Button>
        <Button appearance="subtle" class="wbar__turn" aria-pressed={view.turned} onClick={view.toggleTurned}>
          <span class="wbar__icon" aria-hidden="true">
            ⟲
          </span>
          <span class="wbar__word">{t('workshop:table.turn')}</span>
        </Button>
      </div>
      {poster && <TopicNav topicId={topicId} />}
    </div>
  );
}
