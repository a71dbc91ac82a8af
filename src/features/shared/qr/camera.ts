// Why: a phone without a camera (or a browser that gives none to pages) should not be offered
// a "scan" button that can only fail. The browser lists its kinds of devices without asking
// permission (labels stay empty until then), so whether there is a camera at all can be known
// before anything is asked.

/** False when this browser certainly has no camera for the page; true when it has or may have one. */
export async function cameraMayExist(): Promise<boolean> {
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!media?.getUserMedia) return false;
  if (!media.enumerateDevices) return true;
  try {
    return (await media.enumerateDevices()).some((d) => d.kind === 'videoinput');
  } catch {
    return true;
  }
}
