// Why: records of an earlier version hold the app's reason text as the group's explanation; the card and the
// report must tell those apart from what the group wrote, in either language.
import { describe, expect, it } from 'vitest';
import nl from '../../../locales/nl/decision.json';
import en from '../../../locales/en/decision.json';
import { isProposalText } from '../../../src/i18n/proposal-texts';

describe('the app’s own proposal texts', () => {
  it('recognises every reason in Dutch and English, with stray spaces', () => {
    for (const text of [...Object.values(nl.legacyProposal), ...Object.values(en.legacyProposal)]) expect(isProposalText(` ${text}\n`)).toBe(true);
  });

  it('does not take the group’s own words, or part of a reason, for the app’s', () => {
    expect(isProposalText('De wethouder heeft het project zelf voorgesteld.')).toBe(false);
    expect(isProposalText('Er zit geen privacy officer of FG aan tafel')).toBe(false);
    expect(isProposalText('')).toBe(false);
  });
});
