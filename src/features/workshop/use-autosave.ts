// Why: there is no save button. A text field saves itself a moment after the last keystroke
// (and at once on blur, before an update reload, or when the screen closes). Until the save
// is confirmed the text is also kept as a draft, so a reload in mid-sentence loses nothing.
// If the stored text changes elsewhere (another tab) while this one is being typed, saving
// pauses and the field says so: the person keeps theirs, takes the other, or keeps both.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { keepBoth } from '../../domain/concurrent-edit';
import { dropDraft, keepDraft, readDraft } from '../../storage/drafts';
import type { WriteResult } from '../../storage/write';
import { markSaved, markUnsaved, registerFlusher } from '../../storage/write';

export type FieldSave = 'idle' | 'pending' | 'saved' | 'failed';

/**
 * The localStorage draft is not durable (browsers write it to disk lazily, and a browser that
 * dies loses the last seconds of it), so text being typed reaches IndexedDB at least this often.
 */
export const MAX_WAIT_MS = 1000;

/** Milliseconds until the next save: after a pause of `delay`, but never later than `maxWait` after the oldest unsaved key. */
export function saveIn(now: number, pendingSince: number, delay: number, maxWait: number = MAX_WAIT_MS): number {
  return Math.max(0, Math.min(delay, pendingSince + maxWait - now));
}

export function useAutosave(opts: { key: string; stored: string; save: (value: string) => Promise<WriteResult<unknown>>; delayMs?: number }) {
  const { key, stored } = opts;
  const delay = opts.delayMs ?? 400;
  const draft = readDraft(key);
  const [value, setValueState] = useState<string>(draft ?? stored);
  const [status, setStatus] = useState<FieldSave>(draft !== null && draft !== stored ? 'pending' : 'idle');
  const latest = useRef({ value: draft ?? stored, dirty: draft !== null && draft !== stored });
  /** The stored text this field's typing started from, and the text it is saving now. */
  const base = useRef(stored);
  const saving = useRef<string | null>(null);
  /** The text found stored meanwhile by someone else, while this field was being typed. */
  const [conflict, setConflict] = useState<string | null>(null);
  const conflictRef = useRef<string | null>(null);
  conflictRef.current = conflict;
  const saveRef = useRef(opts.save);
  saveRef.current = opts.save;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** When the oldest keystroke not yet saved was made: typing without a pause still saves every MAX_WAIT_MS. */
  const pendingSince = useRef<number | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!latest.current.dirty || conflictRef.current !== null) return;
    pendingSince.current = null;
    const v = latest.current.value;
    saving.current = v;
    const r = await saveRef.current(v);
    saving.current = null;
    if (r.ok) {
      base.current = v;
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

  // Someone else changed the stored text (another tab, an undo): follow it unless typing;
  // while typing, say so instead of overwriting it at the next save.
  useEffect(() => {
    const l = latest.current;
    if (stored === saving.current || stored === base.current) return;
    if (!l.dirty) {
      base.current = stored;
      if (stored !== l.value) {
        l.value = stored;
        setValueState(stored);
      }
    } else if (stored === l.value) base.current = stored;
    else {
      setConflict(stored);
      // Not saved, and the header says so, until the person chose.
      markUnsaved(key, flush);
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
      const now = Date.now();
      pendingSince.current ??= now;
      timer.current = setTimeout(() => void flush(), saveIn(now, pendingSince.current, delay));
    },
    [key, delay, flush],
  );

  /** The person's answer to a change made elsewhere while typing. */
  const resolve = useCallback(
    (choice: 'mine' | 'theirs' | 'both', multiline: boolean) => {
      const theirs = conflictRef.current;
      if (theirs === null) return;
      conflictRef.current = null;
      setConflict(null);
      base.current = theirs;
      if (choice === 'theirs') {
        latest.current = { value: theirs, dirty: false };
        setValueState(theirs);
        dropDraft(key);
        markSaved(key);
        setStatus('saved');
        return;
      }
      const v = choice === 'both' ? keepBoth(latest.current.value, theirs, multiline) : latest.current.value;
      latest.current = { value: v, dirty: true };
      setValueState(v);
      keepDraft(key, v);
      void flush();
    },
    [key, flush],
  );

  return { value, setValue, status, flush, conflict, resolve };
}
