// Why: the head of a topic board. Its tools (table mode, the whole poster, the topic's intro and
// photos, writing along, the list of steps) sit behind one menu in both layouts, so a
// facilitator finds the way between list and poster in the same place. On the table poster the
// head is no bar of its own: the topic's name is the menu's button, in the workshop bar beside
// the clock, with the previous and next topic at the bar's end (one tap, no scrolling), so the
// questions get the height of a second bar. Turning the screen stays one tap in the bar.
import type { ComponentChildren, VNode } from 'preact';
import { useState } from 'preact/hooks';
import { Link } from '../../../shell/Link';
import { lazyPart } from '../../../shell/lazy';
import { focusSoon } from '../../../ui/focus-after';
import type { TopicId } from '../../../domain/ids';
import { topicStep } from '../../../domain/steps';
import { useT } from '../../../i18n/use-t';
import { useBoardLayout } from '../board-mode';
import type { ManyHandsMode } from '../many-hands/ManyHands';
import type { PackIndex } from '../../../content/pack-index';
import { sectionHref, walkOf, sectionLabel, type Section } from '../sections';
import { useWorkshopData } from '../workshop-context';
import { useTopicPanels } from './topic-panels';
import { ToolsMenu, type ToolItem } from './ToolsMenu';

const ManyHands = lazyPart(() => import('../many-hands/ManyHands').then((m) => m.ManyHands));

/** The menu's id; its button is `${MENU}-button` (the rail gives focus back there on the poster). */
export const MENU = 'topic-menu';

interface MenuProps {
  readonly topicId: TopicId;
  /** On the poster the list of steps opens from the menu (the bar has no room for its button). */
  readonly onToggleRail?: () => void;
  readonly frame?: (button: VNode) => VNode;
  readonly children: ComponentChildren;
}

function TopicMenu({ topicId, onToggleRail, frame, children }: MenuProps) {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const { prev } = neighbours(index, topicId);
  const { layout, toggle, narrow } = useBoardLayout(false);
  const board = layout === 'table';
  const panels = useTopicPanels();
  const [along, setAlong] = useState<ManyHandsMode | null>(null);
  const items: ToolItem[] = [
    ...(narrow
      ? []
      : [
          {
            key: 'mode',
            label: t('workshop:board.mode'),
            checked: board,
            onSelect: () => {
              panels.close();
              toggle();
              // The button moves between the bar and the list's head: focus follows it.
              focusSoon(`#${MENU}-button`);
            },
          },
        ]),
    { key: 'poster', label: t('workshop:board.poster'), href: sectionHref(workshop.id, 'poster') },
    ...(board
      ? [
          { key: 'intro', label: t('workshop:board.intro'), checked: panels.intro, onSelect: panels.toggleIntro },
          { key: 'photos', label: t('workshop:board.photos'), checked: panels.photos, onSelect: panels.togglePhotos },
        ]
      : []),
    { key: 'along', label: t('workshop:board.invite'), onSelect: () => setAlong('invite') },
    ...(onToggleRail ? [{ key: 'rail', label: t('workshop:rail.toggle'), onSelect: onToggleRail }] : []),
    // On a portrait tablet's poster the bar keeps "next" and gives "previous" to the menu.
    ...(board && prev ? [{ key: 'prev', label: `${t('workshop:nav.previous')}: ${sectionLabel(prev, index, lang)}`, href: sectionHref(workshop.id, prev), class: 'tools-menu__item--narrow' }] : []),
  ];
  return (
    <>
      <ToolsMenu id={MENU} items={items} describedBy={`${MENU}-hint`} class={board ? 'tools-menu--head' : undefined} frame={frame}>
        {children}
      </ToolsMenu>
      <span id={`${MENU}-hint`} class="visually-hidden">
        {t('workshop:board.menuHint')}
      </span>
      {along && <ManyHands mode={along} topicId={topicId} onMode={setAlong} />}
    </>
  );
}

/** The list's head: the menu as a button of its own, and on a narrow screen why the poster is not there. */
export function TopicTools({ topicId }: { topicId: TopicId }) {
  const { t } = useT();
  const { narrow } = useBoardLayout(false);
  return (
    <div class="topic-tools">
      {narrow && <p class="topic-tools__narrow">{t('workshop:board.narrow')}</p>}
      <TopicMenu topicId={topicId}>
        <span aria-hidden="true">☰</span> {t('workshop:board.menu')} <span aria-hidden="true">▾</span>
      </TopicMenu>
    </div>
  );
}

/** The poster's head in the workshop bar: the topic's name (the page's step heading) as the menu's button. */
export function TopicHead({ topicId, onToggleRail }: { topicId: TopicId; onToggleRail: () => void }) {
  const { lang } = useT();
  const { index } = useWorkshopData();
  const topic = index.topic(topicId);
  // The heading is the topic's name alone (its group is on the whole poster and in the list's head).
  const frame = (button: VNode) => (
    <h2 class="board-head__name step-title" id="step-title" tabIndex={-1}>
      {button}
    </h2>
  );
  return (
    <TopicMenu topicId={topicId} onToggleRail={onToggleRail} frame={frame}>
      <span class="board-head__topic">{topic?.title[lang]}</span>
      <span class="board-head__chevron" aria-hidden="true">
        ▾
      </span>
    </TopicMenu>
  );
}

/** The steps before and after this topic in the workshop's walk. */
function neighbours(index: PackIndex, topicId: TopicId): { prev: Section | undefined; next: Section | undefined } {
  const all = walkOf(index);
  const here = all.indexOf(topicStep(topicId));
  return { prev: here > 0 ? all[here - 1] : undefined, next: here >= 0 ? all[here + 1] : undefined };
}

/** The previous and the next topic, at the end of the workshop bar. */
export function TopicNav({ topicId }: { topicId: TopicId }) {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const { prev, next } = neighbours(index, topicId);
  return (
    <nav class="board-head__nav" aria-label={t('workshop:nav.label')}>
      {prev && (
        <Link class="board-head__step board-head__step--prev" href={sectionHref(workshop.id, prev)} rel="prev" aria-label={`${t('workshop:nav.previous')}: ${sectionLabel(prev, index, lang)}`}>
          <span aria-hidden="true">‹</span>
        </Link>
      )}
      {next && (
        <Link class="board-head__step board-head__step--next" href={sectionHref(workshop.id, next)} rel="next">
          <span class="board-head__dir">{t('workshop:nav.next')}</span> <span class="board-head__next">{sectionLabel(next, index, lang)}</span> <span aria-hidden="true">›</span>
        </Link>
      )}
    </nav>
  );
}
