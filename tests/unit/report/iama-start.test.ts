import { beforeAll, describe, expect, it } from 'vitest';
import type { DocBlock } from '../../../src/report/docx/docx';
import { iamaStart } from '../../../src/report/iama/iama-start';
import { reportTexts } from '../../../src/report/report-texts';
import { words, type ReportT } from '../../../src/report/report-words';
import { graph as smallGraph } from '../support/fixtures';
import { fullWorkshop, NAMES } from './full-workshop';

let nl: ReportT;
let en: ReportT;
beforeAll(async () => {
  nl = await reportTexts('nl');
  en = await reportTexts('en');
});

const texts = (blocks: readonly DocBlock[]) => blocks.flatMap((b) => (b.kind === 'bullets' ? b.items : [b.text]));
/** The blocks under a level-1 heading starting with `prefix`, up to the next one. */
function under(blocks: readonly DocBlock[], prefix: string): DocBlock[] {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(prefix));
  if (at < 0) return [];
  const next = blocks.findIndex((b, i) => i > at && b.kind === 'heading');
  return blocks.slice(at + 1, next < 0 ? undefined : next);
}

describe('the IAMA start document', () => {
  it('fills the first part from the workshop, quoting the group, in the workshop’s language', () => {
    const g = fullWorkshop();
    const withGoal = { ...g, workshop: { ...g.workshop, goal: { ...g.workshop.goal, statement: 'Containers legen als ze vol zijn.', nonDeliverables: 'Geen controle op huishoudens.' }, values: { ...g.workshop.values, coreRanking: ['Privacy-id', 'Efficiëntie-id'] as never, conflicts: [{ id: 'c1' as never, a: 'Privacy-id' as never, b: 'Efficiëntie-id' as never, description: 'Sensoren zien meer dan nodig.' }] } } };
    const doc = iamaStart(withGoal, words(nl, 'nl', withGoal.participants));
    expect(doc.lang).toBe('nl-NL');
    expect(doc.blocks[0]).toEqual({ kind: 'title', text: `IAMA, deel 1 (waarom): ${g.workshop.title}` });
    expect(texts(under(doc.blocks, '2.'))).toContain('Het doel zoals de workshop het vastlegde: ‘Containers legen als ze vol zijn.’');
    expect(texts(under(doc.blocks, '2.'))).toContain('Wat het project uitdrukkelijk niet doet: ‘Geen controle op huishoudens.’');
    const values = under(doc.blocks, '3.');
    expect(values).toContainEqual({ kind: 'bullets', items: ['Privacy', 'Efficiëntie'] });
    expect(texts(values)).toContain('Privacy tegenover Efficiëntie: ‘Sensoren zien meer dan nodig.’');
    const people = texts(under(doc.blocks, '5.'));
    expect(people.some((p) => p.startsWith(NAMES.po))).toBe(true);
    // Concerns on algorithms and bias are carried along, with who said them; others are not.
    const concerns = texts(under(doc.blocks, '6.'));
    expect(concerns).toContain('J. de Vries: ‘Een fout leidt tot een overvolle container in een wijk die al vaak klaagt.’');
    expect(concerns).toContain('De groep: ‘Wijken met minder sensoren krijgen minder goede dienst.’');
    expect(concerns.join(' ')).not.toContain('pasjesadministratie');
  });

  it('invents nothing for an empty workshop: every section says it is still to be filled in', () => {
    const g = smallGraph();
    const doc = iamaStart(g, words(nl, 'nl', g.participants));
    for (const n of ['1.', '2.', '3.', '4.', '5.']) expect(under(doc.blocks, n), n).toContainEqual({ kind: 'todo', text: 'Nog in te vullen door het team.' });
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.text.startsWith('6.'))).toBe(false);
  });

  it('includes the DPIA advice when the group answered it, and speaks English for an English workshop', () => {
    const g = smallGraph();
    const screened = { ...g, workshop: { ...g.workshop, lang: 'en' as const, screening: { ...g.workshop.screening, personalData: 'yes' as const, apList: ['profiling' as const] } } };
    const doc = iamaStart(screened, words(en, 'en', screened.participants));
    expect(doc.lang).toBe('en-GB');
    expect(texts(under(doc.blocks, '4.')).join(' ')).toContain('DPIA according to the workshop: A DPIA is required. On the Dutch Data Protection Authority\'s list: Profiling.');
  });
});
