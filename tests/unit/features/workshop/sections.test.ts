// Why: the workshop's sections come from the table of steps: the walk of previous/next, the
// address a reload returns to and the name of every step in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import { indexPack } from '../../../../src/content/pack-index';
import { defaultPack } from '../../../../src/content/packs/default-pack';
import { CLOSING_STEPS, FIXED_STEPS, OPENING_STEPS } from '../../../../src/domain/steps';
import { parseSection, sectionLabel, VIEWS, walkOf } from '../../../../src/features/workshop/sections';
import { initI18n, loadNamespaces, setLang } from '../../../../src/i18n/i18n';
import { LANGS } from '../../../../src/domain/lang';

const index = indexPack(defaultPack);
const topicSteps = index.topics.map((t) => `topic:${t.id}`);

describe('the sections of a workshop', () => {
  beforeAll(async () => {
    await initI18n();
    await loadNamespaces(['workshop', 'decision']);
  });

  it('walks the opening steps, the topics of the pack, the closing steps, then the report and the overview', () => {
    expect(walkOf(index)).toEqual([...OPENING_STEPS, ...topicSteps, ...CLOSING_STEPS, 'report', 'overview']);
  });

  it('opens the section the address names, and the goal for a word it does not know', () => {
    for (const s of [...FIXED_STEPS, ...VIEWS, ...topicSteps]) expect(parseSection(s, index)).toBe(s);
    expect(parseSection('topic:unknown', index)).toBe('goal');
    expect(parseSection(null, index)).toBe('goal');
  });

  it.each(LANGS)('names every fixed step and view in %s, each differently', async (lang) => {
    await setLang(lang);
    const labels = [...FIXED_STEPS, ...VIEWS].map((s) => sectionLabel(s, index, lang));
    for (const [i, label] of labels.entries()) {
      expect(label.trim(), `${[...FIXED_STEPS, ...VIEWS][i]}`).not.toBe('');
      expect(label).not.toMatch(/steps\./);
    }
    expect(new Set(labels).size).toBe(labels.length);
    const first = index.topics[0];
    if (first) expect(sectionLabel(`topic:${first.id}`, index, lang)).toBe(first.title[lang]);
  });
});
