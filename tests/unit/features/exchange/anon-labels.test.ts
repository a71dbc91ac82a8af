// Why: a pseudonym is in the workshop's language, whatever the interface speaks.
import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise } from '../../../../src/domain/anonymise';
import { anonLabels } from '../../../../src/features/exchange/anon/anon-labels';
import { initI18n, setLang } from '../../../../src/i18n/i18n';
import { graph } from '../../support/fixtures';

beforeAll(async () => {
  await initI18n();
  await setLang('nl');
});

describe('the labels of the anonymised copy', () => {
  it('are in the workshop’s language', async () => {
    const g = graph();
    const nl = anonymise(g, await anonLabels('nl')).graph.participants.map((p) => p.name);
    const en = anonymise(g, await anonLabels('en')).graph.participants.map((p) => p.name);
    expect(nl).toEqual(['privacyfunctionaris 1', 'data-analist 1']);
    expect(en).toEqual(['privacy officer 1', 'data analyst 1']);
  });
});
