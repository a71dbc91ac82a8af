// Why: a signer's name is only what they typed, so anyone can sign under a colleague's name
// with a key of their own. To notice that, the import compares names the way a person reads
// them: this is the one rule for "the same name" (Unicode NFKC, so look-alike forms such as
// full-width letters count as the letters they show; case-insensitive; invisible format
// characters dropped; spaces trimmed and runs of them as one). Pure, no I/O.

/** The form two names are compared in; '' for a name that is empty once normalised. */
export function signerNameKey(name: string): string {
  return (
    name
      .normalize('NFKC')
      // Zero-width spaces and joiners, bidi marks: invisible, so not part of the name as read.
      .replace(/\p{Cf}/gu, '')
      .replace(/\s+/gu, ' ')
      .trim()
      // Upper then lower folds more than lower alone (ß and SS, final and other sigma).
      .toUpperCase()
      .toLowerCase()
  );
}

/** Whether two non-empty names read as the same name. */
export function sameSignerName(a: string, b: string): boolean {
  const k = signerNameKey(a);
  return k !== '' && k === signerNameKey(b);
}
