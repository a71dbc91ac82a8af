// Why: the camera, asked for only when this scanner opens (a tap on "scan"), reading QR codes
// until its owner has what it needs. When the camera is refused, absent or fails, it says so
// in words and points to the file instead; it stops the camera when it goes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../i18n/use-t';
import { Alert } from '../../../ui/Alert';
import { frameReader } from './qr-decode';
import './scanner.css';

type CameraState = 'starting' | 'running' | 'refused' | 'no-camera' | 'failed';
export type CameraUnavailable = Extract<CameraState, 'refused' | 'no-camera' | 'failed'>;

function stateOf(error: unknown): CameraUnavailable {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
  return 'failed';
}

/**
 * `onText` gets each code's text once per appearance (the same code held still is one call).
 * `onUnavailable`, when given, is told when the camera cannot be used, so its owner can put the
 * other ways first instead of leaving a dead camera view on screen.
 */
export function Scanner({ onText, status, onUnavailable }: { onText: (text: string) => void; status?: string; onUnavailable?: (why: CameraUnavailable) => void }) {
  const { t } = useT();
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<CameraState>('starting');
  const handler = useRef(onText);
  handler.current = onText;
  const unavailable = useRef(onUnavailable);
  unavailable.current = onUnavailable;
  const fail = (why: CameraUnavailable) => {
    setState(why);
    unavailable.current?.(why);
  };
  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let last = '';
    const run = async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        fail('no-camera');
        return;
      }
      try {
        const [s, read] = await Promise.all([navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }), frameReader()]);
        stream = s;
        if (stopped || !video.current || !canvas.current) return;
        video.current.srcObject = s;
        await video.current.play();
        setState('running');
        while (!stopped) {
          const text = video.current.readyState >= 2 ? await read(video.current, canvas.current) : null;
          if (text && text !== last) {
            last = text;
            handler.current(text);
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      } catch (e) {
        if (!stopped) fail(stateOf(e));
      }
    };
    void run();
    return () => {
      stopped = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);
  return (
    <div class="scanner">
      <div class={`scanner__view${state === 'running' ? '' : ' scanner__view--off'}`}>
        <video ref={video} muted playsInline aria-hidden="true" />
        <canvas ref={canvas} hidden />
      </div>
      <p class="scanner__status" role="status">
        {state === 'starting' ? t('workshop:hands.scan.starting') : state === 'running' ? (status ?? t('workshop:hands.scan.looking')) : ''}
      </p>
      {state === 'refused' && <Alert type="warning">{t('workshop:hands.scan.refused')}</Alert>}
      {state === 'no-camera' && <Alert type="warning">{t('workshop:hands.scan.noCamera')}</Alert>}
      {state === 'failed' && <Alert type="warning">{t('workshop:hands.scan.failed')}</Alert>}
    </div>
  );
}
