// Why: a workshop's outcome must end up in the national Algoritmeregister, and the register
// accepts a record only in its own publication standard. This is our own typed description of
// that standard (version 1.0): every field the submission takes, under the standard's exact
// field name, whether it is required, its limit and its permitted values, so that the mapping
// (to-register.ts) and the check before export read one list and cannot drift apart.
//
// Source: the Algoritmeregister's submission API for publication standard 1.0, as published by
// MinBZK in the repository MinBZK/amt, file amt/algoritmeregister/openapi/v1_0/specs/openapi.json
// (components/schemas AlgorithmIn and v1_0__Algorithm, v1_0__Enum*, v1_0__Object*Grouping; the
// limits are its `max_length_without_html`). See docs/algoritmeregister.md for the field table.

export const REGISTER_STATUSES = ['In ontwikkeling', 'In gebruik', 'Buiten gebruik'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** Category A, B and C of the register's guidance (Handreiking Algoritmeregister). */
export const PUBLICATION_CATEGORIES = ['Hoog-risico AI-systeem', 'Impactvolle algoritmes', 'Overige algoritmes'] as const;
export type PublicationCategory = (typeof PUBLICATION_CATEGORIES)[number];

/** ISO 639-3; the register is only in Dutch for now. */
export const REGISTER_LANGS = ['nld'] as const;
export type RegisterLang = (typeof REGISTER_LANGS)[number];

export const STANDARD_VERSIONS = ['1.0'] as const;
export type StandardVersion = (typeof STANDARD_VERSIONS)[number];

/** The free-text fields the workshop prefills and the group may edit before export. */
export const PREFILLED_TEXT_FIELDS = ['name', 'organization', 'description_short', 'goal', 'proportionality', 'human_intervention', 'risks', 'source_data', 'lawful_basis', 'impacttoetsen'] as const;
export type PrefilledTextField = (typeof PREFILLED_TEXT_FIELDS)[number];

/** The fields the short form asks for: the workshop cannot know them. */
export const ASKED_FIELDS = ['status', 'publication_category', 'contact_email', 'website', 'begin_date'] as const;
export type AskedField = (typeof ASKED_FIELDS)[number];

/** Where a field's value comes from in this app. */
export type FieldOrigin = 'workshop' | 'form' | 'fixed' | 'left-empty';

export interface FieldSpec {
  readonly required: boolean;
  /** Characters (code points), without markup; null: the standard sets none. */
  readonly maxLength: number | null;
  /** The permitted values, for an enum field. */
  readonly values?: readonly string[];
  readonly origin: FieldOrigin;
}

/**
 * Every top-level field of the submission (AlgorithmIn), in the standard's order. `lars` and
 * `publication_dt` are given by the register itself and never sent.
 */
export const REGISTER_FIELDS = {
  name: { required: true, maxLength: 100, origin: 'workshop' },
  description_short: { required: true, maxLength: 400, origin: 'workshop' },
  organization: { required: true, maxLength: 100, origin: 'workshop' },
  category: { required: false, maxLength: null, origin: 'left-empty' },
  status: { required: true, maxLength: null, values: REGISTER_STATUSES, origin: 'form' },
  begin_date: { required: false, maxLength: 7, origin: 'form' },
  end_date: { required: false, maxLength: 7, origin: 'left-empty' },
  contact_email: { required: true, maxLength: 500, origin: 'form' },
  website: { required: false, maxLength: 500, origin: 'form' },
  publication_category: { required: true, maxLength: null, values: PUBLICATION_CATEGORIES, origin: 'form' },
  url: { required: false, maxLength: 500, origin: 'left-empty' },
  goal: { required: false, maxLength: 2500, origin: 'workshop' },
  proportionality: { required: false, maxLength: 2500, origin: 'workshop' },
  human_intervention: { required: false, maxLength: 2500, origin: 'workshop' },
  risks: { required: false, maxLength: 2500, origin: 'workshop' },
  lawful_basis: { required: false, maxLength: 2500, origin: 'workshop' },
  lawful_basis_grouping: { required: false, maxLength: null, origin: 'left-empty' },
  process_index_url: { required: false, maxLength: 500, origin: 'left-empty' },
  impacttoetsen_grouping: { required: false, maxLength: null, origin: 'workshop' },
  impacttoetsen: { required: false, maxLength: 2500, origin: 'workshop' },
  source_data: { required: false, maxLength: 2500, origin: 'workshop' },
  source_data_grouping: { required: false, maxLength: null, origin: 'left-empty' },
  methods_and_models: { required: false, maxLength: 5000, origin: 'left-empty' },
  provider: { required: false, maxLength: 200, origin: 'left-empty' },
  publiccode: { required: false, maxLength: 500, origin: 'left-empty' },
  lang: { required: true, maxLength: null, values: REGISTER_LANGS, origin: 'fixed' },
  standard_version: { required: false, maxLength: null, values: STANDARD_VERSIONS, origin: 'fixed' },
  source_id: { required: false, maxLength: 100, origin: 'left-empty' },
  tags: { required: false, maxLength: 2500, origin: 'left-empty' },
} as const satisfies Readonly<Record<string, FieldSpec>>;

export type RegisterField = keyof typeof REGISTER_FIELDS;

/** The limit of a title in the impact assessments' list; the standard sets none, links 500. */
export const GROUPING_LINK_MAX = 500;

/** The standard's own name of the DEDA among its recommended impact assessments (sic). */
export const DEDA_ASSESSMENT_TITLE = 'De Ethische Data Assistant (DEDA)';

export interface ImpactAssessmentRef {
  readonly title: string;
  readonly link?: string;
}

/** A record as exported: the standard's field names; an optional field without a value is left out. */
export interface RegisterRecord {
  readonly name: string;
  readonly description_short: string;
  readonly organization: string;
  readonly status: string;
  readonly begin_date?: string;
  readonly contact_email: string;
  readonly website?: string;
  readonly publication_category: string;
  readonly goal?: string;
  readonly proportionality?: string;
  readonly human_intervention?: string;
  readonly risks?: string;
  readonly lawful_basis?: string;
  readonly impacttoetsen_grouping?: readonly ImpactAssessmentRef[];
  readonly impacttoetsen?: string;
  readonly source_data?: string;
  readonly lang: RegisterLang;
  readonly standard_version: StandardVersion;
}

/** Length as the register counts it: characters (code points), not UTF-16 units. */
export function registerLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
