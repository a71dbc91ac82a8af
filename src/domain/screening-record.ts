// Why: what a workshop stores of its DPIA and IAMA screening, apart from the rules that read it
// (screening.ts): every workshop carries one, so this small part is in the first load with the
// workshop's type, and the rules load with the screen that uses them.
import type { ActionPointId } from './ids';

/** The group's answer; `unknown` is "we do not know yet", not "no". */
export type Answer = 'yes' | 'no' | 'unknown';
export type DpiaCriterion = 'evaluation-scoring' | 'automated-decision' | 'systematic-monitoring' | 'sensitive-data' | 'large-scale' | 'combining-data' | 'vulnerable-people' | 'new-technology' | 'blocks-right-or-service';
export type ApListKind =
  | 'covert-investigation' | 'blacklists' | 'fraud-prevention' | 'credit-scores' | 'financial-situation' | 'genetic-data' | 'health-data' | 'partnerships' | 'camera-surveillance'
  | 'flexible-camera-surveillance' | 'employee-monitoring' | 'location-data' | 'communication-data' | 'internet-of-things' | 'profiling' | 'behaviour-observation' | 'biometric-data';
export type IamaQuestion = 'algorithm-about-people' | 'affects-rights' | 'ai-system';
export type HighRiskArea = 'biometrics' | 'education' | 'employment' | 'public-services' | 'law-enforcement' | 'migration' | 'justice-democracy';

export interface Screening {
  /** Are personal data processed at all? (Pseudonymised data still are.) */
  readonly personalData: Answer | null;
  readonly dpia: Readonly<Partial<Record<DpiaCriterion, Answer>>>;
  readonly apList: readonly ApListKind[];
  readonly iama: Readonly<Partial<Record<IamaQuestion, Answer>>>;
  readonly highRiskAreas: readonly HighRiskArea[];
  /** The group's own words for the record: what it based the answers on, what it will check. */
  readonly note: string;
  /** The action points made from the advice, so that it is offered once. */
  readonly points: { readonly dpia: ActionPointId | null; readonly iama: ActionPointId | null };
}

export const EMPTY_SCREENING: Screening = {
  personalData: null,
  dpia: {},
  apList: [],
  iama: {},
  highRiskAreas: [],
  note: '',
  points: { dpia: null, iama: null },
};

