// Why: a pack may declare fewer languages than the app speaks (an organisation's own pack in
// Dutch only), and a workshop may be held in any of the app's languages. The screens read a
// pack's texts as `text[lang]`; this fills every text a pack lacks in a language with its text
// in another (domain/lang `localized`), once, where the pack is indexed for display, so no
// screen shows an empty title. The stored pack itself is never changed (its hash stays).
import { LANGS } from '../domain/lang';
import { localized } from '../domain/localized';
import type { ContentPack, LocalizedText } from './pack-types';

function complete(text: LocalizedText): boolean {
  return LANGS.every((l) => typeof text[l] === 'string' && text[l].trim() !== '');
}

function fill(text: LocalizedText): LocalizedText {
  return complete(text) ? text : (Object.fromEntries(LANGS.map((l) => [l, localized(text, l)])) as Record<(typeof LANGS)[number], string>);
}

/** Every text of the pack, in one list: what `withEveryLang` fills. */
function textsOf(pack: ContentPack): LocalizedText[] {
  const o = pack.opening;
  return [
    pack.title,
    pack.attribution,
    o.goal.intro,
    o.goal.hint,
    o.participants.intro,
    o.participants.hint,
    o.values.intro,
    o.values.hint,
    ...o.values.suggestions,
    ...pack.groups.flatMap((g) => [g.title, ...g.topics.flatMap((t) => [t.title, t.intro, ...t.questions.flatMap((q) => [q.text, q.hint])])]),
  ];
}

/** The pack with a text in every language of the app; the same object when it already has them all. */
export function withEveryLang(pack: ContentPack): ContentPack {
  if (textsOf(pack).every(complete)) return pack;
  const o = pack.opening;
  return {
    ...pack,
    title: fill(pack.title),
    attribution: fill(pack.attribution),
    opening: {
      goal: { intro: fill(o.goal.intro), hint: fill(o.goal.hint) },
      participants: { intro: fill(o.participants.intro), hint: fill(o.participants.hint) },
      values: { ...o.values, intro: fill(o.values.intro), hint: fill(o.values.hint), suggestions: o.values.suggestions.map(fill) },
    },
    groups: pack.groups.map((g) => ({
      ...g,
      title: fill(g.title),
      topics: g.topics.map((t) => ({ ...t, title: fill(t.title), intro: fill(t.intro), questions: t.questions.map((q) => ({ ...q, text: fill(q.text), hint: fill(q.hint) })) })),
    })),
  };
}
