// Pictures go into the package as they are (export/image.ts, xmlBlocks.ts): docx packs a stand-in
// for each, and the packed document carries the picture's own bytes in its place, as docx alone
// would have packed them — a JPEG stored, a PNG deflated.
import { Document, Packer, Paragraph, ImageRun } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pictureRun } from '../../electron/backend/export/image';
import { ZipParts } from '../../electron/backend/export/zipParts';
import { packDocument } from '../../electron/backend/export/xmlBlocks';

/** A 2×1 PNG and a 1×1 JPEG, as small as their formats allow. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mP8z8DwnwEJMKJwAD35BP8y4VSrAAAAAElFTkSuQmCC',
  'base64',
);
const jpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

const alt = { title: 'Bild', description: 'Ein Bild' };

function page(pictures: (ImageRun | null)[]) {
  return new Document({
    sections: [
      {
        children: pictures.map((picture) => new Paragraph({ children: picture ? [picture] : [] })),
      },
    ],
  });
}

describe('pictures in the packed document', () => {
  it('are the pictures themselves, named and referenced as docx names them', async () => {
    const ours = unzipSync(
      await packDocument(page([pictureRun(png, alt, 100, 100), pictureRun(jpeg, alt, 100, 100)])),
    );
    const media = Object.keys(ours).filter((name) => name.startsWith('word/media/'));
    const named = (extension: string) => media.find((name) => name.endsWith(extension)) ?? 'fehlt';
    expect(media).toHaveLength(2);
    expect(Buffer.from(ours[named('.png')] as Uint8Array).equals(png)).toBe(true);
    expect(Buffer.from(ours[named('.jpg')] as Uint8Array).equals(jpeg)).toBe(true);

    const docx = unzipSync(
      await Packer.toBuffer(
        page([
          new ImageRun({ type: 'png', data: png, transformation: { width: 100, height: 50 } }),
          new ImageRun({ type: 'jpg', data: jpeg, transformation: { width: 100, height: 100 } }),
        ]),
      ),
    );
    for (const part of ['word/_rels/document.xml.rels', '[Content_Types].xml']) {
      expect(new TextDecoder().decode(ours[part]), part).toBe(new TextDecoder().decode(docx[part]));
    }
  });

  it('store a JPEG as it is and deflate a PNG', async () => {
    const zip = ZipParts.read(
      await packDocument(page([pictureRun(png, alt, 100, 100), pictureRun(jpeg, alt, 100, 100)])),
    );
    const packed = zip.write();
    const methodOf = (extension: string) => {
      const name = zip.names().find((candidate) => candidate.endsWith(extension)) ?? 'fehlt';
      const at = packed.indexOf(Buffer.from(name));
      expect(at).toBeGreaterThan(0);
      // The first place a name stands is its local header, whose method is at byte 8 of 30.
      return packed.readUInt16LE(at - 30 + 8);
    };
    expect(methodOf('.jpg')).toBe(0);
    expect(methodOf('.png')).toBe(8);
  });
});
