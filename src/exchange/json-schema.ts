// Why: the bundle format is published as a JSON Schema (docs/bundle.schema.json) so that other
// tools can check a file, and the app checks files against that very schema. A full JSON
// Schema library compiles schemas into code with `new Function`, which the app's
// Content-Security-Policy forbids, and is larger than the whole first load; so this is a small
// interpreter for the subset our schema uses (listed in SchemaNode). It reports the first
// problem with its JSON path and the keyword that failed.

export type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

/** The JSON Schema (2020-12) keywords the bundle schema uses; nothing else is honoured. */
export interface SchemaNode {
  readonly $schema?: string;
  readonly $id?: string;
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
  readonly title?: string;
  readonly description?: string;
  readonly type?: JsonType | readonly JsonType[];
  readonly const?: string | number | boolean | null;
  readonly enum?: readonly (string | number | boolean | null)[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: false | SchemaNode;
  readonly items?: SchemaNode;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly oneOf?: readonly SchemaNode[];
}

export type SchemaKeyword = 'type' | 'const' | 'enum' | 'required' | 'additionalProperties' | 'minItems' | 'maxItems' | 'minLength' | 'maxLength' | 'pattern' | 'minimum' | 'maximum' | 'oneOf' | '$ref';

export interface SchemaProblem {
  /** Where, as a path such as `payload.notes[3].text`. */
  readonly path: string;
  readonly keyword: SchemaKeyword;
  /** For `pattern`: which pattern, so callers can tell "markup" from "not an id". */
  readonly pattern?: string;
}

function typeOf(v: unknown): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as JsonType;
}

function typeMatches(actual: JsonType, wanted: JsonType): boolean {
  return actual === wanted || (wanted === 'number' && actual === 'integer');
}

// Patterns compiled once. Schema text uses the ECMAScript dialect JSON Schema prescribes;
// the `u` flag makes `.` and classes work on code points as JSON Schema expects.
const compiled = new Map<string, RegExp>();
function regex(p: string): RegExp {
  let r = compiled.get(p);
  if (!r) {
    r = new RegExp(p, 'u');
    compiled.set(p, r);
  }
  return r;
}

/** String length in code points, as JSON Schema counts it (an emoji is one). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}

export function checkSchema(root: SchemaNode, value: unknown, rootPath = ''): SchemaProblem | null {
  const resolve = (ref: string): SchemaNode => {
    const m = /^#\/\$defs\/([A-Za-z0-9_-]+)$/.exec(ref);
    const target = m?.[1] ? root.$defs?.[m[1]] : undefined;
    if (!target) throw new Error(`schema reference ${ref} does not resolve`);
    return target;
  };
  const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

  const check = (node: SchemaNode, v: unknown, path: string): SchemaProblem | null => {
    if (node.$ref) return check(resolve(node.$ref), v, path);
    const t = typeOf(v);
    if (node.type !== undefined) {
      const types = typeof node.type === 'string' ? [node.type] : node.type;
      if (!types.some((w) => typeMatches(t, w))) return { path, keyword: 'type' };
    }
    if (node.const !== undefined && v !== node.const) return { path, keyword: 'const' };
    if (node.enum && !node.enum.some((e) => e === v)) return { path, keyword: 'enum' };
    if (node.oneOf) {
      let matches = 0;
      let firstProblem: SchemaProblem | null = null;
      for (const option of node.oneOf) {
        const p = check(option, v, path);
        if (p === null) matches += 1;
        else if (!firstProblem || p.path.length > firstProblem.path.length) firstProblem = p;
      }
      // When no branch fits, the deepest problem says most (e.g. the text of one kind of
      // speaker that is too long, rather than "not a speaker").
      if (matches === 0) return firstProblem && firstProblem.path !== path ? firstProblem : { path, keyword: 'oneOf' };
      if (matches > 1) return { path, keyword: 'oneOf' };
    }
    if (t === 'string') {
      const s = v as string;
      // A string never has more code points than UTF-16 units, so most need no counting.
      if (node.maxLength !== undefined && s.length > node.maxLength && (s.length > node.maxLength * 2 || codePoints(s) > node.maxLength)) return { path, keyword: 'maxLength' };
      if (node.minLength !== undefined && codePoints(s) < node.minLength) return { path, keyword: 'minLength' };
      if (node.pattern !== undefined && !regex(node.pattern).test(s)) return { path, keyword: 'pattern', pattern: node.pattern };
    }
    if (t === 'integer' || t === 'number') {
      const n = v as number;
      if (node.minimum !== undefined && n < node.minimum) return { path, keyword: 'minimum' };
      if (node.maximum !== undefined && n > node.maximum) return { path, keyword: 'maximum' };
    }
    if (t === 'array') {
      const a = v as unknown[];
      if (node.maxItems !== undefined && a.length > node.maxItems) return { path, keyword: 'maxItems' };
      if (node.minItems !== undefined && a.length < node.minItems) return { path, keyword: 'minItems' };
      if (node.items) {
        for (let i = 0; i < a.length; i++) {
          const p = check(node.items, a[i], `${path}[${i}]`);
          if (p) return p;
        }
      }
    }
    if (t === 'object') {
      const o = v as Record<string, unknown>;
      for (const r of node.required ?? []) if (!Object.hasOwn(o, r)) return { path: join(path, r), keyword: 'required' };
      const props = node.properties ?? {};
      for (const key of Object.keys(o)) {
        const sub = Object.hasOwn(props, key) ? props[key] : undefined;
        if (sub) {
          const p = check(sub, o[key], join(path, key));
          if (p) return p;
        } else if (node.additionalProperties === false) return { path: join(path, key), keyword: 'additionalProperties' };
        else if (node.additionalProperties) {
          const p = check(node.additionalProperties, o[key], join(path, key));
          if (p) return p;
        }
      }
    }
    return null;
  };
  return check(root, value, rootPath);
}
