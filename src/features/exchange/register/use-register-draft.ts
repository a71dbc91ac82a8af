// Why: filling in a register entry takes a while (a contact address to look up, texts to
// shorten), and a reload, a crash or a closed tab must not lose it. The form's answers are kept
// as a draft (storage/drafts.ts) under the workshop's id, so erasing the workshop forgets them
// too; no database row, no schema change. A draft that no longer fits the form is ignored.
import { useCallback, useState } from 'preact/hooks';
import type { WorkshopId } from '../../../domain/ids';
import { PREFILLED_TEXT_FIELDS, PUBLICATION_CATEGORIES, REGISTER_STATUSES } from '../../../domain/register/standard';
import { EMPTY_ANSWERS, type RegisterAnswers } from '../../../domain/register/to-register';
import { keepDraft, readDraft } from '../../../storage/drafts';

export function registerDraftKey(workshopId: WorkshopId): string {
  return `${workshopId}:register`;
}

function isAnswers(v: unknown): v is RegisterAnswers {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const oneOf = (list: readonly string[], x: unknown) => x === null || (typeof x === 'string' && list.includes(x));
  const texts = r.texts;
  return (
    oneOf(REGISTER_STATUSES, r.status) &&
    oneOf(PUBLICATION_CATEGORIES, r.publication_category) &&
    typeof r.contact_email === 'string' &&
    typeof r.website === 'string' &&
    typeof r.begin_date === 'string' &&
    typeof texts === 'object' &&
    texts !== null &&
    Object.entries(texts).every(([k, t]) => (PREFILLED_TEXT_FIELDS as readonly string[]).includes(k) && typeof t === 'string')
  );
}

export function readRegisterDraft(workshopId: WorkshopId): RegisterAnswers {
  try {
    const v: unknown = JSON.parse(readDraft(registerDraftKey(workshopId)) ?? 'null');
    return isAnswers(v) ? v : EMPTY_ANSWERS;
  } catch {
    return EMPTY_ANSWERS;
  }
}

export function useRegisterDraft(workshopId: WorkshopId): readonly [RegisterAnswers, (change: Partial<RegisterAnswers>) => void] {
  const [answers, setAnswers] = useState<RegisterAnswers>(() => readRegisterDraft(workshopId));
  const update = useCallback(
    (change: Partial<RegisterAnswers>) =>
      setAnswers((was) => {
        const next = { ...was, ...change };
        keepDraft(registerDraftKey(workshopId), JSON.stringify(next));
        return next;
      }),
    [workshopId],
  );
  return [answers, update];
}
