// Why: the language switch must load English on demand, translate, and fall back to Dutch
// only for keys that do not exist (which the parity test forbids).
import { beforeAll, describe, expect, it } from 'vitest';
import { currentLang, i18n, initI18n, loadNamespaces, setLang } from '../../../src/i18n/i18n';

describe('i18n', () => {
  beforeAll(async () => {
    await initI18n();
  });

  it('starts in Dutch', async () => {
    await setLang('nl');
    expect(currentLang()).toBe('nl');
    expect(i18n.t('home:new')).toBe('Nieuwe workshop');
  });

  it('switches to English and back, including namespaces loaded later', async () => {
    expect(await setLang('en')).toBe(true);
    expect(i18n.t('home:new')).toBe('New workshop');
    await loadNamespaces(['device']);
    expect(i18n.t('device:title')).toBe('This device');
    await setLang('nl');
    expect(i18n.t('device:title')).toBe('Dit apparaat');
  });

  it('chooses plural forms per language', async () => {
    await setLang('nl');
    expect(i18n.t('home:count', { count: 1 })).toBe('1 workshop op dit apparaat');
    expect(i18n.t('home:count', { count: 3 })).toBe('3 workshops op dit apparaat');
  });
});
