// Why: the schema guard needs to know whether a changed schema still accepts every file the
// frozen one accepted. This walks both schemas side by side and lists each change that could
// refuse or misread an old file: a new required property, a property taken away, a narrower
// limit, a value no longer allowed, a changed pattern (two patterns cannot be compared, so any
// change counts). Titles and descriptions may change freely.
import type { SchemaNode } from '../../../src/exchange/json-schema';

export function compatibilityProblems(frozen: SchemaNode, current: SchemaNode): string[] {
  const problems: string[] = [];
  const say = (path: string, what: string): void => {
    problems.push(`${path || '(root)'}: ${what}`);
  };

  const walk = (path: string, a: SchemaNode, b: SchemaNode): void => {
    if (a.$ref !== b.$ref) return say(path, `points to ${b.$ref ?? 'an inline schema'} instead of ${a.$ref ?? 'an inline schema'}`);
    if (JSON.stringify(a.type) !== JSON.stringify(b.type)) say(path, `type ${JSON.stringify(b.type)} instead of ${JSON.stringify(a.type)}`);
    if (a.const !== b.const) say(path, `const ${JSON.stringify(b.const)} instead of ${JSON.stringify(a.const)}`);
    if (a.enum) {
      if (!b.enum) say(path, 'enum removed');
      else for (const v of a.enum) if (!b.enum.includes(v)) say(path, `value ${JSON.stringify(v)} no longer allowed`);
    } else if (b.enum) say(path, 'enum added');
    if (a.pattern !== b.pattern) say(path, 'pattern changed (patterns cannot be proven to accept the same texts)');
    const upper = (k: 'maxLength' | 'maxItems' | 'maximum') => {
      const x = a[k];
      const y = b[k];
      if (y !== undefined && (x === undefined || y < x)) say(path, `${k} ${y} is narrower than ${x ?? 'none'}`);
    };
    const lower = (k: 'minLength' | 'minItems' | 'minimum') => {
      const x = a[k];
      const y = b[k];
      if (y !== undefined && (x === undefined || y > x)) say(path, `${k} ${y} is stricter than ${x ?? 'none'}`);
    };
    upper('maxLength');
    upper('maxItems');
    upper('maximum');
    lower('minLength');
    lower('minItems');
    lower('minimum');
    if (a.additionalProperties !== false && b.additionalProperties === false) say(path, 'no longer allows other properties');
    const before = a.properties ?? {};
    const after = b.properties ?? {};
    for (const [name, node] of Object.entries(before)) {
      const next = after[name];
      if (!next) {
        if (b.additionalProperties === false) say(`${path}.${name}`, 'property removed (files that have it would be refused)');
      } else walk(`${path}.${name}`, node, next);
    }
    const wasRequired = new Set(a.required ?? []);
    for (const name of b.required ?? []) if (!wasRequired.has(name)) say(`${path}.${name}`, 'new required property (files of this version do not have it)');
    if (a.items && b.items) walk(`${path}[]`, a.items, b.items);
    else if (a.items || b.items) say(path, 'items changed');
    if (a.oneOf || b.oneOf) {
      const x = a.oneOf ?? [];
      const y = b.oneOf ?? [];
      if (y.length < x.length) say(path, `oneOf has ${y.length} options instead of ${x.length}`);
      x.forEach((option, i) => {
        const next = y[i];
        if (next) walk(`${path}.oneOf[${i}]`, option, next);
      });
    }
  };

  walk('', frozen, current);
  const defsBefore = frozen.$defs ?? {};
  const defsAfter = current.$defs ?? {};
  for (const [name, node] of Object.entries(defsBefore)) {
    const next = defsAfter[name];
    if (!next) say(`$defs.${name}`, 'definition removed');
    else walk(`$defs.${name}`, node, next);
  }
  return problems;
}
