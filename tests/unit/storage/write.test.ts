// Why: the save indicator is the app's word that what is on screen is stored. A field whose
// save failed must keep it at "not saved" until that field is stored, whatever else succeeds
// meanwhile, and must be tried again without anyone having to type in it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { beforeWrite, markSaved, markUnsaved, onSaveState, RETRY_MS, retryUnsaved, saveState, unsavedCount, write, type SaveState } from '../../../src/storage/write';

const full = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

afterEach(() => {
  markSaved('goal');
  markSaved('place');
  vi.useRealTimers();
});

describe('write and the save state', () => {
  it('says saved only after a write was confirmed, and failed when it was not', async () => {
    const seen: SaveState[] = [];
    const stop = onSaveState((s) => seen.push(s));
    expect((await write(async () => 1)).ok).toBe(true);
    const failed = await write(full);
    expect(failed).toEqual({ ok: false, problem: 'quota' });
    stop();
    expect(seen).toEqual(['saving', 'saved', 'saving', 'failed']);
  });

  it('a field that failed keeps the state at failed while other writes succeed', async () => {
    markUnsaved('goal', async () => undefined);
    expect(saveState()).toBe('failed');
    await write(async () => 'a note');
    expect(saveState()).toBe('failed');
    markSaved('goal');
    expect(saveState()).toBe('saved');
    expect(unsavedCount()).toBe(0);
  });

  it('a successful write elsewhere tries the failed field again at once', async () => {
    let tries = 0;
    const retry = vi.fn(async () => {
      tries += 1;
      markSaved('goal');
    });
    markUnsaved('goal', retry);
    await write(async () => 'room again');
    await vi.waitFor(() => expect(tries).toBe(1));
    expect(saveState()).toBe('saved');
  });

  it('keeps trying on its own while the field is not saved, and stops once it is', async () => {
    vi.useFakeTimers();
    let disk: 'full' | 'room' = 'full';
    const retry = vi.fn(async () => {
      if (disk === 'full') markUnsaved('place', retry);
      else markSaved('place');
    });
    markUnsaved('place', retry);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(retry).toHaveBeenCalledTimes(1);
    expect(saveState()).toBe('failed');
    disk = 'room';
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(retry).toHaveBeenCalledTimes(2);
    expect(saveState()).toBe('saved');
    await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
    expect(retry).toHaveBeenCalledTimes(2);
  });

  it('a retry that throws does not stop the others', async () => {
    const good = vi.fn(async () => markSaved('goal'));
    markUnsaved('place', () => Promise.reject(new Error('still full')));
    markUnsaved('goal', good);
    await retryUnsaved();
    expect(good).toHaveBeenCalled();
    expect(unsavedCount()).toBe(1);
  });
});

describe('work before a write', () => {
  it('says saving from its start, and failed, not saved, when the write inside failed', async () => {
    const seen: SaveState[] = [];
    const stop = onSaveState((s) => seen.push(s));
    let release: () => void = () => undefined;
    const scaling = new Promise<void>((r) => (release = r));
    const done = beforeWrite(async () => {
      await scaling;
      return write(full);
    });
    expect(saveState()).toBe('saving');
    release();
    expect((await done).ok).toBe(false);
    stop();
    expect(seen).toEqual(['saving', 'saving', 'failed']);
    expect(saveState()).toBe('failed');
  });

  it('ends at saved when the write inside succeeded', async () => {
    await beforeWrite(async () => write(async () => 1));
    expect(saveState()).toBe('saved');
  });
});
