// Why: three ways a file arrives: the picker (a real <input type=file>, so it works with
// keyboard, screen readers and the iPad's Files app), drag and drop onto the zone, and the
// installed app being opened with a file (file_handlers + launchQueue, where supported).
import { useEffect, useId, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';

interface LaunchParams {
  readonly files?: readonly { getFile(): Promise<File> }[];
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

export function FilePicker({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const { t } = useT();
  const id = useId();
  const [over, setOver] = useState(false);

  useEffect(() => {
    const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
    queue?.setConsumer((params) => {
      const handle = params.files?.[0];
      if (handle) void handle.getFile().then(onFile);
    });
  }, []);

  return (
    <div
      class={`drop-zone${over ? ' drop-zone--active' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <input
        id={id}
        class="file-input"
        type="file"
        accept=".json,application/json,.jwe,application/jose"
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <label for={id} class="utrecht-button utrecht-button--primary-action" aria-disabled={disabled || undefined}>
        {t('exchange:import.choose')}
      </label>
      <p class="nl-paragraph subtle" aria-live="polite">
        {over ? t('exchange:import.dropActive') : t('exchange:import.drop')}
      </p>
    </div>
  );
}
