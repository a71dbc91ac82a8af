// Why: bundle format version 1 as its own types and lists, written out instead of derived
// from the app's model. Files in this format are in people's hands: when the model grows (a
// role, a field on a note), version 1 must not change with it. The converters in convert.ts
// are where the two meet, so a change to the model that version 1 cannot carry is a type error
// there, not a silently different file. The JSON Schema (bundle-schema.ts) is built from the
// lists below, and the schema guard (tests/unit/exchange/schema-guard.test.ts) compares it with
// the frozen snapshot in tests/contract/v1/.
// Additive changes (a new enum value, a new optional property, a wider limit) may be made here;
// anything else is a new format version with its own folder.

export const V1_LANGS = ['nl', 'en'] as const;
export const V1_ROLES = ['privacy-officer', 'data-analyst', 'project-owner', 'policy-officer', 'communication', 'domain-expert', 'politics', 'external-party', 'other'] as const;
export const V1_NOTE_KINDS = ['answer', 'concern', 'question', 'idea'] as const;
export const V1_QUESTION_STATUSES = ['open', 'discussed', 'parked', 'not-applicable'] as const;
/** 'both' added to format 1 later: a value the organisation holds that the project also touches. */
export const V1_VALUE_SOURCES = ['organisation', 'project', 'both'] as const;
export const V1_ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export const V1_PRIORITIES = ['high', 'medium', 'low'] as const;
export const V1_OUTCOMES = ['go', 'go-with-conditions', 'pause', 'stop', 'deadlock'] as const;
export const V1_OUTCOME_ROLES = ['undecided', 'leading', 'advisory'] as const;
export const V1_PROJECT_PHASES = ['idea', 'design', 'pilot', 'production', 'evaluation'] as const;
export const V1_PRECONDITIONS = ['purpose-limitation', 'accountability', 'integrated-work', 'political-support', 'privacy-officer-involved'] as const;
export const V1_PRECONDITION_STATES = ['in-place', 'partly', 'missing', 'unknown'] as const;
export const V1_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const V1_GROUP_IDS = ['collection', 'use', 'storage', 'general'] as const;
/** The fixed steps an agenda item or the timer can name; topics are `topic:<topicId>`. */
export const V1_FIXED_STEPS = ['goal', 'participants', 'values', 'actions', 'preconditions', 'decision'] as const;
/** Added to format 1 later (a workshop's optional `screening`): the DPIA and IAMA answers. */
export const V1_ANSWERS = ['yes', 'no', 'unknown'] as const;
export const V1_DPIA_CRITERIA = ['evaluation-scoring', 'automated-decision', 'systematic-monitoring', 'sensitive-data', 'large-scale', 'combining-data', 'vulnerable-people', 'new-technology', 'blocks-right-or-service'] as const;
export const V1_AP_LIST = ['covert-investigation', 'blacklists', 'fraud-prevention', 'credit-scores', 'financial-situation', 'genetic-data', 'health-data', 'partnerships', 'camera-surveillance', 'flexible-camera-surveillance', 'employee-monitoring', 'location-data', 'communication-data', 'internet-of-things', 'profiling', 'behaviour-observation', 'biometric-data'] as const;
export const V1_IAMA_QUESTIONS = ['algorithm-about-people', 'affects-rights', 'ai-system'] as const;
export const V1_HIGH_RISK_AREAS = ['biometrics', 'education', 'employment', 'public-services', 'law-enforcement', 'migration', 'justice-democracy'] as const;

export type V1Lang = (typeof V1_LANGS)[number];
export type V1Role = (typeof V1_ROLES)[number];
export type V1NoteKind = (typeof V1_NOTE_KINDS)[number];
export const V1_NOTE_VIAS = ['table', 'contribution'] as const;
export type V1NoteVia = (typeof V1_NOTE_VIAS)[number];
export type V1QuestionStatus = (typeof V1_QUESTION_STATUSES)[number];
export type V1ValueSource = (typeof V1_VALUE_SOURCES)[number];
export type V1ActionStatus = (typeof V1_ACTION_STATUSES)[number];
export type V1Priority = (typeof V1_PRIORITIES)[number];
export type V1Outcome = (typeof V1_OUTCOMES)[number];
export type V1OutcomeRole = (typeof V1_OUTCOME_ROLES)[number];
export type V1ProjectPhase = (typeof V1_PROJECT_PHASES)[number];
export type V1Precondition = (typeof V1_PRECONDITIONS)[number];
export type V1PreconditionState = (typeof V1_PRECONDITION_STATES)[number];
export type V1ImageType = (typeof V1_IMAGE_TYPES)[number];
export type V1GroupId = (typeof V1_GROUP_IDS)[number];
/** `goal`, `values`, … or `topic:<topicId>`. */
export type V1Step = string;
/** `2026-11-29T10:15:00.000Z` */
export type V1DateTime = string;
/** `2026-11-29` */
export type V1Date = string;

export type V1Speaker = { readonly kind: 'group' } | { readonly kind: 'participant'; readonly participantId: string } | { readonly kind: 'role'; readonly role: V1Role };
export type V1Owner = { readonly kind: 'nobody' } | { readonly kind: 'participant'; readonly participantId: string } | { readonly kind: 'role'; readonly role: V1Role } | { readonly kind: 'person'; readonly name: string };
export type V1ActionOrigin =
  | { readonly kind: 'manual' }
  | { readonly kind: 'note'; readonly noteId: string; readonly questionId: string; readonly topicId: string | null }
  | { readonly kind: 'precondition'; readonly precondition: V1Precondition; readonly suggestion: string }
  | { readonly kind: 'carried-over'; readonly fromActionPointId: string };
export type V1AttachmentTarget = { readonly kind: 'workshop' } | { readonly kind: 'topic'; readonly topicId: string };

export interface V1PreconditionAssessment {
  readonly state: V1PreconditionState;
  readonly explanation: string;
  readonly confirmed: boolean;
  readonly overrideReason: string;
  readonly dismissedSuggestions: readonly string[];
  readonly updatedAt: V1DateTime | null;
}

export interface V1Decision {
  readonly outcome: V1Outcome;
  readonly rationale: string;
  readonly dissent: readonly { readonly id: string; readonly who: string; readonly reason: string }[];
  readonly decidedBy: string;
  readonly date: V1Date | null;
  readonly recordedAt: V1DateTime;
}

export interface V1StepClock {
  readonly step: V1Step;
  readonly usedMs: number;
  readonly extraMinutes: number;
}

export interface V1Clocks {
  readonly steps: readonly V1StepClock[];
  readonly current: V1Step | null;
  readonly runningSince: V1DateTime | null;
}

export interface V1Workshop {
  readonly id: string;
  readonly kind: 'initial' | 'evaluation';
  readonly evaluationOf: string | null;
  readonly lang: V1Lang;
  readonly pack: { readonly id: string; readonly version: string };
  readonly title: string;
  readonly organisation: string;
  readonly dataProject: string;
  readonly date: V1Date | null;
  readonly place: string;
  readonly facilitator: string;
  readonly goal: {
    readonly statement: string;
    readonly deliverables: string;
    readonly nonDeliverables: string;
    readonly outcomeRole: V1OutcomeRole;
    readonly dataSets: string;
    readonly phase: V1ProjectPhase | null;
  };
  readonly values: {
    readonly entries: readonly { readonly id: string; readonly label: string; readonly source: V1ValueSource; readonly description: string }[];
    readonly coreRanking: readonly string[];
    readonly conflicts: readonly { readonly id: string; readonly a: string; readonly b: string; readonly description: string }[];
  };
  readonly preconditions: Readonly<Record<V1Precondition, V1PreconditionAssessment>>;
  readonly decision: V1Decision | null;
  readonly agenda: readonly { readonly step: V1Step; readonly minutes: number }[];
  /** The clock of the step timed last (in a file with `clocks`: the clock of `clocks.current`). */
  readonly timer: { readonly step: V1Step; readonly runningSince: V1DateTime | null; readonly elapsedMs: number; readonly extraMinutes: number } | null;
  /** Added to format 1 later, optional: every step's clock. A file without it has only `timer`. */
  readonly clocks?: V1Clocks;
  /** Added to format 1 later, optional: parties that should have been at the table and were not. */
  readonly absent?: readonly { readonly id: string; readonly party: string; readonly reason: string }[];
  /** Added to format 1 later, optional: whether a DPIA and an IAMA follow, as the group answered. */
  readonly screening?: V1Screening;
  readonly createdAt: V1DateTime;
  readonly updatedAt: V1DateTime;
}

export type V1Answer = (typeof V1_ANSWERS)[number];

export interface V1Screening {
  readonly personalData: V1Answer | null;
  readonly dpia: Readonly<Partial<Record<(typeof V1_DPIA_CRITERIA)[number], V1Answer>>>;
  readonly apList: readonly (typeof V1_AP_LIST)[number][];
  readonly iama: Readonly<Partial<Record<(typeof V1_IAMA_QUESTIONS)[number], V1Answer>>>;
  readonly highRiskAreas: readonly (typeof V1_HIGH_RISK_AREAS)[number][];
  readonly note: string;
  readonly points: { readonly dpia: string | null; readonly iama: string | null };
}

export interface V1Participant {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly V1Role[];
  readonly roleNote: string;
  readonly order: number;
  readonly createdAt: V1DateTime;
  readonly updatedAt: V1DateTime;
}

export interface V1Note {
  readonly id: string;
  readonly questionId: string;
  readonly text: string;
  readonly kind: V1NoteKind;
  readonly speaker: V1Speaker;
  readonly order: number;
  readonly createdAt: V1DateTime;
  readonly updatedAt: V1DateTime;
  /** Added to format 1 later, optional: 'contribution' for a note written on a participant's device; absent means typed at the table. */
  readonly via?: V1NoteVia;
}

export interface V1QuestionState {
  readonly questionId: string;
  readonly status: V1QuestionStatus;
  readonly reason: string;
  readonly updatedAt: V1DateTime;
}

export interface V1ActionPoint {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly owner: V1Owner;
  readonly dueDate: V1Date | null;
  readonly priority: V1Priority;
  readonly isCondition: boolean;
  readonly status: V1ActionStatus;
  readonly dropReason: string;
  readonly origin: V1ActionOrigin;
  readonly valueId: string | null;
  readonly precondition: V1Precondition | null;
  readonly order: number;
  readonly createdAt: V1DateTime;
  readonly updatedAt: V1DateTime;
  readonly completedAt: V1DateTime | null;
  /** Added to format 1 later, optional: what was done, by whom and when, told when it was marked done. */
  readonly done?: { readonly note: string; readonly by: string; readonly on: V1Date | null };
}

export interface V1Attachment {
  readonly id: string;
  readonly target: V1AttachmentTarget;
  readonly caption: string;
  readonly mediaType: V1ImageType;
  readonly width: number;
  readonly height: number;
  readonly byteSize: number;
  /** Lowercase hex SHA-256 of the bytes in `data`. */
  readonly sha256: string;
  readonly createdAt: V1DateTime;
  /** The bytes, standard base64. */
  readonly data: string;
}

/** A text in the languages a pack declares; the schema lets a pack leave a language out. */
export type V1LocalizedText = { readonly [L in V1Lang]?: string };

export interface V1Pack {
  readonly format: 'deda-tafel/content-pack';
  readonly id: string;
  readonly version: string;
  readonly languages: readonly V1Lang[];
  readonly title: V1LocalizedText;
  readonly attribution: V1LocalizedText;
  /** Added to format 1 later, optional: the terms the pack's texts may be used under. */
  readonly licence?: string;
  readonly opening: {
    readonly goal: { readonly intro: V1LocalizedText; readonly hint: V1LocalizedText };
    readonly participants: { readonly intro: V1LocalizedText; readonly hint: V1LocalizedText };
    readonly values: { readonly intro: V1LocalizedText; readonly hint: V1LocalizedText; readonly suggestions: readonly V1LocalizedText[] };
  };
  readonly groups: readonly {
    readonly id: V1GroupId;
    readonly title: V1LocalizedText;
    readonly topics: readonly {
      readonly id: string;
      readonly title: V1LocalizedText;
      readonly intro: V1LocalizedText;
      readonly questions: readonly { readonly id: string; readonly text: V1LocalizedText; readonly hint: V1LocalizedText }[];
    }[];
  }[];
}

export interface V1Payload {
  readonly app: { readonly name: 'DEDA Tafel'; readonly version: string };
  readonly exportedAt: V1DateTime;
  readonly workshop: V1Workshop;
  readonly participants: readonly V1Participant[];
  readonly notes: readonly V1Note[];
  readonly questionStates: readonly V1QuestionState[];
  readonly actionPoints: readonly V1ActionPoint[];
  readonly attachments: readonly V1Attachment[];
  readonly pack: V1Pack;
}
