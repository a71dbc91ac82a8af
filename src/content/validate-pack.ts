// Why: a content pack may come from outside the app (an organisation's own questions), so
// it is checked before use: structure, every text in every declared language, unique ids.
// The answer lists every problem with its path, so the author of a pack can fix it.
import { LANGS, type Lang } from '../domain/lang';
import type { ContentPack, TopicGroupId } from './pack-types';

/** One problem, for a screen to say in its own words: a text missing in a declared language, an id used twice, or anything else. */
export type PackIssue =
  | { readonly code: 'missing-text'; readonly path: string; readonly lang: Lang }
  | { readonly code: 'duplicate-id'; readonly path: string; readonly id: string }
  | { readonly code: 'other'; readonly path: string; readonly what: string };

export type PackCheck = { readonly ok: true; readonly pack: ContentPack } | { readonly ok: false; readonly problems: readonly string[]; readonly issues: readonly PackIssue[] };

/** The longest licence a pack may name (the same limit the bundle's schema sets). */
export const LICENCE_MAX = 200;

const GROUPS: readonly TopicGroupId[] = ['collection', 'use', 'storage', 'general'];
const SEMVER = /^\d+\.\d+\.\d+$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
export const QUESTIONS_PER_TOPIC = { min: 1, max: 12 } as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function validatePack(input: unknown): PackCheck {
  const problems: string[] = [];
  const issues: PackIssue[] = [];
  const fail = (path: string, what: string, issue: PackIssue = { code: 'other', path, what }) => {
    problems.push(`${path}: ${what}`);
    issues.push(issue);
  };
  if (!isObject(input)) return { ok: false, problems: ['pack: not an object'], issues: [{ code: 'other', path: 'pack', what: 'not an object' }] };

  if (input.format !== 'deda-tafel/content-pack') fail('format', 'must be "deda-tafel/content-pack"');
  if (typeof input.id !== 'string' || !/^[a-z0-9][a-z0-9.-]*$/.test(input.id)) fail('id', 'must be lowercase letters, digits, dots and hyphens');
  if (typeof input.version !== 'string' || !SEMVER.test(input.version)) fail('version', 'must be a version such as 1.0.0');
  const langs: Lang[] = Array.isArray(input.languages) ? input.languages.filter((l): l is Lang => (LANGS as readonly unknown[]).includes(l)) : [];
  if (!Array.isArray(input.languages) || langs.length === 0 || langs.length !== input.languages.length) fail('languages', `must list one or more of ${LANGS.join(', ')}`);

  const text = (v: unknown, path: string) => {
    if (!isObject(v)) return fail(path, 'must be a text per language');
    for (const l of langs) if (typeof v[l] !== 'string' || (v[l] as string).trim() === '') fail(`${path}.${l}`, 'is missing or empty', { code: 'missing-text', path, lang: l });
  };
  text(input.title, 'title');
  text(input.attribution, 'attribution');
  if (input.licence !== undefined && (typeof input.licence !== 'string' || input.licence.trim() === '' || input.licence.length > LICENCE_MAX))
    fail('licence', `must be a text of 1 to ${LICENCE_MAX} characters, or left out`);

  const opening = input.opening;
  if (!isObject(opening)) fail('opening', 'is missing');
  else {
    for (const step of ['goal', 'participants', 'values'] as const) {
      const s = opening[step];
      if (!isObject(s)) {
        fail(`opening.${step}`, 'is missing');
        continue;
      }
      text(s.intro, `opening.${step}.intro`);
      text(s.hint, `opening.${step}.hint`);
    }
    const values = opening.values;
    if (isObject(values)) {
      if (!Array.isArray(values.suggestions)) fail('opening.values.suggestions', 'must be a list');
      else values.suggestions.forEach((s, i) => text(s, `opening.values.suggestions[${i}]`));
    }
  }

  const topicIds = new Set<string>();
  const questionIds = new Set<string>();
  if (!Array.isArray(input.groups) || input.groups.length === 0) fail('groups', 'must be a non-empty list');
  else
    input.groups.forEach((g, gi) => {
      const gp = `groups[${gi}]`;
      if (!isObject(g)) return fail(gp, 'must be an object');
      if (!GROUPS.includes(g.id as TopicGroupId)) fail(`${gp}.id`, `must be one of ${GROUPS.join(', ')}`);
      text(g.title, `${gp}.title`);
      if (!Array.isArray(g.topics) || g.topics.length === 0) return fail(`${gp}.topics`, 'must be a non-empty list');
      g.topics.forEach((t, ti) => {
        const tp = `${gp}.topics[${ti}]`;
        if (!isObject(t)) return fail(tp, 'must be an object');
        if (typeof t.id !== 'string' || !ID.test(t.id)) fail(`${tp}.id`, 'must be lowercase letters, digits and hyphens');
        else if (topicIds.has(t.id)) fail(`${tp}.id`, `duplicate topic id ${t.id}`, { code: 'duplicate-id', path: `${tp}.id`, id: t.id });
        else topicIds.add(t.id);
        text(t.title, `${tp}.title`);
        text(t.intro, `${tp}.intro`);
        if (!Array.isArray(t.questions) || t.questions.length < QUESTIONS_PER_TOPIC.min || t.questions.length > QUESTIONS_PER_TOPIC.max)
          return fail(`${tp}.questions`, `must hold ${QUESTIONS_PER_TOPIC.min} to ${QUESTIONS_PER_TOPIC.max} questions`);
        t.questions.forEach((q, qi) => {
          const qp = `${tp}.questions[${qi}]`;
          if (!isObject(q)) return fail(qp, 'must be an object');
          if (typeof q.id !== 'string' || !q.id.startsWith(`${String(t.id)}.`) || !ID.test(q.id.slice(String(t.id).length + 1)))
            fail(`${qp}.id`, `must be "${String(t.id)}.<slug>"`);
          else if (questionIds.has(q.id)) fail(`${qp}.id`, `duplicate question id ${q.id}`, { code: 'duplicate-id', path: `${qp}.id`, id: q.id });
          else questionIds.add(q.id);
          text(q.text, `${qp}.text`);
          text(q.hint, `${qp}.hint`);
        });
      });
    });

  return problems.length ? { ok: false, problems, issues } : { ok: true, pack: input as unknown as ContentPack };
}
