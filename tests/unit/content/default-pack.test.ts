// Why: the default pack must follow the public DEDA structure (four groups, eleven topics in
// order, two to four questions each), be complete in Dutch and English, and pass the same
// validation an outside pack would.
import { describe, expect, it } from 'vitest';
import { agendaFor, topicIdsOf } from '../../../src/content/agenda-for';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { validatePack } from '../../../src/content/validate-pack';

describe('default content pack', () => {
  it('passes validation', () => {
    const check = validatePack(defaultPack);
    expect(check.ok ? [] : check.problems).toEqual([]);
  });

  it('has the eleven topics in the DEDA order and groups', () => {
    expect(defaultPack.groups.map((g) => [g.id, g.topics.map((t) => t.id)])).toEqual([
      ['collection', ['algorithms', 'source']],
      ['use', ['anonymisation', 'visualisation']],
      ['storage', ['access', 'open-data']],
      ['general', ['responsibility', 'communication', 'transparency', 'privacy', 'bias']],
    ]);
    expect(topicIdsOf(defaultPack)).toHaveLength(11);
  });

  it('asks two to four questions per topic, each with a hint', () => {
    for (const topic of defaultPack.groups.flatMap((g) => g.topics)) {
      expect(topic.questions.length, topic.id).toBeGreaterThanOrEqual(2);
      expect(topic.questions.length, topic.id).toBeLessThanOrEqual(4);
      for (const q of topic.questions) {
        expect(q.text.nl.trim().endsWith('?'), q.id).toBe(true);
        expect(q.text.en.trim().endsWith('?'), q.id).toBe(true);
        expect(q.hint.nl.length, q.id).toBeGreaterThan(20);
        expect(q.hint.en.length, q.id).toBeGreaterThan(20);
      }
    }
  });

  it('is not a translation left half done: Dutch and English texts differ', () => {
    const questions = defaultPack.groups.flatMap((g) => g.topics.flatMap((t) => t.questions));
    const same = questions.filter((q) => q.text.nl === q.text.en);
    expect(same.map((q) => q.id)).toEqual([]);
  });

  it('gives a default agenda for every step', () => {
    expect(agendaFor(defaultPack)).toHaveLength(3 + 11 + 3);
  });
});

describe('validatePack', () => {
  it('refuses a pack with a missing translation, a duplicate id and a bad version, naming each', () => {
    const broken = JSON.parse(JSON.stringify(defaultPack)) as { version: string; groups: Array<{ topics: Array<{ questions: Array<{ id: string; text: Record<string, string> }> }> }> };
    broken.version = 'one';
    const qs = broken.groups[0]!.topics[0]!.questions;
    qs[0]!.text.en = '';
    qs[1]!.id = qs[0]!.id;
    const check = validatePack(broken);
    expect(check.ok).toBe(false);
    const problems = check.ok ? [] : check.problems;
    expect(problems).toContain('version: must be a version such as 1.0.0');
    expect(problems).toContain('groups[0].topics[0].questions[0].text.en: is missing or empty');
    expect(problems.some((p) => p.includes('duplicate question id'))).toBe(true);
  });

  it('refuses something that is not a pack at all', () => {
    expect(validatePack(null).ok).toBe(false);
    expect(validatePack({ format: 'other' }).ok).toBe(false);
  });
});
