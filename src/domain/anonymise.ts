// Why: DEDA is also used for teaching and research, where the names of the people at the table
// must not travel. This is the rule that turns a workshop into a copy without them: every
// participant becomes their role with a number, and their names inside the group's free text
// are replaced the same way. Pure: the labels come in the workshop's language from the caller,
// so the same rule runs in the app and in tests.
import type { ActionPoint } from './action-point';
import type { Owner } from './author';
import type { Participant } from './participant';
import type { Role } from './roles';
import type { WorkshopGraph } from './workshop-graph';

/** What the facilitator chooses to keep; everything else about the context is left out. */
export interface AnonymiseOptions {
  readonly keepOrganisation: boolean;
  readonly keepPlace: boolean;
  readonly keepFacilitator: boolean;
  readonly keepPhotos: boolean;
}

export const DEFAULT_ANONYMISE: AnonymiseOptions = { keepOrganisation: false, keepPlace: false, keepFacilitator: false, keepPhotos: false };

/** The words a pseudonym is made of, in the workshop's language. */
export interface AnonLabels {
  /** 'none': a participant with no role, or only 'other'. */
  readonly role: (role: Role | 'none') => string;
  /** Someone named as an action point's owner who was not at the table. */
  readonly outsider: string;
  readonly facilitator: string;
  readonly organisation: string;
  readonly place: string;
  /** Joins the pseudonyms a shared first or last name may stand for ("of" / "or"). */
  readonly or: string;
}

/** One line of the preview: what was replaced by what, and how often inside the text. */
export interface Replacement {
  readonly from: string;
  readonly to: string;
  readonly kind: 'participant' | 'outsider' | 'facilitator' | 'organisation' | 'place';
  /** How many times it (or part of it) was found in the free text. */
  readonly inText: number;
}

export interface Anonymised {
  readonly graph: WorkshopGraph;
  readonly replacements: readonly Replacement[];
}

/**
 * Names that are also ordinary words: these (as a whole name or as part of one) are replaced
 * only where written with a capital, as a name is ("Bos" yes, "het bos" no).
 */
const COMMON_WORDS = new Set([
  'bos', 'groen', 'wil', 'will', 'mark', 'bas', 'roos', 'rose', 'hope', 'koning', 'visser', 'bakker', 'smit', 'jong', 'berg', 'beek', 'dijk', 'brink', 'kok', 'mol', 'vos', 'haan', 'wit',
  'zwart', 'klein', 'lang', 'kort', 'rijk', 'arm', 'winter', 'zomer', 'mei', 'april', 'june', 'may', 'grant', 'bill', 'frank', 'rob', 'sterk', 'stern', 'baker', 'smith', 'white', 'black', 'young',
  'green', 'brown', 'king', 'hart', 'bloem', 'storm', 'wolf', 'vink', 'hoek', 'kerk', 'meer', 'veld', 'hof', 'sol', 'ben', 'bram', 'joy', 'faith', 'iris', 'lot', 'pim', 'hans', 'tim',
]);

/** Parts of a name that never stand alone for a person. */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', "'t", 'te', 'von', 'le', 'la', 'di', 'da', 'du', 'del', 'el', 'al', 'bin', 'op', 'in', "d'"]);

/** Letters NFD does not take apart, folded by hand. */
const FOLD: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd', '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2010': '-', '\u2011': '-' };

/**
 * The text folded for comparison (lower case, no diacritics, one kind of apostrophe and hyphen),
 * with for every folded unit the index of the original unit it came from.
 */
export function fold(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const base = FOLD[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
    for (let k = 0; k < base.length; k++) from.push(i);
    folded += base;
    i += ch.length;
  }
  from.push(text.length);
  return { folded, from };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Candidate {
  /** Folded form searched for. */
  readonly key: string;
  readonly to: string;
  /** Only where the text writes it with a capital. */
  readonly capital: boolean;
  /** The line of the preview it counts for; -1 for a part two people share. */
  readonly line: number;
}

function nameParts(name: string): string[] {
  return name.split(/\s+/).filter((p) => p.length > 0);
}

/** Significant single parts of a name: no particles, no initials ("J." or "J"). */
function singleParts(name: string): string[] {
  return nameParts(name).filter((p) => {
    const f = fold(p).folded.replace(/\.$/, '');
    return f.length >= 2 && !PARTICLES.has(f);
  });
}

function isCommon(part: string): boolean {
  const f = fold(part).folded;
  return f.split(/[\s-]+/).some((w) => COMMON_WORDS.has(w));
}

/**
 * Replaces every candidate in `text`: longest first at each place, whole words only (not inside
 * another word), ignoring case and diacritics except for names that are also words.
 */
function replaceIn(text: string, candidates: readonly Candidate[], counts: number[]): string {
  if (text === '' || candidates.length === 0) return text;
  const { folded, from } = fold(text);
  let out = '';
  let copied = 0;
  let p = 0;
  while (p < folded.length) {
    const before = p === 0 ? '' : (folded[p - 1] ?? '');
    let hit: Candidate | undefined;
    if (!WORD_CHAR.test(before)) {
      for (const c of candidates) {
        if (!folded.startsWith(c.key, p)) continue;
        const after = folded[p + c.key.length] ?? '';
        if (WORD_CHAR.test(after)) continue;
        const first = text[from[p] ?? 0] ?? '';
        if (c.capital && first === first.toLowerCase()) continue;
        hit = c;
        break;
      }
    }
    if (!hit) {
      p++;
      continue;
    }
    const start = from[p] ?? 0;
    const end = from[p + hit.key.length] ?? text.length;
    out += text.slice(copied, start) + hit.to;
    copied = end;
    if (hit.line >= 0) counts[hit.line] = (counts[hit.line] ?? 0) + 1;
    p += hit.key.length;
  }
  return out + text.slice(copied);
}

/** The pseudonym of every participant: their first role's label and a number per label, in table order. */
export function pseudonyms(participants: readonly Participant[], labels: AnonLabels): Map<string, string> {
  const seen = new Map<string, number>();
  const result = new Map<string, string>();
  for (const p of [...participants].sort((a, b) => a.order - b.order)) {
    const role = p.roles.find((r) => r !== 'other') ?? 'none';
    const label = labels.role(role);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    result.set(p.id, `${label} ${n}`);
  }
  return result;
}

interface Named {
  readonly name: string;
  readonly to: string;
  readonly kind: Replacement['kind'];
}

/** The candidates for all named people and places: whole names always, single parts where they point at one pseudonym. */
function candidatesFor(named: readonly Named[], labels: AnonLabels): Candidate[] {
  const list: Candidate[] = [];
  const byPart = new Map<string, { tos: Set<string>; line: number; capital: boolean }>();
  named.forEach((n, line) => {
    const whole = n.name.trim();
    if (fold(whole).folded.replace(/\.$/, '').length < 2) return;
    const people = n.kind === 'participant' || n.kind === 'outsider' || n.kind === 'facilitator';
    // A name made of words only ("Wil Groen", a place "Groen") is a name only with its capital.
    list.push({ key: fold(whole).folded, to: n.to, capital: nameParts(whole).every((p) => isCommon(p) || PARTICLES.has(fold(p).folded)), line });
    if (!people) return;
    const parts = singleParts(whole);
    const all = nameParts(whole);
    // The surname with its particles ("van der Berg") is a part of its own.
    const surname = all.length > 2 ? all.slice(1).join(' ') : null;
    for (const part of [...(parts.length > 1 ? parts : []), ...(surname ? [surname] : [])]) {
      const key = fold(part).folded;
      const entry = byPart.get(key) ?? { tos: new Set<string>(), line, capital: isCommon(part) };
      entry.tos.add(n.to);
      byPart.set(key, entry);
    }
  });
  const wholeKeys = new Set(list.map((c) => c.key));
  for (const [key, e] of byPart) {
    if (wholeKeys.has(key)) continue;
    // A part that two people share stands for either of them: both pseudonyms are named, so no name is left.
    const to = e.tos.size === 1 ? [...e.tos][0]! : [...e.tos].join(` ${labels.or} `);
    list.push({ key, to, capital: e.capital, line: e.tos.size === 1 ? e.line : -1 });
  }
  return list.sort((a, b) => b.key.length - a.key.length);
}

/**
 * The workshop without the names of the people at the table (and, unless kept, without its
 * organisation, place and facilitator), and the list of what was replaced by what.
 */
export function anonymise(graph: WorkshopGraph, labels: AnonLabels, options: AnonymiseOptions = DEFAULT_ANONYMISE): Anonymised {
  const w = graph.workshop;
  const names = pseudonyms(graph.participants, labels);
  const named: Named[] = graph.participants.map((p) => ({ name: p.name, to: names.get(p.id) ?? labels.role('none'), kind: 'participant' as const }));
  // People named as owners who were not at the table are pseudonymised as well.
  const outsiders = new Map<string, string>();
  const known = new Set(named.map((n) => fold(n.name.trim()).folded));
  for (const a of graph.actionPoints) {
    if (a.owner.kind !== 'person') continue;
    const key = fold(a.owner.name.trim()).folded;
    if (key === '' || known.has(key) || outsiders.has(key)) continue;
    outsiders.set(key, `${labels.outsider} ${outsiders.size + 1}`);
    named.push({ name: a.owner.name.trim(), to: outsiders.get(key)!, kind: 'outsider' });
  }
  if (!options.keepFacilitator && w.facilitator.trim() !== '') named.push({ name: w.facilitator, to: labels.facilitator, kind: 'facilitator' });
  if (!options.keepOrganisation && w.organisation.trim() !== '') named.push({ name: w.organisation, to: labels.organisation, kind: 'organisation' });
  if (!options.keepPlace && w.place.trim() !== '') named.push({ name: w.place, to: labels.place, kind: 'place' });

  const candidates = candidatesFor(named, labels);
  const counts: number[] = named.map(() => 0);
  const tx = (s: string) => replaceIn(s, candidates, counts);
  const owner = (o: Owner): Owner => (o.kind === 'person' ? { kind: 'person', name: outsiders.get(fold(o.name.trim()).folded) ?? tx(o.name) } : o);
  const point = (a: ActionPoint): ActionPoint => ({
    ...a,
    title: tx(a.title),
    description: tx(a.description),
    dropReason: tx(a.dropReason),
    owner: owner(a.owner),
    origin: a.origin.kind === 'precondition' ? { ...a.origin, suggestion: tx(a.origin.suggestion) } : a.origin,
    done: { ...a.done, note: tx(a.done.note), by: tx(a.done.by) },
  });

  const anonymous: WorkshopGraph = {
    workshop: {
      ...w,
      title: tx(w.title),
      dataProject: tx(w.dataProject),
      organisation: options.keepOrganisation ? w.organisation : '',
      place: options.keepPlace ? w.place : '',
      facilitator: options.keepFacilitator ? w.facilitator : '',
      goal: { ...w.goal, statement: tx(w.goal.statement), deliverables: tx(w.goal.deliverables), nonDeliverables: tx(w.goal.nonDeliverables), dataSets: tx(w.goal.dataSets) },
      values: {
        ...w.values,
        entries: w.values.entries.map((v) => ({ ...v, label: tx(v.label), description: tx(v.description) })),
        conflicts: w.values.conflicts.map((c) => ({ ...c, description: tx(c.description) })),
      },
      absent: w.absent.map((a) => ({ ...a, party: tx(a.party), reason: tx(a.reason) })),
      decision: w.decision && { ...w.decision, rationale: tx(w.decision.rationale), decidedBy: tx(w.decision.decidedBy), dissent: w.decision.dissent.map((d) => ({ ...d, who: tx(d.who), reason: tx(d.reason) })) },
      screening: { ...w.screening, note: tx(w.screening.note) },
      lastExportedAt: null,
    },
    participants: graph.participants.map((p) => ({ ...p, name: names.get(p.id) ?? labels.role('none'), roleNote: tx(p.roleNote) })),
    notes: graph.notes.map((n) => ({ ...n, text: tx(n.text) })),
    questionStates: graph.questionStates,
    actionPoints: graph.actionPoints.map(point),
    attachments: options.keepPhotos ? graph.attachments.map((a) => ({ ...a, caption: tx(a.caption) })) : [],
  };
  const replacements = named.map((n, i): Replacement => ({ from: n.name.trim(), to: n.to, kind: n.kind, inText: counts[i] ?? 0 }));
  return { graph: anonymous, replacements };
}
