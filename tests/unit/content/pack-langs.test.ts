// Why: a pack in Dutch only must still read in an English workshop, and the built-in pack
// (complete in both languages) must come through untouched, so its hash and cache hold.
import { describe, expect, it } from 'vitest';
import { indexPack } from '../../../src/content/pack-index';
import { withEveryLang } from '../../../src/content/pack-langs';
import type { ContentPack, LocalizedText } from '../../../src/content/pack-types';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { TopicId } from '../../../src/domain/ids';

/** The default pack as an organisation might write it: Dutch only. */
function dutchOnly(): ContentPack {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (typeof v !== 'object' || v === null) return v;
    const o = v as Record<string, unknown>;
    if (typeof o.nl === 'string' && typeof o.en === 'string') return { nl: o.nl };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, strip(x)]));
  };
  return { ...(strip(defaultPack) as ContentPack), languages: ['nl'] };
}

describe('a pack in every language of the app', () => {
  it('keeps a complete pack as it is', () => {
    expect(withEveryLang(defaultPack)).toBe(defaultPack);
  });

  it('reads a Dutch-only pack in English with its Dutch texts, everywhere a screen looks', () => {
    const pack = dutchOnly();
    const topic = defaultPack.groups[0]!.topics[0]!;
    expect((pack.groups[0]!.topics[0]!.title as Partial<LocalizedText>).en).toBeUndefined();
    const index = indexPack(pack);
    expect(index.topic(topic.id as TopicId)?.title.en).toBe(topic.title.nl);
    expect(index.topics[0]?.questions[0]?.hint.en).toBe(topic.questions[0]?.hint.nl);
    expect(index.pack.groups[0]?.title.en).toBe(defaultPack.groups[0]?.title.nl);
    expect(index.pack.opening.values.suggestions.map((s) => s.en)).toEqual(defaultPack.opening.values.suggestions.map((s) => s.nl));
    expect(index.pack.title.en).toBe(defaultPack.title.nl);
  });

  it('does not change the stored pack', () => {
    const pack = dutchOnly();
    const before = JSON.stringify(pack);
    indexPack(pack);
    expect(JSON.stringify(pack)).toBe(before);
  });
});
