// Why: a refused pack file must say why in the reader's words. Most reasons are the ones a
// bundle gets (exchange/refusal.ts); where a bundle's words would mislead ("not a workshop
// bundle", a place inside a workshop) a pack file gets its own.
import type { Refusal } from '../../exchange/refusal';
import { refusalMessage } from '../../exchange/refusal';
import { showUnsafe } from '../../domain/plain-text';
import { i18n } from '../../i18n/i18n';
import type { StorePackOutcome } from '../../storage/packs-repo';

/** i18next's typed `t` takes literal keys only; these keys are made per reason. */
const anyT = (key: string, values: Record<string, string | number>) => (i18n.t as unknown as (k: string, v: Record<string, string | number>) => string)(key, values);
const pt = (key: string, values: Record<string, string | number> = {}) => anyT(`packs:${key}`, values);

export function packRefusalText(r: Refusal): string {
  if (r.kind === 'wrong-format') return r.found ? pt('refusal.wrong-format', { found: showUnsafe(r.found) }) : pt('refusal.wrong-format-unnamed');
  if (r.kind === 'markup' || r.kind === 'control-character') return pt(`refusal.${r.kind}`, refusalMessage(r).values);
  const { key, values } = refusalMessage(r);
  return anyT(`exchange:${key}`, values);
}

export function conflictText(outcome: Extract<StorePackOutcome, { kind: 'conflict' }>, pack: { id: string; version: string }): string {
  return pt(outcome.builtIn ? 'refusal.conflict-builtin' : 'refusal.conflict-stored', { id: showUnsafe(pack.id), version: showUnsafe(pack.version) });
}

export { pt };
