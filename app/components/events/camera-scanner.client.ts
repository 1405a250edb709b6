// Camera QR reading for the check-in page, loaded only when an officer presses the camera
// button (a lazy chunk: never in the public bundles). Uses the browser's BarcodeDetector; the
// page (check-in-form.tsx) shows the button only where it and getUserMedia exist.

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** About five reads a second: quick enough for a held-up pass, easy on a phone's battery. */
const SCAN_INTERVAL_MS = 200;

/** Shows the back camera in `video` and calls `onText` once with the first QR code read. */
export async function startScanner(video: HTMLVideoElement, onText: (text: string) => void): Promise<{ stop: () => void }> {
  const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorConstructor }).BarcodeDetector;
  const detector = new Detector({ formats: ["qr_code"] });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  video.srcObject = stream;
  await video.play();
  const scan = async () => {
    if (stopped) return;
    try {
      const text = (await detector.detect(video))[0]?.rawValue;
      if (text) {
        stop();
        onText(text);
        return;
      }
    } catch {
      // a frame not ready yet: try the next one
    }
    timer = setTimeout(() => void scan(), SCAN_INTERVAL_MS);
  };
  void scan();
  return { stop };
}
