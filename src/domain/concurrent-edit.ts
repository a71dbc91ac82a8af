// Why: the same workshop can be open in two tabs (and, later, on two devices). When one
// changes a text the other is editing, the later writer must be told and choose, never
// silently overwrite or be overwritten. These are the pure rules: what counts as changed
// elsewhere, and what "keep both" makes of two texts.

/** Both texts, mine first, so that nothing either side typed is lost. */
export function keepBoth(mine: string, theirs: string, multiline: boolean): string {
  const a = mine.trim();
  const b = theirs.trim();
  if (a === '' || b.includes(a)) return b;
  if (b === '' || a.includes(b)) return a;
  return multiline ? `${a}\n\n${b}` : `${a} / ${b}`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Which fields an editor changed (compared with the record as it was opened: `base`), and
 * whether any of those was also changed elsewhere meanwhile (`current` is the stored record
 * now). Fields the editor left alone are never written, so another tab's change to them stays.
 */
export function editAgainst<T extends object, K extends keyof T>(base: T, current: T, change: Partial<Pick<T, K>>): { readonly changed: readonly K[]; readonly clash: readonly K[] } {
  const changed = (Object.keys(change) as K[]).filter((k) => !same(change[k], base[k]));
  const clash = changed.filter((k) => !same(current[k], base[k]) && !same(current[k], change[k]));
  return { changed, clash };
}
