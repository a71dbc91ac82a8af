// Why: the device page's "remove this organisation" offers the backup first, the same backup as
// the backup section's. A public entry of this feature (docs/architecture.md): it loads the export
// code only when the backup is made.

/** Makes the backup of every workshop (of the open vault), hands it on, and notes it as exported. */
export async function backupNow(fileName: string): Promise<{ readonly ok: true; readonly count: number } | { readonly ok: false }> {
  const [flow, keys] = await Promise.all([import('./export-flow'), import('../../storage/keys-repo')]);
  const made = await flow.makeBackupFile(await keys.readSignerName(), fileName);
  if (!made.ok) return { ok: false };
  if (made.ids.length > 0 && (await flow.deliver(made.file, made.file.name)) !== 'cancelled') await flow.noteExported(made);
  return { ok: true, count: made.ids.length };
}
