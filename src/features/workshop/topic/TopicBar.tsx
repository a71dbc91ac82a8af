// Why: the head of a topic board. As a list it offers the table layout and the whole poster;
// as the table poster it is the board's whole chrome in one line: which topic, the way to the
// whole poster and to the next topic (one tap, no scrolling), and the topic's intro and photos
// behind toggles so the questions and post-its get the screen.
import { Link } from '../../../shell/Link';
import type { TopicId } from '../../../domain/ids';
import { topicStep } from '../../../domain/steps';
import { useT } from '../../../i18n/use-t';
import { WriteAlongButton } from '../many-hands/WriteAlongButton';
import { Button } from '../../../ui/Button';
import { sectionHref, walkOf, sectionLabel } from '../sections';
import { useWorkshopData } from '../workshop-context';

interface Props {
  readonly topicId: TopicId;
  readonly board: boolean;
  readonly onToggleBoard: () => void;
  /** The screen is too narrow for the poster: the list shows, and the toggle says why it is not there. */
  readonly narrow?: boolean;
  readonly intro: boolean;
  readonly onToggleIntro: () => void;
  readonly photos: boolean;
  readonly onTogglePhotos: () => void;
}

export function TopicBar({ topicId, board, onToggleBoard, narrow = false, intro, onToggleIntro, photos, onTogglePhotos }: Props) {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const all = walkOf(index);
  const here = all.indexOf(topicStep(topicId));
  const prev = here > 0 ? all[here - 1] : undefined;
  const next = here >= 0 ? all[here + 1] : undefined;
  const topic = index.topic(topicId);
  const group = index.groupOf(topicId);
  const tools = (
    <div class="board-head__tools">
      {narrow ? (
        <p class="topic-tools__narrow">{t('workshop:board.narrow')}</p>
      ) : (
        <Button appearance="secondary" class="board-head__mode" aria-pressed={board} onClick={onToggleBoard}>
          <span aria-hidden="true">▥</span> {t('workshop:board.mode')}
        </Button>
      )}
      <Link class="utrecht-button utrecht-button--secondary-action board-head__poster" href={sectionHref(workshop.id, 'poster')}>
        <span aria-hidden="true">▦</span> {t('workshop:board.poster')}
      </Link>
      {board && (
        <>
          <Button appearance="subtle" aria-expanded={intro} onClick={onToggleIntro}>
            {t('workshop:board.intro')}
          </Button>
          <Button appearance="subtle" aria-expanded={photos} onClick={onTogglePhotos}>
            {t('workshop:board.photos')}
          </Button>
        </>
      )}
      <WriteAlongButton topicId={topicId} />
    </div>
  );
  if (!board) return <div class="topic-tools">{tools}</div>;
  return (
    <header class="board-head">
      <div class="board-head__title">
        {group && <p class="board-head__group">{group.title[lang]}</p>}
        <h2 class="board-head__name step-title" id="step-title" tabIndex={-1}>
          {topic?.title[lang]}
        </h2>
      </div>
      {tools}
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
      {intro && topic && (
        <p class="board-head__intro" id="board-intro">
          {topic.intro[lang]}
        </p>
      )}
    </header>
  );
}
