// Why: "Laat anderen meeschrijven" on a topic: one button among the topic's tools (only its sign
// where the bar is short), whose dialog shows the join code and leads on to "Ontvang notities".
// The dialogs, the QR encoder and the decoder load on first tap.
import { useState } from 'preact/hooks';
import type { TopicId } from '../../../domain/ids';
import { useT } from '../../../i18n/use-t';
import { lazyPart } from '../../../shell/lazy';
import { Button } from '../../../ui/Button';
import type { ManyHandsMode } from './ManyHands';

const ManyHands = lazyPart(() => import('./ManyHands').then((m) => m.ManyHands));

export function WriteAlongButton({ topicId }: { topicId: TopicId }) {
  const { t } = useT();
  const [mode, setMode] = useState<ManyHandsMode | null>(null);
  return (
    <>
      {/* Where the bar is short (table mode below 1100 px) only the sign shows; the words stay for a screen reader. */}
      <Button appearance="secondary" class="wbar__invite" onClick={() => setMode('invite')}>
        <span class="wbar__icon" aria-hidden="true">
          ⇄
        </span>
        <span class="wbar__word">{t('workshop:board.invite')}</span>
      </Button>
      {mode && <ManyHands mode={mode} topicId={topicId} onMode={setMode} />}
    </>
  );
}
