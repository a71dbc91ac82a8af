// Why: "Laat anderen meeschrijven" on a topic: one button in the bar above the step (which has
// room at every tablet size, unlike the poster's own head), whose dialog shows the join code and
// leads on to "Ontvang notities". The dialogs, the QR encoder and the decoder load on first tap.
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
      <Button appearance="secondary" onClick={() => setMode('invite')}>
        <span aria-hidden="true">⇄</span> {t('workshop:board.invite')}
      </Button>
      {mode && <ManyHands mode={mode} topicId={topicId} onMode={setMode} />}
    </>
  );
}
