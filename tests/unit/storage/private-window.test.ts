// Why: the app says "everything is gone when this window closes" only where the browser lets a
// private window be known, and never in an ordinary window. The figures for an ordinary
// window are those measured in Chromium 156 (normal profile and incognito alike) and typical
// Firefox and Safari ones.
import { describe, expect, it } from 'vitest';
import { detectPrivateWindow, privateWindowSign, type WindowFacts } from '../../../src/storage/private-window';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const CHROMIUM: WindowFacts = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  secure: true,
  serviceWorker: true,
  quota: 10 * GiB,
  persisted: false,
  heapLimit: 4192 * MiB,
  fileSystem: { kind: 'ok' },
};
const FIREFOX: WindowFacts = { ...CHROMIUM, userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', heapLimit: null, quota: 50 * GiB };
const SAFARI: WindowFacts = { ...CHROMIUM, userAgent: 'Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1', heapLimit: null, quota: 2 * GiB };

describe('a private window, where the browser lets it be known', () => {
  it('says nothing in ordinary windows of the three engines', () => {
    expect(privateWindowSign(CHROMIUM)).toBeNull();
    expect(privateWindowSign(FIREFOX)).toBeNull();
    expect(privateWindowSign(SAFARI)).toBeNull();
  });

  it('knows Firefox by its service workers being off in a secure page', () => {
    expect(privateWindowSign({ ...FIREFOX, serviceWorker: false })).toBe('no-service-worker');
    // Not secure (plain http on another host): no service worker anywhere, so no sign.
    expect(privateWindowSign({ ...FIREFOX, serviceWorker: false, secure: false })).toBeNull();
    // Another engine without service workers (an app's built-in browser) is not called private.
    expect(privateWindowSign({ ...SAFARI, serviceWorker: false })).toBeNull();
  });

  it('knows WebKit by its file system refused for an "unknown transient reason"', () => {
    expect(privateWindowSign({ ...SAFARI, fileSystem: { kind: 'refused', message: 'UnknownError: unknown transient reason' } })).toBe('file-system-transient');
    expect(privateWindowSign({ ...SAFARI, fileSystem: { kind: 'refused', message: 'SecurityError: The operation is insecure.' } })).toBeNull();
    expect(privateWindowSign({ ...SAFARI, fileSystem: { kind: 'absent' } })).toBeNull();
  });

  it('knows a quota held in memory: tiny, or under twice the heap limit, unless storage is persisted', () => {
    expect(privateWindowSign({ ...CHROMIUM, quota: 100 * MiB })).toBe('quota-in-memory');
    expect(privateWindowSign({ ...CHROMIUM, quota: 1200 * MiB })).toBe('quota-in-memory');
    expect(privateWindowSign({ ...CHROMIUM, quota: 2 * 4192 * MiB + 1 })).toBeNull();
    expect(privateWindowSign({ ...CHROMIUM, quota: 100 * MiB, persisted: true })).toBeNull();
    // No heap figure (not Chromium): only a tiny quota counts.
    expect(privateWindowSign({ ...SAFARI, quota: 1200 * MiB })).toBeNull();
    expect(privateWindowSign({ ...SAFARI, quota: 80 * MiB })).toBe('quota-in-memory');
    expect(privateWindowSign({ ...CHROMIUM, quota: null })).toBeNull();
    expect(privateWindowSign({ ...CHROMIUM, quota: 0 })).toBeNull();
  });

  it('reads the browser without throwing, also where it lacks the storage API', async () => {
    expect(['no-service-worker', 'file-system-transient', 'quota-in-memory', null]).toContain(await detectPrivateWindow());
  });
});
