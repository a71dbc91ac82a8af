// Why: the sentence a group gives for going ahead while things are open is kept in the
// decision's rationale as a marked paragraph (the Decision record has no field for it). A
// decision may be changed in the other language than it was recorded in, so the marker and
// the label before the sentence are recognised in every language the app speaks.
import { decision as en } from '../../locales/en/decision.json';
import { decision as nl } from '../../locales/nl/decision.json';

/**
 * Headings of released versions stay recognised after their wording changes: add the old
 * wording here (as text, not a translation key) whenever recordHeading is reworded.
 */
const FORMER_HEADINGS: readonly string[] = [];

export const GO_AHEAD_HEADINGS: readonly string[] = [nl.check.recordHeading, en.check.recordHeading, ...FORMER_HEADINGS];
export const GO_AHEAD_REASON_LABELS: readonly string[] = [nl.check.recordReason, en.check.recordReason];
