// The join link as a QR code, generated on the laptop (no service on the internet sees it).
import QRCode from 'qrcode';

/** An SVG document; error correction M survives a projector's glare and a shaky phone. */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}
