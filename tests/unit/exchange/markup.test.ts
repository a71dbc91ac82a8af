// Why: the plain-text rule must not be fooled by quoting: a `>` inside a quoted attribute value
// does not end a tag, so what follows it is still inside the tag. The published pattern misses
// some of these (asserted below, so this test says why the reader exists); the app's rule
// (pattern and reader together) refuses all of them, and keeps passing what people write.
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../../src/exchange/bundle-schema';
import { findMarkup, markupIndex } from '../../../src/exchange/markup';

const pattern = new RegExp(PATTERNS.noMarkup, 'u');

const quotedAttacks = [
  '<x title="a>b" onclick=alert(1)>',
  "<x title='a>b' onclick=alert(1)>",
  '<x title=">" onmouseover=alert(1)>',
  '<x a="1" b=">" c=\'>\' onfocus=alert(1) autofocus>',
  'Zie <x data-x=">>>" ONCLICK=alert(1)>hier',
  '<x title="a>b"onclick=alert(1)>',
  '<x\ttitle="a>b"\nonclick=alert(1)>',
  '<x title="a>b" style="position:fixed;inset:0">',
];

describe('markup as an HTML parser reads it', () => {
  it('the published pattern misses markup behind a quoted >', () => {
    expect(pattern.test('<x title="a>b" onclick=alert(1)>')).toBe(true);
    expect(pattern.test('<x title=">" onmouseover=alert(1)>')).toBe(true);
  });

  it('refuses a handler behind a quoted > in every quoting', () => {
    for (const s of quotedAttacks) expect(findMarkup(s), s).not.toBeNull();
  });

  it('refuses what the pattern refuses, quoted or not', () => {
    for (const s of ['<img alt=">" src=x onerror=alert(1)>', '<script>alert(1)</script>', '<svg/onload=alert(1)>', '<b title=">">vet</b>', '</div>', '<!-- x -->', '<![CDATA[x]]>', '<!doctype html>', '<?xml x?>', '<x onclick=1>', '<p class=a>']) {
      expect(findMarkup(s), s).not.toBeNull();
    }
  });

  it('passes the texts people write', () => {
    for (const s of ['a < b', '<3', 'Jan <jan@gemeente.nl>', '<naam invullen>', 'x > y', '"quotes"', 'bewaartermijn ≤ 5 jaar', 'a<c en d>e', '<brief van 3 mei>', '<x title="a>b">', 'if a<x then "c>d"', 'مرحبا <بالعالم>', '<>', '< script>']) {
      expect(findMarkup(s), s).toBeNull();
    }
  });

  it('says where the markup starts, to quote it', () => {
    expect(markupIndex('Hallo <naam> en <x title="a>b" onclick=alert(1)>')).toBe(16);
    expect(findMarkup('Hallo <naam> en <x title="a>b" onclick=alert(1)>')).toBe('<x title="a>b" onclick=alert(1)>');
  });

  it('reads an attribute name that starts with = as HTML does (the tag ends at the first >)', () => {
    // HTML takes `="` as the attribute's name, so `>` ends the tag and the rest is text.
    expect(markupIndex('<x =">" onclick=alert(1)>')).toBe(-1);
  });

  it('a handler counts even when the text ends inside the tag (the next text could close it)', () => {
    expect(findMarkup('<x title="a>b" onclick=alert(1)')).not.toBeNull();
  });

  it('reads a long text once, not once per <', () => {
    const long = '<a'.replace('a', 'q').repeat(10_000) + ' "'.repeat(5_000);
    expect(findMarkup(long)).toBeNull();
  });
});
