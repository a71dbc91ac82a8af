// Why: the register entry is published, so what the mapping takes from a workshop, and every
// limit and permitted value of the standard, must hold; a text one character over its limit
// is named, at its limit it passes, and nothing is ever cut off silently.
import { describe, expect, it } from 'vitest';
import type { ActionPointId, NoteId, QuestionId } from '../../../../src/domain/ids';
import type { Note } from '../../../../src/domain/note';
import { EMPTY_SCREENING } from '../../../../src/domain/screening-record';
import {
  PREFILLED_TEXT_FIELDS,
  PUBLICATION_CATEGORIES,
  REGISTER_FIELDS,
  REGISTER_STATUSES,
  registerLength,
  type RegisterField,
} from '../../../../src/domain/register/standard';
import { checkRegister, EMPTY_ANSWERS, prefill, registerFileName, registerJson, toRegister, type RegisterAnswers } from '../../../../src/domain/register/to-register';
import type { WorkshopGraph } from '../../../../src/domain/workshop-graph';
import { findMarkup } from '../../../../src/exchange/markup';
import { fullWorkshop } from '../../report/full-workshop';
import { T0, workshop } from '../../support/fixtures';

const FILLED: RegisterAnswers = { ...EMPTY_ANSWERS, status: 'In ontwikkeling', publication_category: 'Impactvolle algoritmes', contact_email: 'algoritmes@voorbeeld.nl', begin_date: '2027-03' };

const HUMAN = 'Een planner kan elke route met de hand aanpassen voordat de wagen vertrekt.';
const LAWFUL = 'De sensordata zijn verzameld voor het beheer van de containers (Wet milieubeheer).';

function rich(): WorkshopGraph {
  const g = fullWorkshop();
  const w = g.workshop;
  const dpiaPoint = g.actionPoints[0]?.id as ActionPointId;
  const note = (questionId: string, text: string, order: number): Note => ({ id: `f0000000-0000-4000-8000-00000000000${order}` as NoteId, workshopId: w.id, questionId: questionId as QuestionId, text, kind: 'answer', speaker: { kind: 'group' }, via: 'table', order, createdAt: T0, updatedAt: T0 });
  return {
    ...g,
    workshop: {
      ...w,
      screening: { ...EMPTY_SCREENING, personalData: 'yes', dpia: { 'combining-data': 'yes', 'vulnerable-people': 'yes' }, iama: { 'algorithm-about-people': 'no' }, points: { dpia: dpiaPoint, iama: null } },
    },
    notes: [...g.notes, note('algorithms.human-role', HUMAN, 1), note('source.original-purpose', LAWFUL, 2)],
  };
}

const problemsOf = (field: RegisterField, record: Record<string, unknown>) => checkRegister(record, findMarkup).filter((p) => p.field === field);

describe('toRegister on a rich workshop', () => {
  const g = rich();
  const r = toRegister(g, FILLED);

  it('takes name, organisation and goal from the workshop', () => {
    expect(r.name).toBe(g.workshop.dataProject);
    expect(r.organization).toBe(g.workshop.organisation);
    expect(r.goal).toContain(g.workshop.goal.statement);
    expect(r.goal).toContain(g.workshop.goal.nonDeliverables);
    expect(r.description_short).toContain(g.workshop.goal.deliverables);
    expect(r.description_short).toContain('advies');
  });

  it('weighs values, their tension and the decision in proportionality', () => {
    expect(r.proportionality).toContain('Privacy, Efficiëntie');
    expect(r.proportionality).toContain('Transparantie');
    expect(r.proportionality).toContain('Meer koppelen maakt de planning beter');
    expect(r.proportionality).toContain(g.workshop.decision?.rationale);
    expect(r.proportionality).toContain('onder voorwaarden');
  });

  it('lists concerns, weak preconditions and open conditions as risks, not what was dropped or done', () => {
    for (const n of g.notes.filter((x) => x.kind === 'concern')) expect(r.risks).toContain(n.text);
    expect(r.risks).toContain('Politiek draagvlak (ontbreekt): De raad is nog niet betrokken.');
    expect(r.risks).toContain('Verantwoording (deels)');
    expect(r.risks).not.toContain('Doelbinding');
    expect(r.risks).toContain('DPIA uitvoeren voor de koppeling met pasjesdata (uiterlijk 15 januari 2027)');
    expect(r.risks).toContain('Sensoren eerlijk over wijken verdelen');
    expect(r.risks).not.toContain('Bewoners informeren');
    expect(r.risks).not.toContain('Dashboard voor de raad');
  });

  it('takes human intervention, source data and lawful basis from their questions', () => {
    expect(r.human_intervention).toContain(HUMAN);
    expect(r.source_data).toContain(g.workshop.goal.dataSets);
    expect(r.source_data).toContain('sensoren in de containers');
    expect(r.source_data).not.toContain(LAWFUL);
    expect(r.lawful_basis).toBe(`- ${LAWFUL}`);
  });

  it('names this DEDA with its date and the DPIA and IAMA advice with the point made', () => {
    expect(r.impacttoetsen_grouping).toEqual([{ title: 'De Ethische Data Assistant (DEDA)' }]);
    expect(r.impacttoetsen).toContain('12 november 2026');
    expect(r.impacttoetsen).toContain('DPIA verplicht');
    expect(r.impacttoetsen).toContain('actiepunt gemaakt: DPIA uitvoeren');
    expect(r.impacttoetsen).toContain('IAMA: Uit de vragen in de workshop blijkt niet');
  });

  it('is Dutch, standard 1.0, carries the form answers and passes the check', () => {
    expect(r.lang).toBe('nld');
    expect(r.standard_version).toBe('1.0');
    expect(r.status).toBe('In ontwikkeling');
    expect(r.begin_date).toBe('2027-03');
    expect(r.website).toBeUndefined();
    expect(checkRegister(r, findMarkup)).toEqual([]);
  });

  it('never names who said what', () => {
    const text = registerJson(r);
    expect(text).not.toContain('Nguyễn Thị Ánh');
    expect(text).not.toContain('J. de Vries');
  });

  it('an edit replaces the prefill; a text over its limit stays whole and is named', () => {
    const long = 'a'.repeat(2501);
    const edited = toRegister(g, { ...FILLED, texts: { goal: long, risks: '' } });
    expect(edited.goal).toBe(long);
    expect(edited.risks).toBeUndefined();
    expect(checkRegister(edited)).toEqual([{ field: 'goal', problem: 'too-long', max: 2500 }]);
  });
});

describe('toRegister on an empty workshop', () => {
  const g: WorkshopGraph = { workshop: workshop({ organisation: '', dataProject: '' }), participants: [], notes: [], questionStates: [], actionPoints: [], attachments: [] };

  it('fills only what it knows and names every required field that is missing', () => {
    const r = toRegister(g, EMPTY_ANSWERS);
    expect(r.name).toBe(g.workshop.title);
    expect(r.goal).toBeUndefined();
    expect(r.risks).toBeUndefined();
    expect(r.impacttoetsen).toContain('nog niet bekeken');
    expect(checkRegister(r)).toEqual([
      { field: 'description_short', problem: 'required' },
      { field: 'organization', problem: 'required' },
      { field: 'status', problem: 'required' },
      { field: 'contact_email', problem: 'required' },
      { field: 'publication_category', problem: 'required' },
    ]);
  });

  it('describes the algorithm by its goal when nothing was said about what it delivers', () => {
    const goalOnly = { ...g, workshop: { ...g.workshop, goal: { ...g.workshop.goal, statement: 'Minder lege ritten.' } } };
    expect(prefill(goalOnly).description_short).toBe('Minder lege ritten.');
    expect(checkRegister(toRegister(goalOnly, EMPTY_ANSWERS)).map((p) => p.field)).not.toContain('description_short');
  });

  it('gives every prefilled field a text, empty where the workshop says nothing', () => {
    const p = prefill(g);
    expect(Object.keys(p).sort()).toEqual([...PREFILLED_TEXT_FIELDS].sort());
    expect(p.lawful_basis).toBe('');
    expect(p.human_intervention).toBe('');
  });
});

/** A value of `field` that is valid in every other respect and `n` characters long. */
function valueOfLength(field: RegisterField, n: number): string {
  if (field === 'begin_date' || field === 'end_date') return n === 7 ? '2027-01' : `2027-01${'1'.repeat(n - 7)}`;
  if (field === 'contact_email') return `${'a'.repeat(n - 7)}@gem.nl`;
  if (field === 'website' || field === 'url' || field === 'process_index_url' || field === 'publiccode') return `https://${'a'.repeat(n - 11)}.nl`;
  return '😀'.repeat(n);
}

describe('every limit of the standard', () => {
  const limited = (Object.entries(REGISTER_FIELDS) as [RegisterField, { maxLength: number | null }][]).filter(([, s]) => s.maxLength !== null);

  it('covers the limits the standard sets', () => {
    expect(Object.fromEntries(limited.map(([f, s]) => [f, s.maxLength]))).toMatchObject({ name: 100, description_short: 400, organization: 100, goal: 2500, risks: 2500, methods_and_models: 5000, provider: 200, begin_date: 7, contact_email: 500 });
  });

  for (const [field, spec] of limited) {
    const max = spec.maxLength as number;
    it(`${field}: ${max} characters pass, ${max + 1} are too long`, () => {
      const at = valueOfLength(field, max);
      const over = valueOfLength(field, max + 1);
      expect(registerLength(at)).toBe(max);
      expect(registerLength(over)).toBe(max + 1);
      expect(problemsOf(field, { [field]: at })).toEqual([]);
      expect(problemsOf(field, { [field]: over })).toEqual([{ field, problem: 'too-long', max }]);
    });
  }
});

describe('permitted values', () => {
  it('are the standard\'s own', () => {
    expect(REGISTER_STATUSES).toEqual(['In ontwikkeling', 'In gebruik', 'Buiten gebruik']);
    expect(PUBLICATION_CATEGORIES).toEqual(['Hoog-risico AI-systeem', 'Impactvolle algoritmes', 'Overige algoritmes']);
    expect(REGISTER_FIELDS.lang.values).toEqual(['nld']);
    expect(REGISTER_FIELDS.standard_version.values).toEqual(['1.0']);
  });

  it('every choice of the form makes a record the check accepts', () => {
    const g = rich();
    for (const status of REGISTER_STATUSES) {
      for (const publication_category of PUBLICATION_CATEGORIES) expect(checkRegister(toRegister(g, { ...FILLED, status, publication_category }), findMarkup)).toEqual([]);
    }
  });

  it('refuses a value outside the lists, a wrong month, a bad contact and markup', () => {
    const r = { ...toRegister(rich(), FILLED) } as Record<string, unknown>;
    expect(problemsOf('status', { ...r, status: 'Gepland' })).toEqual([{ field: 'status', problem: 'not-allowed' }]);
    expect(problemsOf('publication_category', { ...r, publication_category: 'Categorie B' })).toEqual([{ field: 'publication_category', problem: 'not-allowed' }]);
    expect(problemsOf('lang', { ...r, lang: 'NLD' })).toEqual([{ field: 'lang', problem: 'not-allowed' }]);
    expect(problemsOf('begin_date', { ...r, begin_date: '2027-13' })).toEqual([{ field: 'begin_date', problem: 'not-allowed' }]);
    expect(problemsOf('contact_email', { ...r, contact_email: 'Jan de Vries' })).toEqual([{ field: 'contact_email', problem: 'not-allowed' }]);
    expect(problemsOf('contact_email', { ...r, contact_email: 'https://voorbeeld.nl/contact' })).toEqual([]);
    expect(problemsOf('website', { ...r, website: 'http://voorbeeld.nl' })).toEqual([{ field: 'website', problem: 'not-allowed' }]);
    expect(problemsOf('goal', { ...r, goal: 'Zie <b>hier</b>' })).toEqual([{ field: 'goal', problem: 'not-allowed' }]);
    expect(problemsOf('goal', { ...r, goal: 'Minder dan 5 < 6 ritten' })).toEqual([]);
    expect(problemsOf('risks', { ...r, risks: 'Vragen aan Jan <jan@gemeente.nl>' })).toEqual([]);
    expect(problemsOf('name', { ...r, name: 'Route<script>x</script>' })).toEqual([{ field: 'name', problem: 'not-allowed' }]);
  });
});

describe('the file', () => {
  it('is named by date and title, and pretty-printed', () => {
    expect(registerFileName('Slimme: vuilcontainers?', '2026-11-12', '2026-12-01')).toBe('2026-11-12 Slimme- vuilcontainers algoritmeregister.json');
    expect(registerFileName('', null, '2026-12-01')).toBe('2026-12-01 workshop algoritmeregister.json');
    const text = registerJson(toRegister(rich(), FILLED));
    expect(text).toContain('\n  "name": ');
    expect(JSON.parse(text)).toEqual(toRegister(rich(), FILLED));
  });
});
