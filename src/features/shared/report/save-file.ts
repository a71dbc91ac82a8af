// Why: a finished report leaves the app as a file: downloaded (every browser), or handed to the
// share sheet where the device offers one for files (an iPad: mail, AirDrop, Files), which is
// often the only practical way out of an installed web app.
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function shareableFile(blob: Blob, fileName: string): File | null {
  if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function' || typeof File !== 'function') return null;
  const file = new File([blob], fileName, { type: 'application/pdf' });
  try {
    return navigator.canShare({ files: [file] }) ? file : null;
  } catch {
    return null;
  }
}

/** Opens the share sheet; resolves false when the person closed it or sharing failed. */
export async function shareFile(file: File, title: string): Promise<boolean> {
  try {
    await navigator.share({ files: [file], title });
    return true;
  } catch {
    return false;
  }
}
