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

/** Where the stored text that a draft's typing started from is kept, next to the draft. */
const baseKey = (key: string) => `${key}:base`;
/**
 * The texts saves are storing now, next to the draft: a page that is gone before a save
 * answered (closed, or frozen in the back/forward cache) may still have stored it, and that
 * stored text is then this field's own, not a change made elsewhere.
 */
const savingKey = (key: string) => `${key}:saving`;

function readSaving(key: string): string[] {
  try {
    const v: unknown = JSON.parse(readDraft(savingKey(key)) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function keepSaving(key: string, texts: readonly string[]): void {
  if (texts.length === 0) dropDraft(savingKey(key));
  else keepDraft(savingKey(key), JSON.stringify(texts));
}

/** Milliseconds until the next save: after a pause of `delay`, but never later than `maxWait` after the oldest unsaved key. */
export function saveIn(now: number, pendingSince: number, delay: number, maxWait: number = MAX_WAIT_MS): number {
  return Math.max(0, Math.min(delay, pendingSince + maxWait - now));
}

export function useAutosave(opts: { key: string; stored: string; save: (value: string) => Promise<WriteResult<unknown>>; delayMs?: number }) {
  const { key, stored } = opts;
  const delay = opts.delayMs ?? 400;
  // Read once: a draft left by a reload, and the stored text its typing started from.
  const [kept] = useState(() => {
    // A save the page that left the draft made went through: typing went on from there.
    const base = readSaving(key).includes(stored) ? stored : readDraft(baseKey(key));
    return { draft: readDraft(key), base };
  });
  const dirtyAtStart = kept.draft !== null && kept.draft !== stored;
  const [value, setValueState] = useState<string>(kept.draft ?? stored);
  const [status, setStatus] = useState<FieldSave>(dirtyAtStart ? 'pending' : 'idle');
  const latest = useRef({ value: kept.draft ?? stored, dirty: dirtyAtStart });
  /** The stored text this field's typing started from, and the text it is saving now. */
  const base = useRef(kept.base ?? stored);
  const saving = useRef<string | null>(null);
  /**
   * The text found stored meanwhile by someone else, while this field was being typed; also
   * when the draft was left (a reload, the step left) before the person chose.
   */
  const [conflict, setConflict] = useState<string | null>(() => (dirtyAtStart && kept.base !== null && kept.base !== stored ? stored : null));
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
    keepSaving(key, [...readSaving(key), v]);
    const r = await saveRef.current(v);
    saving.current = null;
    const rest = readSaving(key);
    const i = rest.indexOf(v);
    if (i >= 0) rest.splice(i, 1);
    keepSaving(key, rest);
    if (r.ok) {
      base.current = v;
      if (latest.current.value === v) {
        latest.current.dirty = false;
        dropDraft(key);
        dropDraft(baseKey(key));
        markSaved(key);
        setStatus('saved');
      } else {
        // Typed on meanwhile: the rest of the typing starts from what this save stored. A draft
        // found after a reload must compare with that, or this field's own save looks like a
        // change made elsewhere.
        keepDraft(baseKey(key), v);
      }
    } else {
      // Stays "not saved" in the header, and is tried again, until it is stored.
      markUnsaved(key, flush);
      setStatus('failed');
    }
  }, [key]);

  // A draft left by a reload is saved straight away, unless the stored text changed since its
  // typing began: then the person chooses first.
  useEffect(() => {
    if (conflictRef.current !== null) markUnsaved(key, flush);
    else if (latest.current.dirty) void flush();
    else if (readDraft(key) === null) {
      // Nothing left to save: what a page that is gone kept next to its draft is stale.
      dropDraft(baseKey(key));
      keepSaving(key, []);
    }
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
      // An open choice stays with the draft and comes back when the field does; the header
      // stops counting a field that is no longer on screen.
      if (conflictRef.current !== null) markSaved(key);
      else void flush();
    };
  }, [flush]);

  const setValue = useCallback(
    (v: string) => {
      // Typing begins: remember what it began from, so a draft found later can tell.
      if (!latest.current.dirty) keepDraft(baseKey(key), base.current);
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
        dropDraft(baseKey(key));
        markSaved(key);
        setStatus('saved');
        return;
      }
      const v = choice === 'both' ? keepBoth(latest.current.value, theirs, multiline) : latest.current.value;
      latest.current = { value: v, dirty: true };
      setValueState(v);
      keepDraft(key, v);
      keepDraft(baseKey(key), theirs);
      void flush();
    },
    [key, flush],
  );

  return { value, setValue, status, flush, conflict, resolve };
}
