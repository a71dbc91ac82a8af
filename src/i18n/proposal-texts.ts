// Why: an earlier version proposed a state for each precondition, and confirming it stored the
// app's reason text (in the workshop's language) as the group's explanation. Records and
// bundles made then still hold it. The app no longer proposes anything, but the card and the
// report must still recognise those texts as the app's words, never the group's, whatever
// language the interface or the report is in. The texts are kept under `legacyProposal` for
// that alone; nothing shows them.
import { legacyProposal as en } from '../../locales/en/decision.json';
import { legacyProposal as nl } from '../../locales/nl/decision.json';

const APP_TEXTS: ReadonlySet<string> = new Set([...Object.values(nl), ...Object.values(en)].map((s) => s.trim()));

/** True when `text` is one of the earlier version's proposal reasons (Dutch or English), not the group's words. */
export function isProposalText(text: string): boolean {
  return APP_TEXTS.has(text.trim());
}
