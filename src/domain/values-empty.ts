// Why: every new workshop starts with no values. That one constant is all the first screen needs
// of the values; it lives apart from the rules in values.ts so that the first load does not carry
// them (a module the first screen imports is loaded whole).
import type { WorkshopValues } from './values';

export const EMPTY_VALUES: WorkshopValues = { entries: [], coreRanking: [], conflicts: [] };
