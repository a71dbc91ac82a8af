// Why: a handful of per-device choices (language, notices already seen) must be known
// synchronously before the first render, so they live in localStorage, not IndexedDB.
// Failing storage (private mode, blocked) only means the choice is not remembered.
import { DEFAULT_LANG, isLang, type Lang } from '../domain/lang';

const PREFIX = 'deda-tafel:';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

function store(key: string, value: string | null): boolean {
  try {
    if (value === null) globalThis.localStorage?.removeItem(PREFIX + key);
    else globalThis.localStorage?.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false;
  }
}

export function preferredLang(browserLangs: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const saved = read('lang');
  if (isLang(saved)) return saved;
  // Dutch first: only a browser that asks for English before Dutch gets English.
  for (const tag of browserLangs) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl') return 'nl';
    if (base === 'en') return 'en';
  }
  return DEFAULT_LANG;
}

export function savePreferredLang(lang: Lang): void {
  store('lang', lang);
}

export type Notice = 'offline-ready' | 'persist-asked' | 'persist-advice';

export function noticeSeen(notice: Notice): boolean {
  return read(`seen:${notice}`) === '1';
}

export function markNoticeSeen(notice: Notice): void {
  store(`seen:${notice}`, '1');
}
