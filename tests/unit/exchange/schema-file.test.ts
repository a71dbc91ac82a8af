// Why: docs/bundle.schema.json is what other tools check bundles against; the app checks
// against BUNDLE_SCHEMA. They must be the same schema. To update the file after changing the
// schema: UPDATE_SCHEMA=1 npx vitest run tests/unit/exchange/schema-file.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_SCHEMA } from '../../../src/exchange/bundle-schema';
import { checkSchema } from '../../../src/exchange/json-schema';
import { goodBundle } from './bad-files';

const file = join(__dirname, '../../../docs/bundle.schema.json');
const expected = `${JSON.stringify(BUNDLE_SCHEMA, null, 2)}\n`;

describe('the published JSON Schema', () => {
  it('is the schema the app checks against', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('accepts a real bundle, as published', async () => {
    const published = JSON.parse(readFileSync(file, 'utf8')) as typeof BUNDLE_SCHEMA;
    expect(checkSchema(published, JSON.parse(JSON.stringify(await goodBundle())))).toBeNull();
  });

  it('uses only keywords the app’s checker understands', () => {
    const known = new Set(['$schema', '$id', '$ref', '$defs', 'title', 'description', 'type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'oneOf']);
    const walk = (node: unknown, inMap: boolean): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, false));
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        if (!inMap) expect(known.has(k), k).toBe(true);
        walk(v, !inMap && (k === 'properties' || k === '$defs'));
      }
    };
    walk(BUNDLE_SCHEMA, false);
  });
});

describe('the schema checker', () => {
  const schema = {
    $defs: { id: { type: 'string', pattern: '^[a-z]+$' } },
    type: 'object',
    properties: { id: { $ref: '#/$defs/id' }, n: { type: 'integer', minimum: 0, maximum: 3 }, t: { type: 'string', maxLength: 2 }, k: { oneOf: [{ type: 'null' }, { enum: ['a', 'b'] }] }, list: { type: 'array', items: { type: 'boolean' }, maxItems: 2 } },
    required: ['id'],
    additionalProperties: false,
  } as const;
  it('names the path and the keyword that failed', () => {
    expect(checkSchema(schema, { id: 'abc' })).toBeNull();
    expect(checkSchema(schema, {})).toEqual({ path: 'id', keyword: 'required' });
    expect(checkSchema(schema, { id: 'ABC' })).toEqual({ path: 'id', keyword: 'pattern', pattern: '^[a-z]+$' });
    expect(checkSchema(schema, { id: 'a', n: 1.5 })).toEqual({ path: 'n', keyword: 'type' });
    expect(checkSchema(schema, { id: 'a', n: 4 })).toEqual({ path: 'n', keyword: 'maximum' });
    expect(checkSchema(schema, { id: 'a', t: '🙂🙂' })).toBeNull(); // two code points, not four units
    expect(checkSchema(schema, { id: 'a', t: 'abc' })).toEqual({ path: 't', keyword: 'maxLength' });
    expect(checkSchema(schema, { id: 'a', k: 'c' })).toEqual({ path: 'k', keyword: 'oneOf' });
    expect(checkSchema(schema, { id: 'a', list: [true, 1] })).toEqual({ path: 'list[1]', keyword: 'type' });
    expect(checkSchema(schema, { id: 'a', list: [true, true, true] })).toEqual({ path: 'list', keyword: 'maxItems' });
    expect(checkSchema(schema, { id: 'a', extra: 1 })).toEqual({ path: 'extra', keyword: 'additionalProperties' });
    expect(checkSchema(schema, [])).toEqual({ path: '', keyword: 'type' });
  });
});
