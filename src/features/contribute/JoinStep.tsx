// Why: the phone's first step: read the tablet's join code by camera, or from a file or pasted
// text when the camera cannot be used. Nothing is kept until a code was read and checked.
import { useMemo, useState } from 'preact/hooks';
import { joinCodeFromBytes, joinCodeFromText, type JoinCode } from '../../exchange/contribution/join-code';
import { PartCollector } from '../../exchange/contribution/parts';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { refusalKey, type CodeRefusal } from '../shared/qr/refusals';
import { Scanner } from '../shared/qr/Scanner';

export function JoinStep({ onJoin }: { onJoin: (code: JoinCode) => void }) {
  const { t } = useT();
  const [scanning, setScanning] = useState(false);
  const [pasted, setPasted] = useState('');
  const [refused, setRefused] = useState<CodeRefusal | null>(null);
  const [progress, setProgress] = useState<string | undefined>(undefined);
  const parts = useMemo(() => new PartCollector(), []);

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

  return (
    <div class="contribute-join">
      {scanning ? (
        <>
          <Scanner onText={(text) => void read(text)} status={progress} />
          <Button onClick={() => setScanning(false)}>{t('workshop:hands.phone.stopScan')}</Button>
        </>
      ) : (
        <Button appearance="primary" onClick={() => setScanning(true)}>
          {t('workshop:hands.phone.scan')}
        </Button>
      )}
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
    </div>
  );
}
