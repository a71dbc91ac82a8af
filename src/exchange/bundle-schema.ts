// Why: the one description of what a bundle may hold, as JSON Schema, built from each format
// version's own lists (v1/types.ts, v2/types.ts), never from the app's model. Version 2 is
// version 1 with `payload.sync` (what a merge needs); both are kept here, version 1 for the
// schema guard (tests/contract/v1/) and for tools that still check version-1 files. The app checks every
// file against it before anything else looks inside, and docs/bundle.schema.json is this
// object written out (a unit test fails when the two differ). Limits are generous for a real
// workshop and small enough that a hostile file cannot make the tablet run out of memory.
import {
  V1_ACTION_STATUSES as ACTION_STATUSES,
  V1_FIXED_STEPS,
  V1_GROUP_IDS,
  V1_IMAGE_TYPES as IMAGE_TYPES,
  V1_LANGS as LANGS,
  V1_NOTE_KINDS as NOTE_KINDS,
  V1_NOTE_VIAS as NOTE_VIAS,
  V1_OUTCOME_ROLES as OUTCOME_ROLES,
  V1_OUTCOMES as OUTCOMES,
  V1_PRECONDITION_STATES as PRECONDITION_STATES,
  V1_PRECONDITIONS as PRECONDITIONS,
  V1_PRIORITIES as PRIORITIES,
  V1_PROJECT_PHASES as PROJECT_PHASES,
  V1_QUESTION_STATUSES as QUESTION_STATUSES,
  V1_ROLES as ROLES,
  V1_VALUE_SOURCES,
  V1_ANSWERS,
  V1_AP_LIST,
  V1_DPIA_CRITERIA,
  V1_HIGH_RISK_AREAS,
  V1_IAMA_QUESTIONS,
} from './v1/types';
import type { SchemaNode } from './json-schema';
import { V2_RECORD_KINDS, V2_UNIT_KINDS } from './v2/types';

export const BUNDLE_FORMAT = 'deda-tafel/bundle';
/** The version this app writes. Older versions are migrated on import, newer ones refused. */
export const BUNDLE_VERSION = 2;

export const LIMITS = {
  /** A bundle file larger than this is refused before it is read. */
  bundleBytes: 64 * 1024 * 1024,
  /** Deepest nesting of objects and arrays a valid bundle needs is about 10. */
  depth: 32,
  name: 200,
  field: 500,
  longText: 20_000,
  packText: 2_000,
  packLicence: 200,
  attachmentBytes: 8 * 1024 * 1024,
  participants: 200,
  notes: 50_000,
  actionPoints: 5_000,
  attachments: 500,
  questionStates: 2_000,
  listItems: 200,
  /** Format 2: devices in one vector, and deleted records a file remembers. */
  vectorNodes: 64,
  tombstones: 60_000,
} as const;

/**
 * HTML, SVG and MathML elements that run code, load something or take over the page when a
 * tool shows text as markup: refused as soon as the name is there (`<script src=x` with no `>`
 * is dangerous inside someone else's template).
 */
export const ACTIVE_ELEMENTS = ['a', 'applet', 'area', 'audio', 'base', 'body', 'button', 'embed', 'form', 'frame', 'frameset', 'html', 'iframe', 'image', 'img', 'input', 'isindex', 'link', 'marquee', 'math', 'meta', 'noscript', 'object', 'portal', 'script', 'select', 'source', 'style', 'svg', 'template', 'textarea', 'video', 'xmp'];
/** Elements that only change how text looks: refused as a whole tag (`<b>`, `<p class=x>`, `</div>`). */
export const FORMAT_ELEMENTS = ['abbr', 'b', 'big', 'blink', 'blockquote', 'br', 'center', 'code', 'del', 'details', 'dialog', 'div', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'ins', 'label', 'li', 'mark', 'ol', 'p', 'pre', 's', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr', 'tt', 'u', 'ul'];

/**
 * Text is plain text. Refused: an HTML element from the lists above (any letter case), any
 * tag with an event handler (`<x onclick=…`), comments, CDATA, doctypes and processing
 * instructions. Everything else with `<` and `>` is text people write: `a < b`, `<3`,
 * `Jan <jan@gemeente.nl>`, `<naam invullen>`. The app shows text as text in any case; the
 * rule is there so that no other tool that shows a bundle's text as markup can be made to run it.
 */
function noMarkupPattern(): string {
  // JSON Schema patterns have no flags, so "any case" is spelled out per letter.
  const anyCase = (name: string) => name.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
  const names = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(anyCase).join('|');
  const active = `<\\/?(?:${names(ACTIVE_ELEMENTS)})(?![A-Za-z0-9-])`;
  const format = `<\\/?(?:${names(FORMAT_ELEMENTS)})(?:[\\s/][^<>]*)?>`;
  const handler = `<[A-Za-z][^<>]*[\\s/"'][oO][nN][A-Za-z]+\\s*=`;
  const other = '<!--|<!\\[CDATA\\[|<![A-Za-z]|<\\?[A-Za-z]';
  return `^(?![\\s\\S]*(?:${active}|${format}|${handler}|${other}))`;
}

export const PATTERNS = {
  id: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
  questionId: '^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$',
  topicId: '^[a-z0-9][a-z0-9-]*$',
  step: `^(${V1_FIXED_STEPS.join('|')}|topic:[a-z0-9][a-z0-9-]*)$`,
  dateTime: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?Z$',
  date: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  sha256: '^[0-9a-f]{64}$',
  base64: '^[A-Za-z0-9+/]*={0,2}$',
  semver: '^\\d+\\.\\d+\\.\\d+$',
  packId: '^[a-z0-9][a-z0-9.-]*$',
  noMarkup: noMarkupPattern(),
  /** Format 2: a hybrid-logical-clock timestamp (time in ms, counter, node id). */
  hlc: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$',
  unitId: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$',
} as const;

const text = (max: number): SchemaNode => ({ type: 'string', maxLength: max, pattern: PATTERNS.noMarkup });
const ref = (name: string): SchemaNode => ({ $ref: `#/$defs/${name}` });
const nullable = (name: string): SchemaNode => ({ oneOf: [{ type: 'null' }, ref(name)] });
const list = (item: SchemaNode, max: number): SchemaNode => ({ type: 'array', items: item, maxItems: max });
/**
 * An object with exactly these properties, all required except those named in `optional`:
 * a property added to a released format version must be optional (files written before lack it).
 */
const strictObject = (properties: Record<string, SchemaNode>, description?: string, optional: readonly string[] = []): SchemaNode => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});
const int = (minimum: number, maximum: number): SchemaNode => ({ type: 'integer', minimum, maximum });
const oneOfKinds = (kinds: Record<string, Record<string, SchemaNode>>): SchemaNode => ({
  oneOf: Object.entries(kinds).map(([kind, props]) => strictObject({ kind: { const: kind }, ...props })),
});

const defs: Record<string, SchemaNode> = {
  id: { type: 'string', pattern: PATTERNS.id },
  questionId: { type: 'string', maxLength: 100, pattern: PATTERNS.questionId },
  topicId: { type: 'string', maxLength: 100, pattern: PATTERNS.topicId },
  dateTime: { type: 'string', pattern: PATTERNS.dateTime },
  date: { type: 'string', pattern: PATTERNS.date },
  role: { enum: ROLES },
  precondition: { enum: PRECONDITIONS },
  step: { type: 'string', maxLength: 120, pattern: PATTERNS.step },
  localizedText: {
    type: 'object',
    properties: Object.fromEntries(LANGS.map((l) => [l, text(LIMITS.packText)])),
    additionalProperties: false,
  },
  speaker: oneOfKinds({
    group: {},
    participant: { participantId: ref('id') },
    role: { role: ref('role') },
  }),
  owner: oneOfKinds({
    nobody: {},
    participant: { participantId: ref('id') },
    role: { role: ref('role') },
    person: { name: text(LIMITS.name) },
  }),
  actionOrigin: oneOfKinds({
    manual: {},
    note: { noteId: ref('id'), questionId: ref('questionId'), topicId: { oneOf: [{ type: 'null' }, ref('topicId')] } },
    precondition: { precondition: ref('precondition'), suggestion: text(LIMITS.field) },
    'carried-over': { fromActionPointId: ref('id') },
  }),
  attachmentTarget: oneOfKinds({ workshop: {}, topic: { topicId: ref('topicId') } }),
  preconditionAssessment: strictObject({
    state: { enum: PRECONDITION_STATES },
    explanation: text(LIMITS.longText),
    confirmed: { type: 'boolean' },
    overrideReason: text(LIMITS.longText),
    dismissedSuggestions: list({ type: 'string', maxLength: 100, pattern: PATTERNS.noMarkup }, LIMITS.listItems),
    updatedAt: nullable('dateTime'),
  }),
  decision: strictObject({
    outcome: { enum: OUTCOMES },
    rationale: text(LIMITS.longText),
    dissent: list(strictObject({ id: ref('id'), who: text(LIMITS.name), reason: text(LIMITS.longText) }), LIMITS.listItems),
    decidedBy: text(LIMITS.field),
    date: nullable('date'),
    recordedAt: ref('dateTime'),
  }),
  stepTimer: strictObject({
    step: ref('step'),
    runningSince: nullable('dateTime'),
    elapsedMs: int(0, 1e12),
    extraMinutes: int(-1440, 1440),
  }),
  stepClocks: strictObject(
    {
      steps: list(strictObject({ step: ref('step'), usedMs: int(0, 1e12), extraMinutes: int(-1440, 1440) }), 100),
      current: { oneOf: [{ type: 'null' }, ref('step')] },
      runningSince: nullable('dateTime'),
    },
    'Every step clock: the time used on each step (usedMs, not counting a run since runningSince) and its extra minutes; current is the step whose clock was started last, running when runningSince is set. Added to format 1 later: optional.',
  ),
  screening: strictObject(
    {
      personalData: { oneOf: [{ type: 'null' }, { enum: V1_ANSWERS }] },
      dpia: strictObject(Object.fromEntries(V1_DPIA_CRITERIA.map((c) => [c, { enum: V1_ANSWERS }])), 'An answer per criterion of the EDPB; a criterion not answered is left out.', V1_DPIA_CRITERIA),
      apList: list({ enum: V1_AP_LIST }, V1_AP_LIST.length),
      iama: strictObject(Object.fromEntries(V1_IAMA_QUESTIONS.map((q) => [q, { enum: V1_ANSWERS }])), 'An answer per question; a question not answered is left out.', V1_IAMA_QUESTIONS),
      highRiskAreas: list({ enum: V1_HIGH_RISK_AREAS }, V1_HIGH_RISK_AREAS.length),
      note: text(LIMITS.longText),
      points: strictObject({ dpia: nullable('id'), iama: nullable('id') }),
    },
    'Added to format 1 later, optional: whether a DPIA and an IAMA follow, as the group answered (yes, no, unknown), the kinds on the Dutch authority’s DPIA list and the AI Act’s high-risk areas that apply, the group’s note, and the action points made from the advice.',
  ),
  workshop: strictObject(
    {
      id: ref('id'),
      kind: { enum: ['initial', 'evaluation'] },
      evaluationOf: nullable('id'),
      lang: { enum: LANGS },
      pack: strictObject({ id: { type: 'string', maxLength: 100, pattern: PATTERNS.packId }, version: { type: 'string', maxLength: 40, pattern: PATTERNS.semver } }),
      title: { ...text(LIMITS.name), minLength: 1 },
      organisation: text(LIMITS.field),
      dataProject: text(LIMITS.field),
      date: nullable('date'),
      place: text(LIMITS.field),
      facilitator: text(LIMITS.field),
      goal: strictObject({
        statement: text(LIMITS.longText),
        deliverables: text(LIMITS.longText),
        nonDeliverables: text(LIMITS.longText),
        outcomeRole: { enum: OUTCOME_ROLES },
        dataSets: text(LIMITS.longText),
        phase: { oneOf: [{ type: 'null' }, { enum: PROJECT_PHASES }] },
      }),
      values: strictObject({
        entries: list(strictObject({ id: ref('id'), label: text(LIMITS.name), source: { enum: V1_VALUE_SOURCES }, description: text(LIMITS.longText) }), LIMITS.listItems),
        coreRanking: list(ref('id'), LIMITS.listItems),
        conflicts: list(strictObject({ id: ref('id'), a: ref('id'), b: ref('id'), description: text(LIMITS.longText) }), LIMITS.listItems),
      }),
      preconditions: strictObject(Object.fromEntries(PRECONDITIONS.map((p) => [p, ref('preconditionAssessment')]))),
      decision: nullable('decision'),
      agenda: list(strictObject({ step: ref('step'), minutes: int(0, 1440) }), 100),
      timer: nullable('stepTimer'),
      clocks: ref('stepClocks'),
      absent: list(strictObject({ id: ref('id'), party: text(LIMITS.name), reason: text(LIMITS.longText) }), LIMITS.listItems),
      screening: ref('screening'),
      createdAt: ref('dateTime'),
      updatedAt: ref('dateTime'),
    },
    'The workshop itself; lastExportedAt and deletedAt stay on the device that made the bundle. clocks is optional (added to format 1 later); timer is the clock of clocks.current, and the only clock in files without clocks. absent (added later, optional): parties that should have been at the table and were not. screening (added later, optional): the DPIA and IAMA answers.',
    ['clocks', 'absent', 'screening'],
  ),
  participant: strictObject({
    id: ref('id'),
    name: text(LIMITS.name),
    roles: { type: 'array', items: ref('role'), maxItems: 20 },
    roleNote: text(LIMITS.field),
    order: int(0, Number.MAX_SAFE_INTEGER),
    createdAt: ref('dateTime'),
    updatedAt: ref('dateTime'),
  }),
  note: strictObject({
    id: ref('id'),
    questionId: ref('questionId'),
    text: text(LIMITS.longText),
    kind: { enum: NOTE_KINDS },
    speaker: ref('speaker'),
    order: int(0, Number.MAX_SAFE_INTEGER),
    createdAt: ref('dateTime'),
    updatedAt: ref('dateTime'),
    via: { enum: NOTE_VIAS, description: "Added to format 1 later, optional: 'contribution' for a note written on a participant's own device and handed over; absent or 'table' for one typed at the table." },
  }, undefined, ['via']),
  questionState: strictObject({
    questionId: ref('questionId'),
    status: { enum: QUESTION_STATUSES },
    reason: text(LIMITS.longText),
    updatedAt: ref('dateTime'),
  }),
  actionPoint: strictObject({
    id: ref('id'),
    title: text(LIMITS.field),
    description: text(LIMITS.longText),
    owner: ref('owner'),
    dueDate: nullable('date'),
    priority: { enum: PRIORITIES },
    isCondition: { type: 'boolean' },
    status: { enum: ACTION_STATUSES },
    dropReason: text(LIMITS.longText),
    origin: ref('actionOrigin'),
    valueId: nullable('id'),
    precondition: { oneOf: [{ type: 'null' }, ref('precondition')] },
    order: int(0, Number.MAX_SAFE_INTEGER),
    createdAt: ref('dateTime'),
    updatedAt: ref('dateTime'),
    completedAt: nullable('dateTime'),
    done: strictObject({ note: text(LIMITS.longText), by: text(LIMITS.field), on: nullable('date') }, 'Added to format 1 later, optional: what was done, by whom and on which day, as told when the point was marked done.'),
  }, undefined, ['done']),
  attachment: strictObject(
    {
      id: ref('id'),
      target: ref('attachmentTarget'),
      caption: text(LIMITS.field),
      mediaType: { enum: IMAGE_TYPES },
      width: int(1, 20_000),
      height: int(1, 20_000),
      byteSize: int(0, LIMITS.attachmentBytes),
      sha256: { type: 'string', pattern: PATTERNS.sha256 },
      createdAt: ref('dateTime'),
      data: { type: 'string', maxLength: Math.ceil(LIMITS.attachmentBytes / 3) * 4, pattern: PATTERNS.base64 },
    },
    'A photo: its bytes as standard base64 (RFC 4648 section 4) in data, their SHA-256 in lowercase hex.',
  ),
  pack: strictObject(
    {
      format: { const: 'deda-tafel/content-pack' },
      id: { type: 'string', maxLength: 100, pattern: PATTERNS.packId },
      version: { type: 'string', maxLength: 40, pattern: PATTERNS.semver },
      languages: { type: 'array', items: { enum: LANGS }, minItems: 1, maxItems: LANGS.length },
      title: ref('localizedText'),
      attribution: ref('localizedText'),
      licence: text(LIMITS.packLicence),
      opening: strictObject({
        goal: strictObject({ intro: ref('localizedText'), hint: ref('localizedText') }),
        participants: strictObject({ intro: ref('localizedText'), hint: ref('localizedText') }),
        values: strictObject({ intro: ref('localizedText'), hint: ref('localizedText'), suggestions: list(ref('localizedText'), LIMITS.listItems) }),
      }),
      groups: list(
        strictObject({
          id: { enum: V1_GROUP_IDS },
          title: ref('localizedText'),
          topics: list(
            strictObject({
              id: ref('topicId'),
              title: ref('localizedText'),
              intro: ref('localizedText'),
              questions: list(strictObject({ id: ref('questionId'), text: ref('localizedText'), hint: ref('localizedText') }), 12),
            }),
            30,
          ),
        }),
        8,
      ),
    },
    'The content pack the workshop runs with, whole, so that its questions read right on a device with another pack. licence (added later, optional): the terms its texts may be used under. See docs/pack-format.md.',
    ['licence'],
  ),
  payload: strictObject(
    {
      app: strictObject({ name: { const: 'DEDA Tafel' }, version: { type: 'string', maxLength: 40, pattern: '^[0-9A-Za-z.+-]+$' } }),
      exportedAt: ref('dateTime'),
      workshop: ref('workshop'),
      participants: list(ref('participant'), LIMITS.participants),
      notes: list(ref('note'), LIMITS.notes),
      questionStates: list(ref('questionState'), LIMITS.questionStates),
      actionPoints: list(ref('actionPoint'), LIMITS.actionPoints),
      attachments: list(ref('attachment'), LIMITS.attachments),
      pack: ref('pack'),
    },
    'Everything the bundle carries. Its RFC 8785 canonical UTF-8 form is what the signature covers.',
  ),
  signature: strictObject(
    {
      protected: { type: 'string', maxLength: 4096, pattern: '^[A-Za-z0-9_-]+$' },
      signature: { type: 'string', maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' },
    },
    'A JWS (RFC 7515) in flattened JSON serialization with a detached, unencoded payload (RFC 7797, b64 false). Algorithm ES256; the protected header holds alg, b64, crit ["b64"], jwk, kid (RFC 7638 thumbprint), iat and signer.',
  ),
};

/** The whole bundle (version 1), as released; files of version 1 are migrated to 2 on import. */
export const BUNDLE_SCHEMA_V1: SchemaNode = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:deda-tafel:bundle:1',
  title: 'DEDA Tafel workshop bundle, format version 1',
  description: 'One workshop with everything that belongs to it, signed by the device that exported it. See docs/bundle-format.md.',
  type: 'object',
  properties: {
    format: { const: BUNDLE_FORMAT },
    formatVersion: { const: 1 },
    payload: ref('payload'),
    signature: ref('signature'),
  },
  required: ['format', 'formatVersion', 'payload', 'signature'],
  additionalProperties: false,
  $defs: defs,
};

const v2Defs: Record<string, SchemaNode> = {
  hlc: { type: 'string', pattern: PATTERNS.hlc },
  vector: { ...list(ref('hlc'), LIMITS.vectorNodes), description: 'A version vector: per device, the timestamp of its last change (each ends in its node id), at most one per device.' },
  unitVersion: strictObject({ kind: { enum: V2_UNIT_KINDS }, id: { type: 'string', maxLength: 100, pattern: PATTERNS.unitId }, vector: ref('vector') }, 'The vector of one mergeable unit: a record by its id (a question state by its question id), or a part of the workshop by name.'),
  tombstone: strictObject({ kind: { enum: V2_RECORD_KINDS }, id: { type: 'string', maxLength: 100, pattern: PATTERNS.unitId }, vector: ref('vector'), deletedAt: ref('dateTime') }, 'A record deleted on a device: the deletion travels, so a merge deletes it elsewhere too.'),
  sync: strictObject(
    {
      versions: list(ref('unitVersion'), LIMITS.participants + LIMITS.notes + LIMITS.questionStates + LIMITS.actionPoints + LIMITS.attachments + 16),
      tombstones: list(ref('tombstone'), LIMITS.tombstones),
    },
    'What merging two copies of the workshop needs (format version 2). A unit not listed has an empty vector.',
  ),
};

const payloadV1 = defs.payload as SchemaNode & { properties: Record<string, SchemaNode>; required: string[] };

/** The whole bundle (version 2): version 1 with `payload.sync`. */
export const BUNDLE_SCHEMA: SchemaNode = {
  ...BUNDLE_SCHEMA_V1,
  $id: 'urn:deda-tafel:bundle:2',
  title: 'DEDA Tafel workshop bundle, format version 2',
  description: 'One workshop with everything that belongs to it and what merging two copies of it needs, signed by the device that exported it. See docs/bundle-format.md.',
  properties: { ...(BUNDLE_SCHEMA_V1.properties as Record<string, SchemaNode>), formatVersion: { const: BUNDLE_VERSION } },
  $defs: { ...defs, ...v2Defs, payload: { ...payloadV1, properties: { ...payloadV1.properties, sync: ref('sync') }, required: [...payloadV1.required, 'sync'] } },
};

/** Every released format version's schema, by version. */
export const SCHEMAS: Readonly<Record<number, SchemaNode>> = { 1: BUNDLE_SCHEMA_V1, 2: BUNDLE_SCHEMA };

/**
 * A question pack as a file of its own (docs/pack-format.md, docs/pack.schema.json): the very
 * definition a bundle carries its pack by, so a pack that loads from a file travels in a bundle.
 */
export const PACK_SCHEMA: SchemaNode = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:deda-tafel:content-pack:1',
  title: 'DEDA Tafel question pack',
  ...(defs.pack as SchemaNode),
  description: 'A set of questions a DEDA workshop is run with: its id, version, languages, licence and attribution, the texts of the opening steps, and the topics with their questions and hints. Identified by id, version and the SHA-256 of its RFC 8785 canonical JSON. See docs/pack-format.md.',
  $defs: { localizedText: defs.localizedText as SchemaNode, topicId: defs.topicId as SchemaNode, questionId: defs.questionId as SchemaNode },
};
