// Why: "Geef aan de tafel": the phone's notes, signed with the session key, as QR codes shown
// in turn (switching by itself, with buttons to go back and forth), and as a small file to
// share or save where no camera can be used.
import { useEffect, useState } from 'preact/hooks';
import { contributionFile, contributionParts, type Contribution } from '../../exchange/contribution/contribution';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { QrCode } from '../shared/qr/QrCode';

/** Long enough for a tablet's camera to settle on a code, short enough to go round quickly. */
const SHOW_MS = 1600;

export function HandOver({ contribution, onBack, onClear }: { contribution: Contribution; onBack: () => void; onClear: () => void }) {
  const { t } = useT();
  const [parts, setParts] = useState<readonly string[]>([]);
  const [at, setAt] = useState(0);
  const [playing, setPlaying] = useState(true);
  useEffect(() => {
    void contributionParts(contribution).then(setParts);
  }, [contribution]);
  useEffect(() => {
    if (!playing || parts.length < 2) return undefined;
    const timer = setInterval(() => setAt((i) => (i + 1) % parts.length), SHOW_MS);
    return () => clearInterval(timer);
  }, [playing, parts.length]);
  const text = parts[at];
  const file = new File([contributionFile(contribution)], `deda-notities-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`, { type: 'application/json' });
  const share = async () => {
    if (navigator.canShare?.({ files: [file] })) {
      try {
        await navigator.share({ files: [file] });
        return;
      } catch {
        // cancelled or refused: save it instead
      }
    }
    const url = URL.createObjectURL(file);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div class="contribute-handover">
      {text && (
        <>
          <QrCode class="part-qr" text={text} label={t('workshop:hands.phone.qrLabel', { n: at + 1, of: parts.length })} />
          <p class="nl-paragraph part-of" aria-live="off" data-part={at + 1} data-parts={parts.length}>
            {t('workshop:hands.phone.codeOf', { n: at + 1, of: parts.length })}
          </p>
          {parts.length > 1 && (
            <div class="contribute-parts-nav">
              <Button onClick={() => setAt((at - 1 + parts.length) % parts.length)}>{t('workshop:hands.phone.prev')}</Button>
              <Button aria-pressed={!playing} onClick={() => setPlaying(!playing)}>
                {playing ? t('workshop:hands.phone.pause') : t('workshop:hands.phone.play')}
              </Button>
              <Button onClick={() => setAt((at + 1) % parts.length)}>{t('workshop:hands.phone.next')}</Button>
            </div>
          )}
        </>
      )}
      <div class="contribute-handover__more">
        <Button onClick={() => void share()}>{t('workshop:hands.phone.file2')}</Button>
        <Button onClick={onBack}>{t('workshop:hands.phone.back')}</Button>
        <Button danger onClick={onClear}>
          {t('workshop:hands.phone.clear')}
        </Button>
      </div>
    </div>
  );
}
