// Why: the schema guard. Files people already hold are written in a released format version;
// the schema the app checks files against may grow (additive changes) but never refuse or
// misread what a released version allowed. Each released version's schema is frozen in
// tests/contract/v<N>/bundle.schema.json, next to its golden files, and never edited.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/exchange/bundle';
import { BUNDLE_SCHEMA, BUNDLE_VERSION, SCHEMAS } from '../../../src/exchange/bundle-schema';
import type { SchemaNode } from '../../../src/exchange/json-schema';
import { compatibilityProblems } from './schema-compat';

const contract = join(__dirname, '../../contract');
const frozenPath = (v: number) => join(contract, `v${v}`, 'bundle.schema.json');
const frozen = (v: number) => JSON.parse(readFileSync(frozenPath(v), 'utf8')) as SchemaNode;
const released = readdirSync(contract)
  .filter((d) => /^v\d+$/.test(d))
  .map((d) => Number(d.slice(1)))
  .sort((a, b) => a - b);

function whatToDo(version: number): string {
  return [
    `Bundle format version ${version} is released: people hold files written in it, and this change would refuse or misread them.`,
    `Either make the change additive (an optional property the converter in src/exchange/v${version}/convert.ts restores with a default when a file lacks it, a new enum value, a wider limit),`,
    `or make it a new format version: raise BUNDLE_VERSION to ${version + 1} (src/exchange/bundle-schema.ts), add the migration from ${version} to MIGRATIONS (src/exchange/bundle.ts),`,
    `and freeze version ${version + 1} in tests/contract/v${version + 1}/ (its bundle.schema.json and golden files made by make-fixtures.mjs ${version + 1}).`,
  ].join('\n');
}

describe('the schema guard', () => {
  it('the version the app writes is frozen in tests/contract', () => {
    expect(existsSync(frozenPath(BUNDLE_VERSION)), `Format version ${BUNDLE_VERSION} has no frozen schema: add tests/contract/v${BUNDLE_VERSION}/bundle.schema.json and its golden files.`).toBe(true);
  });

  it('the schema the app checks against accepts everything the frozen one did', () => {
    const problems = compatibilityProblems(frozen(BUNDLE_VERSION), BUNDLE_SCHEMA);
    expect(problems, `${whatToDo(BUNDLE_VERSION)}\n${problems.join('\n')}`).toEqual([]);
  });

  it('every released version\'s schema in the code still accepts everything its frozen one did', () => {
    for (const v of released) {
      const inCode = SCHEMAS[v];
      expect(inCode, `format version ${v} is released but src/exchange/bundle-schema.ts has no schema for it in SCHEMAS`).toBeDefined();
      const problems = compatibilityProblems(frozen(v), inCode as SchemaNode);
      expect(problems, `${whatToDo(v)}\n${problems.join('\n')}`).toEqual([]);
    }
  });

  it('every older released version has a migration to the next', () => {
    for (const v of released.filter((x) => x < BUNDLE_VERSION)) expect(MIGRATIONS.some((m) => m.from === v), `no migration from format version ${v}`).toBe(true);
    expect(released[released.length - 1]).toBe(BUNDLE_VERSION);
  });
});

describe('the compatibility check itself', () => {
  const base: SchemaNode = {
    type: 'object',
    properties: { id: { type: 'string', pattern: '^[a-z]+$', maxLength: 10 }, kind: { enum: ['a', 'b'] }, list: { type: 'array', items: { type: 'string' }, maxItems: 3 } },
    required: ['id', 'kind'],
    additionalProperties: false,
    $defs: { who: { oneOf: [{ type: 'null' }, { type: 'string' }] } },
  };
  const change = (f: (s: Record<string, any>) => void): SchemaNode => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, any>;
    f(copy);
    return copy as SchemaNode;
  };

  it('accepts the same schema and additive changes', () => {
    expect(compatibilityProblems(base, base)).toEqual([]);
    expect(
      compatibilityProblems(
        base,
        change((s) => {
          s.properties.extra = { type: 'boolean' };
          s.properties.kind.enum.push('c');
          s.properties.id.maxLength = 20;
          s.properties.list.maxItems = 9;
          s.description = 'now with a description';
          s.$defs.who.oneOf.push({ type: 'integer' });
        }),
      ),
    ).toEqual([]);
  });

  it('names each change an old file could fail on', () => {
    expect(compatibilityProblems(base, change((s) => (s.properties.pinned = { type: 'boolean' }, s.required.push('pinned'))))).toEqual(['.pinned: new required property (files of this version do not have it)']);
    expect(compatibilityProblems(base, change((s) => delete s.properties.list))).toEqual(['.list: property removed (files that have it would be refused)']);
    expect(compatibilityProblems(base, change((s) => (s.properties.id.maxLength = 5)))).toEqual(['.id: maxLength 5 is narrower than 10']);
    expect(compatibilityProblems(base, change((s) => (s.properties.kind.enum = ['a'])))).toEqual(['.kind: value "b" no longer allowed']);
    expect(compatibilityProblems(base, change((s) => (s.properties.id.pattern = '^[a-z0-9]+$')))).toEqual(['.id: pattern changed (patterns cannot be proven to accept the same texts)']);
    expect(compatibilityProblems(base, change((s) => (s.properties.list.items = { type: 'integer' })))).toEqual(['.list[]: type "integer" instead of "string"']);
    expect(compatibilityProblems(base, change((s) => (s.$defs.who.oneOf = [{ type: 'null' }])))).toEqual(['$defs.who: oneOf has 1 options instead of 2']);
    expect(compatibilityProblems(base, change((s) => delete s.$defs.who))).toEqual(['$defs.who: definition removed']);
  });
});
