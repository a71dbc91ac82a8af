// Why: confirming a precondition's proposal used to store the app's reason text (in the
// workshop's language) as the group's explanation. Records and bundles made then still hold
// it; to show them sensibly the card and the report must recognise those texts as the app's
// own words, whatever language the interface or the report is in.
import { proposal as en } from '../../locales/en/decision.json';
import { proposal as nl } from '../../locales/nl/decision.json';

const APP_TEXTS: ReadonlySet<string> = new Set([...Object.values(nl), ...Object.values(en)].map((s) => s.trim()));

/** True when `text` is one of the app's proposal reasons (Dutch or English), not the group's words. */
export function isProposalText(text: string): boolean {
  return APP_TEXTS.has(text.trim());
}
