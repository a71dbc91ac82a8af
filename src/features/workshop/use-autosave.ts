// Why: there is no save button. A text field saves itself a moment after the last keystroke
// (and at once on blur, before an update reload, or when the screen closes). Until the save
// is confirmed the text is also kept as a draft, so a reload in mid-sentence loses nothing.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { dropDraft, keepDraft, readDraft } from '../../storage/drafts';
import type { WriteResult } from '../../storage/write';
import { markSaved, markUnsaved, registerFlusher } from '../../storage/write';

export type FieldSave = 'idle' | 'pending' | 'saved' | 'failed';

export function useAutosave(opts: { key: string; stored: string; save: (value: string) => Promise<WriteResult<unknown>>; delayMs?: number }) {
  const { key, stored } = opts;
  const delay = opts.delayMs ?? 400;
  const draft = readDraft(key);
  const [value, setValueState] = useState<string>(draft ?? stored);
  const [status, setStatus] = useState<FieldSave>(draft !== null && draft !== stored ? 'pending' : 'idle');
  const latest = useRef({ value: draft ?? stored, dirty: draft !== null && draft !== stored });
  const saveRef = useRef(opts.save);
  saveRef.current = opts.save;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!latest.current.dirty) return;
    const v = latest.current.value;
    const r = await saveRef.current(v);
    if (r.ok) {
      if (latest.current.value === v) {
        latest.current.dirty = false;
        dropDraft(key);
        markSaved(key);
        setStatus('saved');
      }
    } else {
      // Stays "not saved" in the header, and is tried again, until it is stored.
      markUnsaved(key, flush);
      setStatus('failed');
    }
  }, [key]);

  // A draft left by a reload is saved straight away.
  useEffect(() => {
    if (latest.current.dirty) void flush();
  }, [flush]);

  // Someone else changed the stored text (another tab, an undo): follow it unless typing.
  useEffect(() => {
    if (!latest.current.dirty && stored !== latest.current.value) {
      latest.current.value = stored;
      setValueState(stored);
    }
  }, [stored]);

  useEffect(() => {
    const unregister = registerFlusher(flush);
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => {
      unregister();
      removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const setValue = useCallback(
    (v: string) => {
      latest.current = { value: v, dirty: true };
      setValueState(v);
      setStatus('pending');
      keepDraft(key, v);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [key, delay, flush],
  );

  return { value, setValue, status, flush };
}
