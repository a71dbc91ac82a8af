// Why: a DEDA workshop is one step in a municipality's accountability chain; the next question
// is always whether a DPIA is required (GDPR art. 35) and whether an IAMA, the Dutch human-rights
// and algorithms assessment, is advisable (for a high-risk AI system the AI Act's art. 27
// fundamental-rights assessment, which an IAMA can serve). The group answers a few yes/no
// questions with what it now knows; these rules say what follows from the answers and why, from
// published criteria. They decide nothing by themselves: the answers are the group's, and an
// unanswered or unknown criterion is said to be open, never counted as "no".
//
// Sources of the criteria (paraphrased, in our own words):
// - the nine criteria of the European data protection board's guidelines on DPIAs (WP248 rev.01,
//   endorsed by the EDPB): a processing that meets two or more will in most cases need a DPIA;
// - the Dutch Autoriteit Persoonsgegevens' list of processing for which a DPIA is always
//   required (Staatscourant 2019, 64418; seventeen kinds);
// - the AI Act (Regulation (EU) 2024/1689), art. 27 with annex III: a body governed by public law
//   that deploys a high-risk AI system assesses its impact on fundamental rights first;
// - the IAMA (Ministry of the Interior, 2021): advised whenever an algorithm is used in decisions
//   or actions that affect people.
import type { ActionPointId } from './ids';
import type { Answer, ApListKind, DpiaCriterion, HighRiskArea, IamaQuestion, Screening } from './screening-record';
import { EMPTY_SCREENING } from './screening-record';

export { EMPTY_SCREENING, type Answer, type ApListKind, type DpiaCriterion, type HighRiskArea, type IamaQuestion, type Screening };

export const ANSWERS = ['yes', 'no', 'unknown'] as const satisfies readonly Answer[];

/** The EDPB's nine criteria of a processing likely to result in a high risk. */
export const DPIA_CRITERIA = [
  'evaluation-scoring',
  'automated-decision',
  'systematic-monitoring',
  'sensitive-data',
  'large-scale',
  'combining-data',
  'vulnerable-people',
  'new-technology',
  'blocks-right-or-service',
] as const satisfies readonly DpiaCriterion[];

/** The seventeen kinds of processing on the Autoriteit Persoonsgegevens' list. */
export const AP_LIST = [
  'covert-investigation',
  'blacklists',
  'fraud-prevention',
  'credit-scores',
  'financial-situation',
  'genetic-data',
  'health-data',
  'partnerships',
  'camera-surveillance',
  'flexible-camera-surveillance',
  'employee-monitoring',
  'location-data',
  'communication-data',
  'internet-of-things',
  'profiling',
  'behaviour-observation',
  'biometric-data',
] as const satisfies readonly ApListKind[];

/** The questions that decide whether an IAMA is advised, or the AI Act's assessment required. */
export const IAMA_QUESTIONS = ['algorithm-about-people', 'affects-rights', 'ai-system'] as const satisfies readonly IamaQuestion[];

/** The areas of the AI Act's annex III in which an AI system is high-risk (point 2, critical
 * infrastructure, is left out: art. 27 does not ask its deployers for the assessment). */
export const HIGH_RISK_AREAS = ['biometrics', 'education', 'employment', 'public-services', 'law-enforcement', 'migration', 'justice-democracy'] as const satisfies readonly HighRiskArea[];

export type DpiaOutcome =
  /** Nothing answered yet. */
  | { readonly kind: 'not-screened' }
  /** On the authority's list, or two or more criteria met. */
  | { readonly kind: 'required'; readonly listed: readonly ApListKind[]; readonly met: readonly DpiaCriterion[] }
  /** Open criteria could still make two. */
  | { readonly kind: 'unclear'; readonly met: readonly DpiaCriterion[]; readonly open: readonly DpiaCriterion[] }
  /** One criterion met: a DPIA may still be needed; the reason not to do one is recorded. */
  | { readonly kind: 'possible'; readonly met: readonly DpiaCriterion[] }
  /** No personal data, or no criterion met and at most one open. */
  | { readonly kind: 'not-indicated'; readonly noPersonalData: boolean; readonly open: readonly DpiaCriterion[] };

export type IamaOutcome =
  | { readonly kind: 'not-screened' }
  /** A high-risk AI system deployed by a public body: the AI Act's assessment is required. */
  | { readonly kind: 'required'; readonly areas: readonly HighRiskArea[] }
  /** An algorithm used about people that can affect their rights: an IAMA is advised. */
  | { readonly kind: 'advised' }
  /** What decides it is not known yet. */
  | { readonly kind: 'unclear'; readonly open: readonly IamaQuestion[] }
  | { readonly kind: 'not-indicated' };

export function dpiaOutcome(s: Screening): DpiaOutcome {
  const answered = s.personalData !== null || s.apList.length > 0 || DPIA_CRITERIA.some((c) => s.dpia[c] !== undefined);
  if (!answered) return { kind: 'not-screened' };
  const met = DPIA_CRITERIA.filter((c) => s.dpia[c] === 'yes');
  const open = DPIA_CRITERIA.filter((c) => s.dpia[c] !== 'yes' && s.dpia[c] !== 'no');
  // The list and the criteria are about personal data: without any, neither applies.
  if (s.personalData === 'no') return { kind: 'not-indicated', noPersonalData: true, open: [] };
  if (s.apList.length > 0 || met.length >= 2) return { kind: 'required', listed: [...s.apList], met };
  if (open.length > 0 && met.length + open.length >= 2) return { kind: 'unclear', met, open };
  if (met.length === 1) return { kind: 'possible', met };
  return { kind: 'not-indicated', noPersonalData: false, open };
}

export function iamaOutcome(s: Screening): IamaOutcome {
  const answers = IAMA_QUESTIONS.map((q) => s.iama[q]);
  if (answers.every((a) => a === undefined) && s.highRiskAreas.length === 0) return { kind: 'not-screened' };
  if (s.iama['ai-system'] === 'yes' && s.highRiskAreas.length > 0) return { kind: 'required', areas: [...s.highRiskAreas] };
  if (s.iama['algorithm-about-people'] === 'yes' && s.iama['affects-rights'] === 'yes') return { kind: 'advised' };
  // Not advised yet: it still could be when an answer that would make it so is open.
  const about = s.iama['algorithm-about-people'];
  const rights = s.iama['affects-rights'];
  if (about === 'no' || rights === 'no') {
    // Only an AI system in a high-risk area could still make the assessment required.
    return s.highRiskAreas.length > 0 && s.iama['ai-system'] !== 'no' ? { kind: 'unclear', open: ['ai-system'] } : { kind: 'not-indicated' };
  }
  const open = IAMA_QUESTIONS.filter((q) => s.iama[q] !== 'yes' && s.iama[q] !== 'no' && !(q === 'ai-system' && s.highRiskAreas.length === 0));
  return open.length > 0 ? { kind: 'unclear', open } : { kind: 'not-indicated' };
}

/** Whether the advice is to make an action point: a DPIA required, possible or unclear. */
export function dpiaCallsForAction(o: DpiaOutcome): boolean {
  return o.kind === 'required' || o.kind === 'possible' || o.kind === 'unclear';
}

export function iamaCallsForAction(o: IamaOutcome): boolean {
  return o.kind === 'required' || o.kind === 'advised' || o.kind === 'unclear';
}

/** The stored value with everything unknown taken out: what a file or an old row may hold. */
export function cleanScreening(raw: unknown): Screening {
  if (typeof raw !== 'object' || raw === null) return EMPTY_SCREENING;
  const r = raw as Record<string, unknown>;
  const answer = (v: unknown): Answer | undefined => ((ANSWERS as readonly unknown[]).includes(v) ? (v as Answer) : undefined);
  const record = <K extends string>(keys: readonly K[], v: unknown): Partial<Record<K, Answer>> => {
    const out: Partial<Record<K, Answer>> = {};
    if (typeof v !== 'object' || v === null) return out;
    for (const k of keys) {
      const a = answer((v as Record<string, unknown>)[k]);
      if (a) out[k] = a;
    }
    return out;
  };
  const list = <K extends string>(keys: readonly K[], v: unknown): K[] => (Array.isArray(v) ? keys.filter((k) => v.includes(k)) : []);
  const points = (typeof r.points === 'object' && r.points !== null ? r.points : {}) as Record<string, unknown>;
  const id = (v: unknown) => (typeof v === 'string' && v !== '' ? (v as ActionPointId) : null);
  return {
    personalData: answer(r.personalData) ?? null,
    dpia: record(DPIA_CRITERIA, r.dpia),
    apList: list(AP_LIST, r.apList),
    iama: record(IAMA_QUESTIONS, r.iama),
    highRiskAreas: list(HIGH_RISK_AREAS, r.highRiskAreas),
    note: typeof r.note === 'string' ? r.note : '',
    points: { dpia: id(points.dpia), iama: id(points.iama) },
  };
}

/**
 * The questions of the workshop whose notes bear on each criterion (`<topic>.<slug>` of the
 * built-in pack; a pack of one's own without them simply shows no notes). `privacy.dpia`, where
 * the group talked about a DPIA itself, bears on all of them.
 */
export const SCREENING_EVIDENCE: Readonly<Record<DpiaCriterion | IamaQuestion, readonly string[]>> = {
  'evaluation-scoring': ['algorithms.output', 'bias.proxies'],
  'automated-decision': ['algorithms.human-role', 'transparency.explain-decision'],
  'systematic-monitoring': ['source.origin', 'access.logging'],
  'sensitive-data': ['anonymisation.identifiable', 'privacy.necessity'],
  'large-scale': ['source.origin', 'source.quality'],
  'combining-data': ['anonymisation.combining', 'source.original-purpose'],
  'vulnerable-people': ['bias.groups', 'visualisation.stigma'],
  'new-technology': ['algorithms.explain', 'algorithms.errors'],
  'blocks-right-or-service': ['transparency.objection', 'responsibility.errors'],
  'algorithm-about-people': ['algorithms.output', 'algorithms.human-role'],
  'affects-rights': ['bias.groups', 'transparency.objection'],
  'ai-system': ['algorithms.explain', 'transparency.register'],
};
