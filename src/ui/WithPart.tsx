// Why: a sentence of the interface that holds a piece of workshop content ("Workshop: Bijstand
// en fraude") is in two languages at once. A screen reader can only pronounce each part right
// when the content is its own element with its own `lang` (WCAG 3.1.2), so the translated
// sentence is split where the content goes and the content is put in between as a node.
import type { ComponentChildren } from 'preact';

/** Stands in for the content when the sentence is translated; never shown. */
export const PART = '\u2063part\u2063';

/** `text`: a translation made with `PART` as the content's value; `children`: the content. */
export function WithPart({ text, children }: { text: string; children: ComponentChildren }) {
  const at = text.indexOf(PART);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      {children}
      {text.slice(at + PART.length)}
    </>
  );
}
