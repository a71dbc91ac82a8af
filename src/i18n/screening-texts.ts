// Why: the DPIA and IAMA advice is said in two places, on the preconditions step (in the
// interface's language) and in the report (in the workshop's), and must say the same thing with
// the same reasons in both. One function turns an outcome into its title and reason sentences,
// given a translator for the `decision:screening` texts in the language wanted.
import type { DpiaOutcome, IamaOutcome } from '../domain/screening';
import { i18n } from './i18n';

/** A translator for the keys under `decision:screening`, in one language. */
export type ScreeningSay = (key: string, options?: Record<string, unknown>) => string;

export interface Advice {
  readonly title: string;
  readonly reasons: readonly string[];
}

/** The translator for `lang` (its `decision` texts must be loaded). */
export function screeningSay(lang: string): ScreeningSay {
  const t = i18n.getFixedT(lang, 'decision', 'screening') as unknown as ScreeningSay;
  return (key, options) => t(key, options);
}

/** "a, b en c" in the language of `say` (the list's last joiner is the word for "and"). */
function joined(items: readonly string[], say: ScreeningSay): string {
  if (items.length === 0) return say('dpia.none');
  return new Intl.ListFormat(say('lang'), { style: 'long', type: 'conjunction' }).format(items);
}

export function dpiaAdvice(o: DpiaOutcome, say: ScreeningSay): Advice {
  const criteria = (list: readonly string[]) => joined(list.map((c) => say(`criterion.${c}.short`)), say);
  switch (o.kind) {
    case 'not-screened':
      return { title: say('dpia.not-screened.title'), reasons: [say('dpia.not-screened.body')] };
    case 'required':
      return {
        title: say('dpia.required.title'),
        reasons: [
          ...(o.listed.length > 0 ? [say('dpia.requiredListed', { kinds: joined(o.listed.map((k) => say(`ap.${k}`)), say) })] : []),
          ...(o.met.length >= 2 ? [say('dpia.requiredMet', { count: o.met.length, criteria: criteria(o.met) })] : []),
        ],
      };
    case 'unclear':
      return { title: say('dpia.unclear.title'), reasons: [say('dpia.unclear.body', { met: criteria(o.met), open: criteria(o.open) })] };
    case 'possible':
      return { title: say('dpia.possible.title'), reasons: [say('dpia.possible.body', { criterion: criteria(o.met) })] };
    case 'not-indicated':
      return {
        title: say('dpia.not-indicated.title'),
        reasons: o.noPersonalData ? [say('dpia.not-indicated.noPersonalData')] : [say('dpia.not-indicated.body'), ...(o.open.length > 0 ? [say('dpia.not-indicated.open', { open: criteria(o.open) })] : [])],
      };
  }
}

export function iamaAdvice(o: IamaOutcome, say: ScreeningSay): Advice {
  switch (o.kind) {
    case 'not-screened':
    case 'advised':
    case 'not-indicated':
      return { title: say(`iamaOutcome.${o.kind}.title`), reasons: [say(`iamaOutcome.${o.kind}.body`)] };
    case 'required':
      return { title: say('iamaOutcome.required.title'), reasons: [say('iamaOutcome.required.body', { areas: joined(o.areas.map((a) => say(`area.${a}`)), say) })] };
    case 'unclear':
      return { title: say('iamaOutcome.unclear.title'), reasons: [say('iamaOutcome.unclear.body', { open: joined(o.open.map((q) => say(`iama.${q}.short`)), say) })] };
  }
}
