// Why: one realistic hand-over, fixed, so that the number of QR codes twenty notes need is a
// deterministic size target of the encoding (asserted in parts.test.ts, printed by the bench).
import type { UnsignedContribution } from '../../../../src/exchange/contribution/contribution';
import type { JoinCode } from '../../../../src/exchange/contribution/join-code';

const TEXTS = [
  'We weten niet precies waar de adresgegevens vandaan komen; navragen bij de afdeling Burgerzaken.',
  'Wie controleert of de koppeling met het BRP-bestand nog klopt na een verhuizing?',
  'Zorg dat bewoners kunnen zien welke gegevens over hen worden gebruikt.',
  'De dataset is drie jaar oud. Is dat nog representatief voor de wijk?',
  'Risico: kleine groepen zijn herleidbaar als we per straat rapporteren.',
  'Idee: eerst een pilot in één wijk, met een klankbordgroep van bewoners.',
  'Het doel is helder: minder wachttijd bij de schuldhulpverlening.',
  'Is toestemming hier de juiste grondslag, of is het een publieke taak?',
  'De leverancier bewaart logbestanden; hoe lang en waar staan die servers?',
  'We hebben nog geen DPIA; de FG wil daar eerst naar kijken.',
  'Medewerkers moeten de uitkomst kunnen uitleggen aan de inwoner aan de balie.',
  'Wat doen we als het model vaker mensen uit één wijk selecteert?',
  'Goed punt van de wethouder: het moet ook werken zonder de app.',
  'Bewaartermijn afspreken: na afloop van het traject gegevens verwijderen.',
  'Zorg voor een menselijke toets voordat er een brief de deur uit gaat.',
  'De cijfers van het CBS zijn openbaar, maar de combinatie is dat niet.',
  'Kunnen we het effect meten zonder individuele gegevens te bewaren?',
  'Toegang alleen voor twee medewerkers van het team, met logging.',
  'Open vraag: wie is eigenaar van de data na afloop van het contract?',
  'Communicatie: een korte uitleg op de website, in gewone taal.',
];

const KINDS = ['answer', 'concern', 'question', 'idea'] as const;
const QUESTIONS = ['source.origin', 'source.quality', 'source.consent', 'source.ownership'];

export const JOIN: JoinCode = {
  format: 'deda-tafel/join',
  formatVersion: 1,
  workshopId: '6f1c2a9e-4b7d-4e21-9a35-0c8d2f6b1e47',
  title: 'Vroegsignalering schulden',
  lang: 'nl',
  session: 'c2Vzc2lvbi0wMDAx',
  key: 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M',
  expiresAt: '2026-12-02T20:00:00.000Z',
  questions: QUESTIONS.map((id, i) => ({ id, text: `Vraag ${i + 1}: ${TEXTS[i]!.slice(0, 60)}` })),
  kinds: [...KINDS],
  people: [
    { id: '0b6f3c1e-2a4d-4f58-9c7e-1d2b3a4c5e6f', name: 'Fatima' },
    { id: '7e8d9c0b-1a2f-4e3d-8c4b-5a6f7e8d9c0b', name: 'Joost' },
  ],
};

/** Twenty notes by two people, ids and times as a phone makes them, but fixed. */
export function twentyNotes(): UnsignedContribution {
  return {
    format: 'deda-tafel/contribution',
    formatVersion: 1,
    workshopId: JOIN.workshopId,
    session: JOIN.session,
    writers: [{ participantId: JOIN.people[0]!.id, name: 'Fatima' }, { name: 'Sanne de Vries' }],
    notes: TEXTS.map((text, i) => ({
      id: `n${String(i).padStart(2, '0')}Xk3pQ9z`,
      questionId: QUESTIONS[i % QUESTIONS.length]!,
      kind: KINDS[i % KINDS.length]!,
      text,
      createdAt: new Date(Date.UTC(2026, 11, 2, 9, 14, 3 + i * 37, 120 + i)).toISOString(),
      writer: i % 2,
    })),
  };
}
