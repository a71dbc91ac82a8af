// Why: when the app will not export a workshop because some text looks like HTML code, the
// person has to find that text. A JSON path such as `payload.notes[12].text` means nothing to a
// facilitator; this names the place in the app's words instead ("a note", "the decision").
export const MARKUP_PLACES = ['signer', 'title', 'goal', 'values', 'preconditions', 'decision', 'details', 'participant', 'note', 'question', 'action', 'photo', 'other'] as const;
export type MarkupPlace = (typeof MARKUP_PLACES)[number];

export function markupPlace(path: string): MarkupPlace {
  if (path.startsWith('signature.')) return 'signer';
  const w = /^payload\.workshop\.([A-Za-z]+)/.exec(path)?.[1];
  if (w) {
    if (w === 'title' || w === 'goal' || w === 'values' || w === 'preconditions' || w === 'decision') return w;
    return 'details';
  }
  const list = /^payload\.([A-Za-z]+)\[/.exec(path)?.[1];
  switch (list) {
    case 'participants':
      return 'participant';
    case 'notes':
      return 'note';
    case 'questionStates':
      return 'question';
    case 'actionPoints':
      return 'action';
    case 'attachments':
      return 'photo';
    default:
      return 'other';
  }
}
