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
    if (isLang(base)) return base;
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

/** How a topic board is drawn on this device: as a poster for the table, or as a list. */
export type BoardLayout = 'table' | 'list';

/** The layout chosen on this device, or null while nobody chose (the screen's shape decides). */
export function boardLayout(): BoardLayout | null {
  const v = read('board-layout');
  return v === 'table' || v === 'list' ? v : null;
}

export function saveBoardLayout(layout: BoardLayout): void {
  store('board-layout', layout);
}

/** The topic a workshop was last at on this device, so the whole poster can mark it. */
export function lastTopic(workshopId: string): string | null {
  return read(`topic:${workshopId}`);
}

export function rememberTopic(workshopId: string, topicId: string): void {
  store(`topic:${workshopId}`, topicId);
}
