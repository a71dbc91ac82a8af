// Why: the layering in docs/architecture.md is only true while something checks it. This reads
// every import in src (static and dynamic) and fails, naming the file and the import, when a
// folder reaches one it may not. The table below is the graph the docs draw.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../src');

/** Which folders each folder may import from (itself always). */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  content: ['domain'],
  exchange: ['domain', 'content'],
  i18n: ['domain'],
  ui: [],
  report: ['domain', 'content', 'exchange', 'i18n'],
  storage: ['domain', 'content', 'exchange'],
  shell: ['domain', 'i18n', 'ui', 'storage'],
  pwa: ['domain', 'i18n', 'storage', 'shell'],
  'features/shared': ['domain', 'content', 'exchange', 'i18n', 'ui', 'report', 'storage', 'shell', 'pwa'],
  // A feature also reaches features/shared and the public entries below; never another feature's insides.
  features: ['domain', 'content', 'exchange', 'i18n', 'ui', 'report', 'storage', 'shell', 'pwa', 'features/shared'],
  app: ['*'],
  '(root)': ['*'],
};

/** What a feature offers the others: lazy entry points, loaded only when shown. */
const PUBLIC_ENTRIES = new Set(['features/packs/PacksScreen.tsx', 'features/exchange/DocumentationPanel.tsx', 'features/exchange/ExchangeSections.tsx', 'features/exchange/backup-now.ts', 'features/follow-up/CardFollowUp.tsx']);

/**
 * Known exceptions, each to be removed, never added to: style sheets the follow-up screen
 * borrows from the workshop screen (its cards and the status control's look).
 */
const KNOWN_EXCEPTIONS = new Set(['features/follow-up/FollowUpScreen.tsx -> features/workshop/workshop.css', 'features/follow-up/FollowUpScreen.tsx -> features/workshop/closing/closing.css']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

/** `features/home/HomeScreen.tsx` → `features/home`; `features/shared/x.ts` → `features/shared`; `main.tsx` → `(root)`. */
function folderOf(rel: string): string {
  const parts = rel.split('/');
  if (parts.length === 1) return '(root)';
  return parts[0] === 'features' ? `features/${parts[1]}` : (parts[0] as string);
}

function ruleFor(folder: string): readonly string[] {
  return MAY_IMPORT[folder] ?? (folder.startsWith('features/') ? (MAY_IMPORT.features as readonly string[]) : []);
}

function allowed(from: string, to: string, target: string): boolean {
  const a = folderOf(from);
  const b = folderOf(to);
  if (a === b) return true;
  const rule = ruleFor(a);
  if (rule.includes('*') || rule.includes(b)) return true;
  if (a.startsWith('features/') && b.startsWith('features/') && PUBLIC_ENTRIES.has(target)) return true;
  return KNOWN_EXCEPTIONS.has(`${from} -> ${target}`);
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1] as string);
}

function resolveTarget(file: string, spec: string): string {
  const abs = resolve(dirname(file), spec);
  for (const ext of ['', '.ts', '.tsx', '.mjs', '/index.ts']) {
    try {
      if (statSync(abs + ext).isFile()) return relative(SRC, abs + ext);
    } catch {
      // try the next extension
    }
  }
  return relative(SRC, abs);
}

describe('the layering', () => {
  const files = filesUnder(SRC);

  it('every folder imports only what docs/architecture.md allows it', () => {
    const broken: string[] = [];
    for (const file of files) {
      const from = relative(SRC, file);
      for (const spec of importsOf(file)) {
        const target = resolveTarget(file, spec);
        if (target.startsWith('..')) continue; // outside src: the locales (i18n) and the package file
        if (!allowed(from, target, target)) broken.push(`${from} imports ${target}`);
      }
    }
    expect(broken, 'move the shared code down a layer (shell, features/shared) instead of reaching up or across').toEqual([]);
  });

  it('knows every folder in src', () => {
    const folders = new Set(files.map((f) => folderOf(relative(SRC, f))));
    for (const f of folders) expect(f in MAY_IMPORT || f.startsWith('features/'), f).toBe(true);
  });

  it('would catch a feature reaching into another, and ui reaching the domain', () => {
    expect(allowed('features/follow-up/X.tsx', 'features/workshop/closing/Y.tsx', 'features/workshop/closing/Y.tsx')).toBe(false);
    expect(allowed('ui/Button.tsx', 'domain/lang.ts', 'domain/lang.ts')).toBe(false);
    expect(allowed('storage/db.ts', 'features/home/HomeScreen.tsx', 'features/home/HomeScreen.tsx')).toBe(false);
    expect(allowed('features/home/WorkshopCard.tsx', 'features/follow-up/CardFollowUp.tsx', 'features/follow-up/CardFollowUp.tsx')).toBe(true);
  });

  it('has no known exception left that is no longer needed', () => {
    const used = new Set<string>();
    for (const file of files) {
      const from = relative(SRC, file);
      for (const spec of importsOf(file)) used.add(`${from} -> ${resolveTarget(file, spec)}`);
    }
    for (const e of KNOWN_EXCEPTIONS) expect(used.has(e), `${e} is gone: remove it from KNOWN_EXCEPTIONS`).toBe(true);
  });
});
