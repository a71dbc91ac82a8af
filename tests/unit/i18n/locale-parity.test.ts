// Why: Dutch is the source language and English must be complete: every key in one locale
// exists in the other, no value is empty, and the interpolation placeholders match.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../locales');
const langs = readdirSync(root).sort();

type Json = { [k: string]: Json | string };

function flatten(obj: Json, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function load(lang: string): Map<string, Map<string, string>> {
  const files = readdirSync(join(root, lang)).filter((f) => f.endsWith('.json'));
  return new Map(files.map((f) => [f, flatten(JSON.parse(readFileSync(join(root, lang, f), 'utf8')) as Json)]));
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('has Dutch and English', () => {
    expect(langs).toEqual(['en', 'nl']);
  });

  const nl = load('nl');
  for (const lang of langs.filter((l) => l !== 'nl')) {
    const other = load(lang);
    it(`${lang} has the same files as nl`, () => {
      expect([...other.keys()].sort()).toEqual([...nl.keys()].sort());
    });
    for (const [file, source] of nl) {
      it(`${lang}/${file} has exactly the keys of nl/${file}`, () => {
        const target = other.get(file) ?? new Map();
        expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
      });
      it(`${lang}/${file} uses the same placeholders as nl/${file}`, () => {
        const target = other.get(file) ?? new Map<string, string>();
        for (const [key, text] of source) expect(placeholders(target.get(key) ?? ''), `${file}:${key}`).toEqual(placeholders(text));
      });
    }
  }

  for (const lang of langs) {
    it(`${lang} holds no empty value`, () => {
      for (const [file, entries] of load(lang)) for (const [key, text] of entries) expect(text.trim(), `${lang}/${file}:${key}`).not.toBe('');
    });
  }
});
