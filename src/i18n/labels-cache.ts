// Why: a topic board renders hundreds of note cards with the same few labels on each. A call
// to i18next costs tens of microseconds (key parsing, fallbacks, interpolation), which added up
// to a fifth of the time to open a board of 400 notes. These labels are looked up once per
// language and reused; the one variable part ({{text}}) is filled in by plain replacement.
import type { ParseKeys } from 'i18next';
import { currentLang, i18n } from './i18n';
import type { Namespace } from './resources';

/** A key of a plain string without plurals or context (those still go through `t`). */
export type PlainKey = ParseKeys<Namespace[]>;

const cache = new Map<string, string>();

/** The translation of `key` in the current language; cached once its namespace is loaded. */
export function label(key: PlainKey): string {
  const id = `${currentLang()}|${key}`;
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  // Not loaded yet (or missing): i18next answers with its own fallback, which is not cached.
  if (!i18n.hasResourceBundle(currentLang(), ns)) return i18n.t(key as never);
  // Without values, i18next leaves the {{placeholders}} in place (skipOnVariables).
  const text = String(i18n.t(key as never, { interpolation: { skipOnVariables: true } } as never));
  if (text !== path) cache.set(id, text);
  return text;
}

/** `label` with {{name}} placeholders filled in from `vars`. */
export function labelWith(key: PlainKey, vars: Readonly<Record<string, string | number>>): string {
  return label(key).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
