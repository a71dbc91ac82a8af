// Why: refusal and failure messages are looked up by keys made at run time (one per reason);
// the typed `t` only takes literal keys, so this one narrow helper takes a string.
import { i18n } from '../../i18n/i18n';
import { refusalMessage, type Refusal } from '../../exchange/refusal';

export function tx(key: string, values: Record<string, string | number> = {}): string {
  return (i18n.t as unknown as (k: string, v: Record<string, string | number>) => string)(`exchange:${key}`, values);
}

export function refusalText(r: Refusal): string {
  const { key, values } = refusalMessage(r);
  return tx(key, values);
}
