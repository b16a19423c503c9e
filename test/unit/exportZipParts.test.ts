// A package written again with one part replaced (export/zipParts.ts) must read back, by another
// zip reader, as the same parts with that one changed: names, order, contents and checksums.
import { crc32 } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZipParts } from '../../electron/backend/export/zipParts';

const text = (value: string) => new TextEncoder().encode(value);

/** A package as docx zips one: deflated XML, a picture, a stored part and a name in UTF-8. */
function sample(): Uint8Array {
  const picture = new Uint8Array(4096).map((_, index) => (index * 7919) % 251);
  return zipSync({
    '[Content_Types].xml': text('<Types/>'),
    'word/document.xml': text(`<w:document>${'<w:p>Größe</w:p>'.repeat(500)}</w:document>`),
    'word/media/image1.png': picture,
    'word/stored.xml': [text('<stored/>'), { level: 0 }],
    'word/Übersicht.xml': text('<ü/>'),
  });
}

describe('a package with a part replaced', () => {
  it('keeps every other part and gives the new one its bytes', () => {
    const original = sample();
    const zip = ZipParts.read(original);
    expect(new TextDecoder().decode(zip.get('word/stored.xml'))).toBe('<stored/>');
    const replaced = text('<w:document>neu – ä</w:document>');
    zip.set('word/document.xml', replaced);
    const written = zip.write();

    const before = unzipSync(original);
    const after = unzipSync(written);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === 'word/document.xml') expect(after[name]).toEqual(replaced);
      else expect(after[name], name).toEqual(before[name]);
    }
  });

  it('records the checksum and sizes of every part as another reader finds it', () => {
    const zip = ZipParts.read(sample());
    zip.set('word/document.xml', text('<w:document/>'));
    const written = zip.write();
    const view = new DataView(written.buffer, written.byteOffset, written.byteLength);
    const end = written.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    let at = view.getUint32(end + 16, true);
    const parts = unzipSync(written);
    for (let index = 0; index < view.getUint16(end + 10, true); index++) {
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(written.subarray(at + 46, at + 46 + nameLength));
      const data = parts[name] as Uint8Array;
      expect(view.getUint32(at + 16, true), name).toBe(crc32(data));
      expect(view.getUint32(at + 24, true), name).toBe(data.length);
      at += 46 + nameLength;
    }
  });

  it('refuses what is no zip file', () => {
    expect(() => ZipParts.read(text('kein Archiv, nur Text'))).toThrow();
  });
});
