// Why: the register form's answers are kept as a draft under the workshop's id; a draft read
// back must be the one kept, one that does not fit the form (an older shape, a value outside
// the standard's lists) must be ignored rather than shown, and erasing the workshop forgets it.
import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopId } from '../../../../../src/domain/ids';
import { EMPTY_ANSWERS, type RegisterAnswers } from '../../../../../src/domain/register/to-register';
import { dropDraftsOf, keepDraft } from '../../../../../src/storage/drafts';
import { readRegisterDraft, registerDraftKey } from '../../../../../src/features/exchange/register/use-register-draft';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

const ID = 'e0000001-0000-4000-8000-000000000001' as WorkshopId;
const KEPT: RegisterAnswers = { status: 'In gebruik', publication_category: 'Overige algoritmes', contact_email: 'a@b.nl', website: '', begin_date: '2027-03', texts: { goal: 'Korter.' } };

describe('the register draft', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true });
  });

  it('gives back what was kept, under the workshop', () => {
    expect(readRegisterDraft(ID)).toEqual(EMPTY_ANSWERS);
    keepDraft(registerDraftKey(ID), JSON.stringify(KEPT));
    expect(readRegisterDraft(ID)).toEqual(KEPT);
    dropDraftsOf(ID);
    expect(readRegisterDraft(ID)).toEqual(EMPTY_ANSWERS);
  });

  it('ignores a draft that does not fit the form', () => {
    for (const wrong of [{ ...KEPT, status: 'Gepland' }, { ...KEPT, texts: { tags: 'x' } }, { ...KEPT, contact_email: 3 }, 'not json {', null]) {
      keepDraft(registerDraftKey(ID), typeof wrong === 'string' ? wrong : JSON.stringify(wrong));
      expect(readRegisterDraft(ID)).toEqual(EMPTY_ANSWERS);
    }
  });
});
