// Why: the Word file is checked by tools that did not write it: `unzip -t` tests the archive and
// every entry's CRC, `xmllint` that every XML part is well formed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/report/docx/zip';
import { docx, xmlText } from '../../../src/report/docx/docx';

const dir = mkdtempSync(join(tmpdir(), 'deda-docx-'));
const PARTS = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml'];

function written(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

// unzip reads a name as a pattern: its brackets are escaped.
const part = (file: string, name: string) => spawnSync('unzip', ['-p', file, name.replace(/[[\]]/g, '\\$&')], { encoding: 'utf8' }).stdout;

describe('a Word document', () => {
  const file = written(
    'doc.docx',
    docx({
      title: 'IAMA: Bijstand & fraude <test>',
      lang: 'nl-NL',
      blocks: [
        { kind: 'title', text: 'IAMA: Bijstand & fraude' },
        { kind: 'heading', level: 1, text: '1. Aanleiding' },
        { kind: 'paragraph', text: 'Regel één\nRegel twee met “aanhalingstekens” en 日本語\u0007' },
        { kind: 'todo', text: 'Nog in te vullen.' },
        { kind: 'bullets', items: ['Privacy', 'Gelijke behandeling'] },
      ],
    }, new Date('2026-12-02T10:00:00Z')),
  );

  it('is an archive whose every entry passes unzip’s integrity test', () => {
    const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('No errors detected');
    const list = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(list).toEqual(PARTS);
  });

  it('holds well-formed XML in every part', () => {
    for (const name of PARTS) {
      const xml = written(`part-${name.replace(/[^a-z]/gi, '_')}.xml`, new TextEncoder().encode(part(file, name)));
      const r = spawnSync('xmllint', ['--noout', xml], { encoding: 'utf8' });
      expect(r.status, `${name}: ${r.stderr}`).toBe(0);
    }
  });

  it('keeps the text, escaped, marks headings, lists and the language, and drops control characters', () => {
    const doc = part(file, 'word/document.xml');
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Title"/>');
    expect(doc).toContain('IAMA: Bijstand &amp; fraude');
    expect(doc).toContain('<w:br/><w:t xml:space="preserve">Regel twee met “aanhalingstekens” en 日本語</w:t>');
    expect(doc).not.toContain('\u0007');
    expect(doc.match(/<w:numId w:val="1"\/>/g)).toHaveLength(2);
    expect(part(file, 'word/styles.xml')).toContain('<w:lang w:val="nl-NL"/>');
    expect(part(file, 'docProps/core.xml')).toContain('<dc:title>IAMA: Bijstand &amp; fraude &lt;test&gt;</dc:title>');
  });
});

describe('the pieces', () => {
  it('CRC-32 matches the published check value', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('escapes what XML needs escaped', () => {
    expect(xmlText('a & b < c > d " e')).toBe('a &amp; b &lt; c &gt; d &quot; e');
  });
});
