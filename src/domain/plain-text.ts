// Why: a text is what it shows. Invisible characters that reorder what follows them (the
// bidirectional overrides, embeddings and isolates) or that are not text at all (control
// characters) let a name display exactly as a colleague's name, or a title as another file
// name. The app's own input is cleaned of them here before it is stored (every repository
// passes what it writes through `plainTexts`), an export is cleaned the same way, and an
// import refuses them (src/exchange/strict-checks.ts) and quotes them visibly with `showUnsafe`.
//
// Kept: tab, line feed and carriage return (notes have lines), and the bidirectional *marks*
// U+200E, U+200F and U+061C: they have no scope, cannot turn a run of letters around, and
// people who mix Arabic or Hebrew with Latin text and numbers need them to write correctly.

/**
 * C0 controls except tab, LF and CR; DEL and the C1 controls; the embeddings and overrides
 * U+202A–U+202E and the isolates U+2066–U+2069.
 */
// oxlint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// oxlint-disable-next-line no-control-regex
const UNSAFE_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `U+202E` for a code unit, as people who look it up write it. */
export function codePointName(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character that may not be in a text, with where it is; null when there is none. */
export function findUnsafeChar(text: string): { readonly index: number; readonly char: string } | null {
  const m = UNSAFE.exec(text);
  return m ? { index: m.index, char: codePointName(m[0]) } : null;
}

/** The text without those characters (what the app stores of what was typed or pasted). */
export function plainText(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, '') : text;
}

/** The text with each such character written out visibly, `⟨U+202E⟩`, for quoting a refused text. */
export function showUnsafe(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (c) => `⟨${codePointName(c)}⟩`) : text;
}

/**
 * Every string in a value made of plain objects and arrays, cleaned with `plainText`; anything
 * else (a Blob, a Date) is kept as it is. Objects without an unsafe string come back unchanged.
 */
export function plainTexts<T>(value: T): T {
  return clean(value) as T;
}

function clean(v: unknown): unknown {
  if (typeof v === 'string') return plainText(v);
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x: unknown) => {
      const c = clean(x);
      if (c !== x) changed = true;
      return c;
    });
    return changed ? out : v;
  }
  if (typeof v === 'object' && v !== null) {
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v;
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const c = clean(x);
      if (c !== x) changed = true;
      out[k] = c;
    }
    return changed ? out : v;
  }
  return v;
}
