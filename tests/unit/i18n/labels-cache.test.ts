// Why: the cached labels on note cards must read exactly what i18next would say, in the
// language of the moment, with the placeholder filled in; a namespace that is not loaded yet
// must not be cached as its own key.
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n, loadNamespaces, setLang } from '../../../src/i18n/i18n';
import { label, labelWith } from '../../../src/i18n/labels-cache';

describe('cached labels', () => {
  beforeAll(async () => {
    await initI18n();
    await setLang('nl');
  });

  it('answers what i18next answers, placeholders included, and follows a language switch', async () => {
    await loadNamespaces(['workshop', 'decision']);
    expect(label('workshop:notes.more')).toBe(i18n.t('workshop:notes.more'));
    const text = 'Wie ziet deze {{gegevens}}? 50% & meer';
    expect(labelWith('workshop:notes.moreLabel', { text })).toBe(i18n.t('workshop:notes.moreLabel', { text }));
    expect(labelWith('decision:fromNote.label', { text: 'x' })).toBe(i18n.t('decision:fromNote.label', { text: 'x' }));

    const dutch = label('workshop:notes.more');
    await setLang('en');
    expect(label('workshop:notes.more')).toBe(i18n.t('workshop:notes.more'));
    expect(label('workshop:notes.more')).not.toBe(dutch);
    await setLang('nl');
    expect(label('workshop:notes.more')).toBe(dutch);
  });

  it('does not keep a key in place of a label whose namespace is still loading', async () => {
    await loadNamespaces(['report']);
    await setLang('en');
    i18n.removeResourceBundle('en', 'report');
    const before = label('report:button.label');
    expect(before).toBe('Verslag (pdf)'); // the Dutch fallback, while English is not there
    await loadNamespaces(['report']);
    expect(label('report:button.label')).toBe(i18n.t('report:button.label'));
    expect(label('report:button.label')).not.toBe(before);
    await setLang('nl');
  });
});
