// Why: the register takes Dutch records only (its `lang` permits 'nld' alone), so the few words
// the mapping puts around the workshop's own text are Dutch whatever language the interface or
// the workshop uses. They sit apart from the rules so that the mapping reads as a mapping.
// Our own words, at B1 level as the standard asks for the fields the public reads.
import type { Outcome } from '../decision';
import type { Precondition } from '../preconditions';
import type { DpiaOutcome, IamaOutcome } from '../screening';
import type { IsoDate } from '../time';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `2026-11-12` as `12 november 2026`. */
export function dutchDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  const month = MONTHS[Number(m) - 1];
  return month ? `${Number(d)} ${month} ${y}` : date;
}

export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  go: 'het project gaat door',
  'go-with-conditions': 'het project gaat door onder voorwaarden',
  pause: 'het project wordt gepauzeerd',
  stop: 'het project stopt',
  deadlock: 'er is geen besluit: de waarden wegen even zwaar',
};

export const PRECONDITION_WORDS: Readonly<Record<Precondition, string>> = {
  'purpose-limitation': 'Doelbinding',
  accountability: 'Verantwoording',
  'integrated-work': 'Samenwerking tussen afdelingen',
  'political-support': 'Politiek draagvlak',
  'privacy-officer-involved': 'Privacy-officer of FG vanaf het begin betrokken',
};

export const W = {
  leading: 'De uitkomst van het algoritme beslist zelf; een medewerker kijkt niet vooraf mee.',
  advisory: 'De uitkomst van het algoritme is een advies. Een medewerker beslist.',
  notDelivered: 'Wat het niet doet:',
  coreValues: 'Belangrijkste waarden, op volgorde:',
  otherValues: 'Ook genoemd:',
  tensions: 'Waarden die botsen:',
  versus: 'tegenover',
  decision: 'Besluit na de DEDA-workshop:',
  concerns: 'Zorgen uit de workshop:',
  preconditions: 'Randvoorwaarden die nog niet (helemaal) op orde zijn:',
  partly: 'deels',
  missing: 'ontbreekt',
  conditions: 'Voorwaarden die eerst klaar moeten zijn:',
  due: 'uiterlijk',
  dataSets: 'Gebruikte gegevens:',
  dedaOn: (date: string) => `Op ${date} is een DEDA-workshop gehouden (De Ethische Data Assistent, een ethische toets van Utrecht Data School).`,
  deda: 'Er is een DEDA-workshop gehouden (De Ethische Data Assistent, een ethische toets van Utrecht Data School).',
  pointMade: (title: string) => `Hiervoor is een actiepunt gemaakt: ${title}.`,
  noPoint: 'Hiervoor is nog geen actiepunt gemaakt.',
} as const;

export function dpiaWords(o: DpiaOutcome): string {
  switch (o.kind) {
    case 'not-screened':
      return 'Of een DPIA nodig is, is in de workshop nog niet bekeken.';
    case 'required':
      return 'Uit de vragen in de workshop blijkt dat een DPIA verplicht is.';
    case 'unclear':
      return 'Of een DPIA verplicht is, is nog niet duidelijk: er staan nog vragen open.';
    case 'possible':
      return 'Een DPIA is misschien nodig: één van de criteria geldt.';
    case 'not-indicated':
      return o.noPersonalData ? 'Een DPIA is niet nodig: er worden geen persoonsgegevens gebruikt.' : 'Uit de vragen in de workshop blijkt niet dat een DPIA nodig is.';
  }
}

export function iamaWords(o: IamaOutcome): string {
  switch (o.kind) {
    case 'not-screened':
      return 'Of een IAMA nodig is, is in de workshop nog niet bekeken.';
    case 'required':
      return 'Het gaat om een AI-systeem met een hoog risico. Een toets van de gevolgen voor grondrechten is dan verplicht (AI-verordening, artikel 27). Een IAMA kan daarvoor dienen.';
    case 'advised':
      return 'Een IAMA wordt aangeraden: het algoritme gaat over mensen en kan hun rechten raken.';
    case 'unclear':
      return 'Of een IAMA nodig is, is nog niet duidelijk: er staan nog vragen open.';
    case 'not-indicated':
      return 'Uit de vragen in de workshop blijkt niet dat een IAMA nodig is.';
  }
}
