// Why: the phone's first step: read the tablet's join code by camera, or from a file or pasted
// text when the camera cannot be used. Nothing is kept until a code was read and checked.
// A phone without a camera is told so at once and gets the file and the paste first, with no
// scan button that could only fail; a camera that is refused or fails says why, then the same.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { joinCodeFromBytes, joinCodeFromText, type JoinCode } from '../../exchange/contribution/join-code';
import { PartCollector } from '../../exchange/contribution/parts';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { refusalKey, type CodeRefusal } from '../shared/qr/refusals';
import { Scanner, type CameraUnavailable } from '../shared/qr/Scanner';
import { cameraMayExist } from '../shared/qr/camera';
import { focusSoon } from '../../ui/focus-after';

const CAMERA_TEXT = { 'no-camera': 'workshop:hands.phone.noCamera', refused: 'workshop:hands.scan.refused', failed: 'workshop:hands.scan.failed' } as const;

export function JoinStep({ onJoin }: { onJoin: (code: JoinCode) => void }) {
  const { t } = useT();
  const [scanning, setScanning] = useState(false);
  const [pasted, setPasted] = useState('');
  const [refused, setRefused] = useState<CodeRefusal | null>(null);
  const [progress, setProgress] = useState<string | undefined>(undefined);
  const parts = useMemo(() => new PartCollector(), []);
  const [camera, setCamera] = useState<CameraUnavailable | null>(null);
  useEffect(() => {
    let gone = false;
    void cameraMayExist().then((may) => {
      if (!gone && !may) setCamera('no-camera');
    });
    return () => {
      gone = true;
    };
  }, []);
  const unavailable = (why: CameraUnavailable) => {
    // The camera view and its stop button go; focus goes to the message that says why.
    focusSoon('[data-camera-message]');
    setScanning(false);
    setCamera(why);
  };

  const read = async (text: string) => {
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
      const r = joinCodeFromText(trimmed, new Date());
      return r.ok ? onJoin(r.code) : setRefused(r.reason);
    }
    const r = await parts.add(trimmed);
    if (r.kind === 'not-ours' || r.kind === 'too-new' || r.kind === 'tampered') return setRefused(r.kind);
    if (r.kind !== 'complete') return setProgress(t('workshop:hands.scan.parts', { have: r.have, of: r.of }));
    if (r.part !== 'J') return setRefused('wrong-kind');
    const code = await joinCodeFromBytes(r.bytes, new Date());
    return code.ok ? onJoin(code.code) : setRefused(code.reason);
  };

  const scan = scanning ? (
    <>
      <Scanner onText={(text) => void read(text)} status={progress} onUnavailable={unavailable} />
      <Button onClick={() => setScanning(false)}>{t('workshop:hands.phone.stopScan')}</Button>
    </>
  ) : (
    <Button
      appearance={camera ? 'secondary' : 'primary'}
      onClick={() => {
        setCamera(null);
        setScanning(true);
      }}
    >
      {camera ? t('workshop:hands.phone.retryCamera') : t('workshop:hands.phone.scan')}
    </Button>
  );

  return (
    <div class="contribute-join" data-camera={camera ?? 'maybe'}>
      {camera && (
        <div class="contribute-camera" data-camera-message tabIndex={-1}>
          <Alert type="warning" live>
            {t(CAMERA_TEXT[camera])}
          </Alert>
        </div>
      )}
      {!camera && scan}
      {refused && (
        <Alert type="warning" live>
          {t(refusalKey(refused))}
        </Alert>
      )}
      <label class="utrecht-button utrecht-button--secondary-action contribute-file">
        {t('workshop:hands.phone.file')}
        <input
          type="file"
          class="visually-hidden"
          accept=".txt,.json,text/plain,application/json"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) await read(await file.text());
          }}
        />
      </label>
      <form
        class="contribute-paste"
        onSubmit={(e) => {
          e.preventDefault();
          void read(pasted);
        }}
      >
        <label class="utrecht-form-label" for="join-paste">
          {t('workshop:hands.phone.paste')}
        </label>
        <textarea id="join-paste" class="utrecht-textarea" rows={3} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <Button type="submit" disabled={pasted.trim() === ''}>
          {t('workshop:hands.phone.pasteSubmit')}
        </Button>
      </form>
      {/* After a refusal or a failure the camera can be tried again, below the ways that work; with no camera at all, not. */}
      {camera && camera !== 'no-camera' && scan}
    </div>
  );
}
