// Why: the workshop itself. It reads the workshop, its pack, the people at the table and the
// question states once, and shows the step the URL names next to the rail of all steps.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import '../../ui/forms-more.css';
import './workshop.css';
import { Link } from '../../shell/Link';
import type { WorkshopId } from '../../domain/ids';
import { hasGoal } from '../../domain/goal';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { isView, parseSection, sectionHref, type Section, sectionLabel } from './sections';
import { StepScreen } from './step-screens';
import { StepNav } from './StepNav';
import { RemovedTray } from './RemovedTray';
import { StepRail } from './StepRail';
import { useNoteCounts, usePack, useParticipants, useQuestionStates, useWorkshop } from './use-workshop-data';
import { WorkshopBar } from './WorkshopBar';
import { ContentLangContext, CountsContext, PackContext, PeopleContext, WorkshopContext, type WorkshopData } from './workshop-context';
import { memo } from '../../ui/memo';
import { focusSoon } from '../../ui/focus-after';
import type { Workshop } from '../../domain/workshop';

/** The step re-renders when the section changes or what it reads changes, not because a
 * note elsewhere made the workshop "changed now". */
const StepView = memo(StepScreen, (a, b) => a.section === b.section);

/**
 * The workshop row as the steps see it: a change of only `updatedAt` (every note touches it)
 * keeps the previous object, so the steps do not all re-render for it.
 */
function useSteadyWorkshop(w: Workshop | undefined): Workshop | undefined {
  const last = useRef<Workshop | undefined>(undefined);
  if (!w || !last.current || last.current.id !== w.id) last.current = w;
  else if (last.current !== w) {
    const { updatedAt: _a, ...now } = w;
    const { updatedAt: _b, ...before } = last.current;
    if (JSON.stringify(now) !== JSON.stringify(before)) last.current = w;
  }
  return last.current;
}

function NotFound() {
  const { t } = useT();
  return (
    <section>
      <h1 class="nl-heading nl-heading--level-1">{t('workshop:notFound.title')}</h1>
      <p class="nl-paragraph">{t('workshop:notFound.body')}</p>
      <Link class="nl-link" href="/">
        {t('nav.back')}
      </Link>
    </section>
  );
}

export function WorkshopScreen({ id, section: raw }: { id: WorkshopId; section: string | null }) {
  const { t, lang } = useT();
  const workshop = useWorkshop(id);
  const w = useSteadyWorkshop(workshop.status === 'ready' ? workshop.value : undefined);
  const pack = usePack(w?.pack);
  const participants = useParticipants(id);
  const states = useQuestionStates(id);
  const counts = useNoteCounts(id, pack?.index);
  const [railOpen, setRailOpen] = useState(false);
  const section = pack ? parseSection(raw, pack.index) : null;
  // Escape closes the portrait step list and puts focus back on the button that opened it.
  const closeRail = () => {
    setRailOpen(false);
    // On a topic's table poster the list opens from the topic's menu: focus goes back to its button.
    document.querySelector<HTMLElement>('.wbar__rail-toggle, #topic-menu-button')?.focus();
  };
  const data = useMemo<WorkshopData | null>(
    () => (w && pack && participants.status === 'ready' && states.status === 'ready' ? { workshop: w, index: pack.index, participants: participants.value, states: states.value } : null),
    [w, pack, participants, states],
  );

  useEffect(() => {
    if (w && pack && section) document.title = `${sectionLabel(section, pack.index, lang)} · ${w.title} · ${t('app.name')}`;
  }, [w?.title, section, pack, lang]);

  // After a step change (Volgende, Vorige, the rail) focus goes to the new step's heading, which
  // a screen reader then reads: the reused "Volgende" link would otherwise keep the focus and
  // point one step further, so a second Enter would skip a step. Not on the first render: the
  // shell puts focus on the screen then.
  const shown = useRef<Section | null>(null);
  useEffect(() => {
    if (!section) return undefined;
    const before = shown.current;
    shown.current = section;
    if (before === null || before === section || location.hash.startsWith('#vraag-')) return undefined;
    return focusSoon('#step-title');
  }, [section]);

  // A link to a question (#vraag-...) scrolls it into view once the board is there.
  useEffect(() => {
    if (!location.hash.startsWith('#vraag-')) return;
    requestAnimationFrame(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: 'start' }));
  }, [section, pack !== null]);

  if (workshop.status === 'error') return <Alert type="error">{t(`storage.problem.${workshop.problem}`)}</Alert>;
  if (workshop.status === 'loading') return <p class="nl-paragraph subtle">{t('workshop:loading')}</p>;
  if (!w) return <NotFound />;
  if (!pack || !section || !data || counts.status !== 'ready') return <p class="nl-paragraph subtle">{t('workshop:loading')}</p>;

  const step = isView(section) ? null : section;
  return (
    <ContentLangContext.Provider value={w.lang}>
    <PackContext.Provider value={pack.index}>
    <PeopleContext.Provider value={data.participants}>
    <WorkshopContext.Provider value={data}>
    <CountsContext.Provider value={counts.value}>
      <div class="workshop">
        <WorkshopBar step={step} railOpen={railOpen} onToggleRail={() => setRailOpen(!railOpen)} />
        <div class={`workshop__layout${railOpen ? ' workshop__layout--rail-open' : ''}`}>
          <div id="step-rail" class="workshop__rail">
            <StepRail current={section} onNavigate={() => setRailOpen(false)} onClose={railOpen ? closeRail : undefined} />
          </div>
          <div class="workshop__step">
            {!pack.exact && <Alert type="warning">{t(pack.problem === 'hash-mismatch' ? 'workshop:pack.hashMismatch' : 'workshop:pack.missing', { id: w.pack.id, version: w.pack.version })}</Alert>}
            {section !== 'goal' && section !== 'overview' && section !== 'poster' && !hasGoal(w.goal) && (
              <p class="goal-reminder">
                {t('workshop:goal.emptyShort')}{' '}
                <Link class="nl-link" href={sectionHref(w.id, 'goal')}>
                  {t('workshop:goal.fillIn')}
                </Link>
              </p>
            )}
            <StepView key={section} section={section} />
            <RemovedTray section={section} />
            <StepNav current={section} />
          </div>
        </div>
      </div>
    </CountsContext.Provider>
    </WorkshopContext.Provider>
    </PeopleContext.Provider>
    </PackContext.Provider>
    </ContentLangContext.Provider>
  );
}
