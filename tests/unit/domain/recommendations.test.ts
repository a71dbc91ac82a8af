import { describe, expect, it } from 'vitest';
import { PRECONDITIONS } from '../../../src/domain/preconditions';
import { allSuggestions, RECOMMENDATIONS, SUGGESTION_KEYS, suggestionsFor } from '../../../src/domain/recommendations';
import { point } from './action-fixture';

const none = { dismissedSuggestions: [] as string[] };

describe('suggested action points', () => {
  it('offers something for every precondition that is missing', () => {
    for (const p of PRECONDITIONS) expect(suggestionsFor(p, 'missing', none, []).length).toBeGreaterThan(0);
  });

  it('offers nothing when in place or unknown', () => {
    for (const p of PRECONDITIONS) {
      expect(suggestionsFor(p, 'in-place', none, [])).toEqual([]);
      expect(suggestionsFor(p, 'unknown', none, [])).toEqual([]);
    }
  });

  it('offers "involve the PO/FG" only when the PO/FG is missing, not when partly involved', () => {
    expect(suggestionsFor('privacy-officer-involved', 'missing', none, []).map((s) => s.key)).toEqual(['involve-po', 'po-capacity']);
    expect(suggestionsFor('privacy-officer-involved', 'partly', none, []).map((s) => s.key)).toEqual(['po-capacity']);
  });

  it('leaves out dismissed suggestions and those already accepted', () => {
    const accepted = point({ origin: { kind: 'precondition', precondition: 'integrated-work', suggestion: 'regular-meeting' } });
    expect(suggestionsFor('integrated-work', 'missing', { dismissedSuggestions: ['embed-ethics'] }, [accepted]).map((s) => s.key)).toEqual(['assign-responsibilities']);
  });

  it('draws on all eight recommendations, with unique keys', () => {
    expect(new Set(allSuggestions().map((s) => s.recommendation))).toEqual(new Set(RECOMMENDATIONS));
    expect(allSuggestions().map((s) => s.key)).toEqual([...SUGGESTION_KEYS]);
  });
});
