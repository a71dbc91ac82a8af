import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymise, fold, pseudonyms, type AnonLabels } from '../../../src/domain/anonymise';
import { newId, type ParticipantId } from '../../../src/domain/ids';
import type { Participant } from '../../../src/domain/participant';
import type { Role } from '../../../src/domain/roles';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { graph, T0 } from '../support/fixtures';

const ROLE: Record<Role | 'none', string> = {
  'privacy-officer': 'privacy officer', 'data-analyst': 'data analyst', 'project-owner': 'project owner', 'policy-officer': 'policy officer', communication: 'communication adviser',
  'domain-expert': 'domain expert', politics: 'politician', 'external-party': 'external party', other: 'participant', none: 'participant',
};
const labels: AnonLabels = { role: (r) => ROLE[r], outsider: 'outsider', facilitator: 'the facilitator', organisation: 'the organisation', place: 'the place', or: 'or' };

function person(name: string, roles: Role[], order: number, g: WorkshopGraph): Participant {
  return { id: newId<ParticipantId>(), workshopId: g.workshop.id, name, roles, roleNote: '', order, createdAt: T0, updatedAt: T0 };
}

/** A graph with these people and one note per text. */
function withPeople(people: [string, Role[]][], texts: string[]): WorkshopGraph {
  const g = graph();
  const participants = people.map(([name, roles], i) => person(name, roles, i, g));
  const base = g.notes[0]!;
  const notes = texts.map((text, i) => ({ ...base, id: `${base.id.slice(0, 30)}${String(i).padStart(6, '0')}` as typeof base.id, text, order: i }));
  return { ...g, participants, notes };
}

const notesOf = (people: [string, Role[]][], texts: string[]) => anonymise(withPeople(people, texts), labels).graph.notes.map((n) => n.text);

describe('pseudonyms', () => {
  it('numbers people per role, in table order, with "participant" for no role or only other', () => {
    const g = graph();
    const ps = [person('A', ['privacy-officer'], 0, g), person('B', [], 1, g), person('C', ['privacy-officer'], 2, g), person('D', ['other'], 3, g), person('E', ['other', 'politics'], 4, g)];
    expect([...pseudonyms(ps, labels).values()]).toEqual(['privacy officer 1', 'participant 1', 'privacy officer 2', 'participant 2', 'politician 1']);
  });
});

describe('anonymise: names inside free text', () => {
  const people: [string, Role[]][] = [['Łukasz Wróbel', ['privacy-officer']], ['Jan-Willem van der Berg', ['data-analyst']], ["Siobhán O'Neill", ['project-owner']], ['Anna Bos', ['policy-officer']], ['Wil Groen', ['communication']]];

  it('replaces whole names, diacritics and case aside', () => {
    expect(notesOf(people, ['lukasz wrobel vindt dit goed', 'LUKASZ WRÓBEL ook'])).toEqual(['privacy officer 1 vindt dit goed', 'privacy officer 1 ook']);
  });

  it('replaces a first or last name alone, also with hyphens and apostrophes', () => {
    expect(notesOf(people, ['Łukasz zegt nee', 'vraag het Wróbel', 'Jan-Willem rekent', 'Van der Berg heeft de data', 'O’Neill (met krul) en O\'Neill', "Siobhan's punt"])).toEqual([
      'privacy officer 1 zegt nee', 'vraag het privacy officer 1', 'data analyst 1 rekent', 'data analyst 1 heeft de data', 'project owner 1 (met krul) en project owner 1', "project owner 1's punt",
    ]);
  });

  it('does not replace inside other words', () => {
    expect(notesOf(people, ['Annabel en Bosch', 'Lukaszewski', 'Jan-Willemsen'])).toEqual(['Annabel en Bosch', 'Lukaszewski', 'Jan-Willemsen']);
  });

  it('replaces a name that is also a word only when written as a name', () => {
    expect(notesOf(people, ['Bos wil een wandeling in het bos', 'Wil Groen wil groen', 'Groen vraagt het'])).toEqual([
      'policy officer 1 wil een wandeling in het bos', 'communication adviser 1 wil groen', 'communication adviser 1 vraagt het',
    ]);
  });

  it('names both people where a first name is shared, so no name is left', () => {
    const texts = notesOf([['Jan de Vries', ['privacy-officer']], ['Jan Jansen', ['data-analyst']]], ['Jan twijfelt', 'Jansen en de Vries']);
    expect(texts[0]).toBe('privacy officer 1 or data analyst 1 twijfelt');
    expect(texts[1]).toBe('data analyst 1 en privacy officer 1');
  });

  it('reaches goal, values, action points, decision, dissent, absent parties and the screening note', () => {
    const g = withPeople(people, []);
    const w = g.workshop;
    const a = g.actionPoints[0]!;
    const input: WorkshopGraph = {
      ...g,
      workshop: {
        ...w,
        goal: { ...w.goal, statement: 'Doel van Łukasz', deliverables: 'Wróbel', nonDeliverables: 'geen Anna', dataSets: 'lijst van Jan-Willem' },
        values: { entries: [{ id: 'v' as never, label: 'Privacy', source: 'both', description: 'volgens Anna Bos' }], coreRanking: [], conflicts: [] },
        absent: [{ id: 'x' as never, party: 'Wil', reason: 'Groen was ziek' }],
        decision: { outcome: 'pause', rationale: 'Łukasz wil eerst een DPIA', dissent: [{ id: 'd' as never, who: 'Siobhán', reason: "O'Neill wil door" }], decidedBy: 'Anna en Wil', date: null, recordedAt: T0 },
        screening: { ...w.screening, note: 'Wróbel checkt' },
      },
      actionPoints: [{ ...a, title: 'Bel Łukasz', description: 'met Jan-Willem', owner: { kind: 'person', name: 'Pieter Post' }, done: { note: 'Anna deed het', by: 'Anna', on: null } }],
    };
    const out = anonymise(input, labels).graph;
    const everything = JSON.stringify(out);
    for (const part of ['Łukasz', 'Wróbel', 'Jan-Willem', 'Anna', 'Siobhán', "O'Neill", 'Pieter', 'Post', 'Groen']) expect(everything).not.toContain(part);
    expect(out.actionPoints[0]!.owner).toEqual({ kind: 'person', name: 'outsider 1' });
    expect(out.workshop.decision?.rationale).toBe('privacy officer 1 wil eerst een DPIA');
  });

  it('leaves out organisation, place and facilitator by default and replaces them in text; keeps them when chosen', () => {
    const g = graph();
    const input = { ...g, notes: [{ ...g.notes[0]!, text: 'Zoë Ørsted-Çelik leidt; Gemeente Voorbeeld betaalt' }] };
    const out = anonymise(input, labels);
    expect(out.graph.workshop.organisation).toBe('');
    expect(out.graph.workshop.place).toBe('');
    expect(out.graph.workshop.facilitator).toBe('');
    expect(out.graph.notes[0]!.text).toBe('the facilitator leidt; the organisation betaalt');
    const kept = anonymise(input, labels, { keepOrganisation: true, keepPlace: true, keepFacilitator: true, keepPhotos: false });
    expect(kept.graph.workshop.organisation).toBe('Gemeente Voorbeeld');
    expect(kept.graph.workshop.facilitator).toBe('Zoë Ørsted-Çelik');
  });

  it('leaves photos out unless chosen', () => {
    const g = graph();
    const photo = { id: 'p' as never, workshopId: g.workshop.id, target: { kind: 'workshop' as const }, caption: 'Łukasz bij de poster', mediaType: 'image/png' as const, width: 1, height: 1, byteSize: 1, sha256: '00', blob: new Blob(['x']), createdAt: T0 };
    const input = { ...g, attachments: [photo] };
    expect(anonymise(input, labels).graph.attachments).toEqual([]);
    const kept = anonymise(input, labels, { keepOrganisation: false, keepPlace: false, keepFacilitator: false, keepPhotos: true }).graph.attachments;
    expect(kept.map((a) => a.caption)).toEqual(['privacy officer 1 bij de poster']);
  });

  it('lists what it replaced and how often, for the preview', () => {
    const r = anonymise(withPeople(people, ['Łukasz en Wróbel', 'Anna']), labels).replacements;
    expect(r.find((x) => x.from === 'Łukasz Wróbel')).toEqual({ from: 'Łukasz Wróbel', to: 'privacy officer 1', kind: 'participant', inText: 2 });
    expect(r.find((x) => x.from === 'Anna Bos')?.inText).toBe(1);
  });
});

describe('fold', () => {
  it('maps every folded unit back to the original text', () => {
    const { folded, from } = fold('Ærø Łódź 🙂');
    expect(folded).toBe('aero lodz 🙂');
    expect(from.length).toBe(folded.length + 1);
  });
});

describe('anonymise, for any names', () => {
  const letter = fc.constantFrom(...'abcdeéfghijklmnoöprstuvwyzł'.split(''));
  const word = fc.tuple(fc.constantFrom(...'ABDEFGHJKLMNOPRSTVWZÅÉŁ'.split('')), fc.array(letter, { minLength: 3, maxLength: 8 })).map(([c, rest]) => c + rest.join(''));
  const name = fc.tuple(word, fc.constantFrom(' ', '-', " O'", ' van '), word).map(([a, sep, b]) => `${a}${sep}${b}`);

  it('leaves no participant name in the notes, however it is capitalised or accented', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 4, selector: (n) => fold(n).folded }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (names, picks) => {
        const texts = picks.map((k) => {
          const n = names[k % names.length]!;
          return k % 3 === 0 ? `gesprek met ${n.toUpperCase()}.` : k % 3 === 1 ? `${n.normalize('NFD').replace(/\p{M}/gu, '')} zei iets` : `(${n})`;
        });
        const out = notesOf(names.map((n) => [n, ['policy-officer']]), texts);
        for (const text of out) for (const n of names) expect(fold(text).folded).not.toContain(fold(n).folded);
      }),
    );
  });
});
