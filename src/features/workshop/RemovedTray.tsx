// Why: the way back after a delete that does not run out (WCAG 2.2.1): what was deleted on this
// step stays listed here, each with "Terugzetten", until the group moves to another step.
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { announce } from '../../shell/announce';
import { leaveAllBut, useRemoved, type Removed } from '../../shell/removed';
import { Button } from '../../ui/Button';

const SHOWN_CHARS = 80;

function short(text: string): string {
  return text.length <= SHOWN_CHARS ? text : `${text.slice(0, SHOWN_CHARS).replace(/\s+\S*$/, '')}…`;
}

export function RemovedTray({ section }: { section: string }) {
  const { t } = useT();
  const place = location.pathname;
  const list = useRemoved(place);
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving on a step: what was deleted on another one is no longer offered here.
  useEffect(() => leaveAllBut(location.pathname), [section]);
  if (list.length === 0) return null;
  const bringBack = async (r: Removed) => {
    if (!(await r.restore())) return;
    announce(t('workshop:removed.restored', { what: r.what }));
    // Its button is gone with it: focus to the list's heading, or to the step if it is empty now.
    requestAnimationFrame(() => (heading.current ?? document.getElementById('step-title'))?.focus());
  };
  return (
    <section class="removed panel" aria-labelledby="removed-title" data-removed>
      <h2 class="nl-heading nl-heading--level-3" id="removed-title" tabIndex={-1} ref={heading}>
        {t('workshop:removed.title', { count: list.length })}
      </h2>
      <p class="nl-paragraph subtle">{t('workshop:removed.explain')}</p>
      <ul class="plain-list">
        {list.map((r) => (
          <li key={r.key} class="list-row">
            <span>
              {r.what}
              {r.content && (
                <>
                  {': '}
                  <span lang={r.lang}>{short(r.content)}</span>
                </>
              )}
            </span>
            <Button appearance="secondary" onClick={() => void bringBack(r)} aria-label={t('workshop:removed.restoreLabel', { what: r.what, content: short(r.content) })}>
              {t('workshop:removed.restore')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
