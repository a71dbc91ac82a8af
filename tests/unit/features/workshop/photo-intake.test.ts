// Why: a full disk is not a wrong image type. A photo that could not be stored must say why
// (full, closed, no access) without asking for another image type, and a file that is no
// image must still say which types work; each in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import { intakeMessages, takeIn } from '../../../../src/features/workshop/photos/photo-intake';
import { i18n, initI18n, loadNamespaces, setLang } from '../../../../src/i18n/i18n';
import type { WriteResult } from '../../../../src/storage/write';

const files = (n: number) => Array.from({ length: n }, (_, i) => new File([String(i)], `f${i}.jpg`));
const text = (m: ReturnType<typeof intakeMessages>) => m.map((x) => (i18n.t as unknown as (k: string, v: object) => string)(`workshop:photos.${x.key}`, { count: x.count })).join(' ');

beforeAll(async () => {
  await initI18n();
  await loadNamespaces(['workshop']);
});

describe('taking photos in', () => {
  it('says the disk is full when it is, and asks for nothing else', async () => {
    const full: WriteResult<unknown> = { ok: false, problem: 'quota' };
    const r = await takeIn(files(2), async (f) => f, async () => full);
    expect(r).toEqual({ unreadable: 0, notStored: new Map([['quota', 2]]) });
    await setLang('nl');
    expect(text(intakeMessages(r))).toContain('de opslag van dit apparaat is vol');
    expect(text(intakeMessages(r))).not.toMatch(/JPEG|PNG|WebP/);
    await setLang('en');
    expect(text(intakeMessages(r))).toContain('storage is full');
    expect(text(intakeMessages(r))).not.toMatch(/JPEG|PNG|WebP/);
  });

  it('keeps an unreadable file and a storage problem apart, and stores the rest', async () => {
    const stored: string[] = [];
    const r = await takeIn(
      files(4),
      async (f) => {
        if (f.name === 'f0.jpg') throw new Error('not an image');
        return f.name;
      },
      async (name): Promise<WriteResult<unknown>> => {
        if (name === 'f1.jpg') return { ok: false, problem: 'closed' };
        if (name === 'f2.jpg') throw new Error('surprise');
        stored.push(name);
        return { ok: true, value: null };
      },
    );
    expect(stored).toEqual(['f3.jpg']);
    expect(r.unreadable).toBe(1);
    expect([...r.notStored]).toEqual([
      ['closed', 1],
      ['unknown', 1],
    ]);
    await setLang('nl');
    const t = text(intakeMessages(r));
    expect(t).toContain('Herlaad deze pagina');
    expect(t).toContain('JPEG');
  });

  it('says nothing when every photo was kept', async () => {
    expect(intakeMessages(await takeIn(files(3), async (f) => f, async () => ({ ok: true, value: 1 })))).toEqual([]);
  });
});
