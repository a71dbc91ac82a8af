// Why: refusal and failure messages are looked up by keys made at run time (one per reason);
// the typed `t` only takes literal keys, so this one narrow helper takes a string.
import { i18n } from '../../i18n/i18n';
import { refusalMessage, type Refusal } from '../../exchange/refusal';
import { markupPlace } from './markup-place';

export function tx(key: string, values: Record<string, string | number> = {}): string {
  return (i18n.t as unknown as (k: string, v: Record<string, string | number>) => string)(`exchange:${key}`, values);
}

export function refusalText(r: Refusal): string {
  // Text that looks like code, or hides an invisible character: name the place in the app's words, not as a JSON path (the
  // command-line verifier, for auditors, keeps the path: refusal.markup).
  if (r.kind === 'markup') return tx('refusal.markupAt', { place: tx(`export.markup.places.${markupPlace(r.path)}`), excerpt: r.excerpt });
  if (r.kind === 'control-character') return tx('refusal.control-characterAt', { place: tx(`export.markup.places.${markupPlace(r.path)}`), char: r.char, excerpt: r.excerpt });
  const { key, values } = refusalMessage(r);
  return tx(key, values);
}
