// Why: a refused file must say precisely why, in words a facilitator understands, in Dutch
// and English. Every reason is one case of this union; the texts live in locales/*/exchange.json
// under `refusal.<kind>` (and `refusal.signature.<failure>`), so the app and the command-line
// verifier say the same thing.
import { showUnsafe } from '../domain/plain-text';
import type { JweFailure } from './jwe';
import type { JwsFailure } from './jws';

export type Refusal =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'not-utf8' }
  | { readonly kind: 'too-deep'; readonly limit: number }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'forbidden-key'; readonly key: string }
  /** `found`: the format the file names itself, '' when it names none. */
  | { readonly kind: 'wrong-format'; readonly found: string }
  | { readonly kind: 'version-invalid' }
  | { readonly kind: 'version-newer'; readonly version: number }
  | { readonly kind: 'version-unsupported'; readonly version: number }
  | { readonly kind: 'unsigned' }
  | { readonly kind: 'invalid'; readonly path: string; readonly keyword: string }
  | { readonly kind: 'markup'; readonly path: string; readonly excerpt: string }
  | { readonly kind: 'text-too-long'; readonly path: string }
  | { readonly kind: 'too-many'; readonly path: string }
  | { readonly kind: 'duplicate-id'; readonly path: string; readonly id: string }
  | { readonly kind: 'broken-reference'; readonly path: string; readonly id: string }
  | { readonly kind: 'pack-invalid'; readonly problem: string }
  /** A pack file (exchange/pack-file.ts) whose text at `path` is missing in a language it declares. */
  | { readonly kind: 'pack-text-missing'; readonly path: string; readonly lang: string }
  /** A pack file that breaks a rule of the format beyond its schema (`problem`, in the validator's words). */
  | { readonly kind: 'pack-file-invalid'; readonly problem: string }
  /** The file's pack has the id and version of a pack this device knows, with other content. */
  | { readonly kind: 'pack-conflict'; readonly packId: string; readonly version: string }
  | { readonly kind: 'attachment-data'; readonly index: number; readonly caption: string }
  | { readonly kind: 'attachment-hash'; readonly index: number; readonly caption: string }
  | { readonly kind: 'signature'; readonly failure: JwsFailure }
  /** An encrypted bundle (a JWE, src/exchange/jwe.ts) that did not open, or held no bundle. */
  | { readonly kind: 'encrypted'; readonly failure: JweFailure }
  | { readonly kind: 'not-a-backup' }
  /** An anonymised copy (src/exchange/anonymised.ts) given where a bundle was expected. */
  | { readonly kind: 'anonymised-copy' }
  /** A bundle given where an anonymised copy was expected. */
  | { readonly kind: 'bundle-not-anonymised' }
  /** An anonymised copy whose content does not match its SHA-256: changed or damaged on the way. */
  | { readonly kind: 'anonymised-hash' }
  /** A text holds half of a UTF-16 pair (an escape such as \ud800): `key`, the member it is in. */
  | { readonly kind: 'lone-surrogate'; readonly key: string }
  /** Checking the file failed in a way no other reason covers: `detail`, the error's own words. */
  | { readonly kind: 'check-failed'; readonly detail: string }
  /** An invisible character that reorders or hides text; `char` as `U+202E`, `excerpt` shows it as `⟨U+202E⟩`. */
  | { readonly kind: 'control-character'; readonly path: string; readonly char: string; readonly excerpt: string }
  /** A date or moment that is not on the calendar (30 February). */
  | { readonly kind: 'impossible-date'; readonly path: string; readonly value: string }
  | { readonly kind: 'id-not-uuid'; readonly path: string; readonly id: string }
  /** An object in the file names the same member twice (JSON.parse would keep only the last). */
  | { readonly kind: 'duplicate-member'; readonly path: string; readonly key: string }
  /** A photo's bytes are not the image type it declares. */
  | { readonly kind: 'attachment-type'; readonly index: number; readonly caption: string; readonly mediaType: string };

export type RefusalKind = Refusal['kind'];

/** The translation key and its values, for i18next or the command-line verifier. */
export function refusalMessage(r: Refusal): { key: string; values: Record<string, string | number> } {
  switch (r.kind) {
    case 'signature':
      return { key: `refusal.signature.${r.failure}`, values: {} };
    case 'encrypted':
      return { key: `refusal.encrypted.${r.failure}`, values: {} };
    case 'wrong-format':
      return r.found ? { key: 'refusal.wrong-format', values: { found: showUnsafe(r.found) } } : { key: 'refusal.wrong-format-unnamed', values: {} };
    case 'too-large':
      return { key: 'refusal.too-large', values: { size: megabytes(r.bytes), limit: megabytes(r.limit) } };
    case 'attachment-data':
    case 'attachment-hash':
      return { key: `refusal.${r.kind}`, values: { number: r.index + 1, caption: showUnsafe(r.caption) || '—' } };
    case 'attachment-type':
      return { key: `refusal.${r.kind}`, values: { number: r.index + 1, caption: showUnsafe(r.caption) || '—', mediaType: r.mediaType } };
    default: {
      const values: Record<string, string | number> = {};
      // A text quoted from the file shows its invisible characters as such (⟨U+202E⟩).
      for (const [k, v] of Object.entries(r)) if (k !== 'kind' && (typeof v === 'string' || typeof v === 'number')) values[k] = typeof v === 'string' ? showUnsafe(v) : v;
      return { key: `refusal.${r.kind}`, values };
    }
  }
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1);
}
