// Which characters the fonts of this machine can draw, as LibreOffice finds them: a PDF made here
// shows a replacement box "□" for any other. Windows and macOS bring an emoji font and fonts for
// every script; on Linux, fontconfig (which LibreOffice asks too) lists each font's characters.
import { execFile } from 'node:child_process';

/** Whether some installed font has a glyph for the code point. */
export type Drawable = (codePoint: number) => boolean;

const everything: Drawable = () => true;

/** Without fontconfig's list: only emoji and regional flags are taken as undrawable. */
const pictograph = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const allButEmoji: Drawable = (codePoint) => !pictograph.test(String.fromCodePoint(codePoint));

/** The union of `fc-list`'s charsets ("20-7e a0-17f 192 …", hexadecimal) as a bit per code point. */
export function coverageOf(charsets: string): Drawable {
  const bits = new Uint8Array(0x110000 / 8);
  for (const range of charsets.split(/\s+/)) {
    const [from, to = from] = range.split('-').map((hex) => Number.parseInt(hex, 16));
    if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to)) continue;
    for (let point = from; point <= Math.min(to, 0x10ffff); point++) {
      bits[point >> 3]! |= 1 << (point & 7);
    }
  }
  return (codePoint) => ((bits[codePoint >> 3] ?? 0) & (1 << (codePoint & 7))) !== 0;
}

function listedByFontconfig(): Promise<Drawable> {
  return new Promise((resolve) => {
    execFile(
      'fc-list',
      ['--format', '%{charset}\n'],
      { timeout: 10_000, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout) => resolve(error || stdout.trim() === '' ? allButEmoji : coverageOf(stdout)),
    );
  });
}

let found: Promise<Drawable> | undefined;

/** What this machine's fonts can draw; looked up once per process (the export worker's life). */
export function drawableCharacters(): Promise<Drawable> {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    return Promise.resolve(everything);
  }
  found ??= listedByFontconfig();
  return found;
}
