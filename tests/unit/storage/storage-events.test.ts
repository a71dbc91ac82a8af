import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../src/storage/storage-events';

const err = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });

describe('classifyStorageError', () => {
  it('finds a full disk, also when wrapped in an aborted transaction', () => {
    expect(classifyStorageError(err('QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(err('AbortError', err('QuotaExceededError')))).toBe('quota');
  });

  it('recognises IndexedDB that is missing or refused', () => {
    expect(classifyStorageError(err('MissingAPIError'))).toBe('unavailable');
    expect(classifyStorageError(err('OpenFailedError', err('SecurityError')))).toBe('unavailable');
    expect(classifyStorageError(err('DataCloneError'))).toBe('unavailable');
  });

  it('recognises a database closed under the tab', () => {
    expect(classifyStorageError(err('DatabaseClosedError'))).toBe('closed');
  });

  it('calls anything else unknown, and survives odd values', () => {
    expect(classifyStorageError(new Error('x'))).toBe('unknown');
    expect(classifyStorageError(null)).toBe('unknown');
    const loop: Record<string, unknown> = { name: 'X' };
    loop.inner = loop;
    expect(classifyStorageError(loop)).toBe('unknown');
  });
});
