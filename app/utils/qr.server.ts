// QR codes for printed sheets (sales-point posters, fair passes), rendered on the server as an
// inline SVG: no image request, no client code, crisp at any print size.
import QRCode from "qrcode";

/** "M" error correction survives a smudged print; the margin is the quiet zone scanners need. */
export function printableQrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
