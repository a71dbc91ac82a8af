// Why: reading QR codes from camera frames. The browser's own BarcodeDetector is used where it
// exists and reads QR codes (Chrome on Android, macOS); elsewhere (Chromium on Linux, Safari on
// the iPad) jsQR, a pure-JavaScript decoder, loaded only now and precached like every chunk:
// no WebAssembly to host, nothing fetched from another origin.
interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
declare const BarcodeDetector: { new (o: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> } | undefined;

export type FrameReader = (video: HTMLVideoElement, canvas: HTMLCanvasElement) => Promise<string | null>;

/** Frames are read at most this wide: enough for a version-20 code filling a third of the view. */
const MAX_WIDTH = 960;

export async function frameReader(): Promise<FrameReader> {
  if (typeof BarcodeDetector !== 'undefined') {
    try {
      if ((await BarcodeDetector.getSupportedFormats()).includes('qr_code')) {
        const detector = new BarcodeDetector({ formats: ['qr_code'] });
        return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
      }
    } catch {
      // fall through to jsQR
    }
  }
  const { default: jsQR } = await import('jsqr');
  return async (video, canvas) => {
    const scale = Math.min(1, MAX_WIDTH / (video.videoWidth || MAX_WIDTH));
    const w = Math.round(video.videoWidth * scale);
    const h = Math.round(video.videoHeight * scale);
    if (w === 0 || h === 0) return null;
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.drawImage(video, 0, 0, w, h);
    const found = jsQR(ctx.getImageData(0, 0, w, h).data, w, h, { inversionAttempts: 'dontInvert' });
    return found?.data ?? null;
  };
}
