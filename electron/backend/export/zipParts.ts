// A .docx package (a zip file) read part by part and written again with some parts replaced: the
// parts left as they are keep their compressed bytes (the pictures are not inflated and deflated
// once more), replaced ones are deflated by Node's zlib, which is several times faster than a
// compressor in JavaScript. Enough of the zip format for what docx and Word write: no zip64, no
// encryption, one disk.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

interface Part {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The part's bytes as they stand in the file (compressed unless stored). */
  data: Uint8Array;
  time: number;
  date: number;
}

/** A header of `length` bytes that starts with its signature. */
function header(signature: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  buffer.writeUInt32LE(signature, 0);
  return buffer;
}

/**
 * The fields a local header and its central directory entry share, in the same order from `at`:
 * method, time, date, CRC, compressed and full size, length of the name.
 */
function writeEntryFields(target: Buffer, at: number, part: Part, nameLength: number): void {
  target.writeUInt16LE(part.method, at);
  target.writeUInt16LE(part.time, at + 2);
  target.writeUInt16LE(part.date, at + 4);
  target.writeUInt32LE(part.crc, at + 6);
  target.writeUInt32LE(part.data.length, at + 10);
  target.writeUInt32LE(part.size, at + 14);
  target.writeUInt16LE(nameLength, at + 18);
}

/**
 * Deflated bytes, by the bytes: a picture drawn once (a chart, export/charts.ts) is deflated once,
 * however often it is exported.
 */
const deflatedPictures = new WeakMap<Uint8Array, Uint8Array>();

function deflated(bytes: Uint8Array): Uint8Array {
  let known = deflatedPictures.get(bytes);
  if (!known) {
    known = deflateRawSync(bytes);
    deflatedPictures.set(bytes, known);
  }
  return known;
}

/** General purpose flags: bit 11, the names are UTF-8. */
const utf8Names = 0x0800;

export class ZipParts {
  private constructor(private readonly parts: Part[]) {}

  static read(zip: Uint8Array): ZipParts {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let end = zip.length - 22;
    while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
    if (end < 0) throw new Error('Kein Zip-Archiv');
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const decoder = new TextDecoder();
    const parts: Part[] = [];
    for (let index = 0; index < count; index++) {
      if (view.getUint32(at, true) !== 0x02014b50) throw new Error('Zip-Verzeichnis beschädigt');
      const method = view.getUint16(at + 10, true);
      const compressed = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      const local = view.getUint32(at + 42, true);
      if (view.getUint32(local, true) !== 0x04034b50) throw new Error('Zip-Eintrag beschädigt');
      const start =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      parts.push({
        name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
        method,
        crc: view.getUint32(at + 16, true),
        size: view.getUint32(at + 24, true),
        data: zip.subarray(start, start + compressed),
        time: view.getUint16(at + 12, true),
        date: view.getUint16(at + 14, true),
      });
      at += 46 + skip;
    }
    return new ZipParts(parts);
  }

  /** The part's bytes, uncompressed; undefined when the package has no such part. */
  get(name: string): Uint8Array | undefined {
    const part = this.parts.find((candidate) => candidate.name === name);
    if (!part) return undefined;
    if (part.method === 0) return part.data;
    if (part.method !== 8) throw new Error(`Zip-Eintrag ${name}: Verfahren ${part.method}`);
    return inflateRawSync(part.data);
  }

  /** The names of the parts, in their order. */
  names(): string[] {
    return this.parts.map((part) => part.name);
  }

  /**
   * Replaces a part that exists with these bytes, deflated, or stored as they are (what is
   * compressed already, such as a JPEG).
   */
  set(name: string, bytes: Uint8Array, { store = false }: { store?: boolean } = {}): void {
    const part = this.parts.find((candidate) => candidate.name === name);
    if (!part) throw new Error(`Zip-Eintrag ${name} fehlt`);
    part.method = store ? 0 : 8;
    part.crc = crc32(bytes);
    part.size = bytes.length;
    part.data = store ? bytes : deflated(bytes);
  }

  /** The package as a zip file, its parts in their order. */
  write(): Buffer {
    const encoder = new TextEncoder();
    const locals: Buffer[] = [];
    const directory: Buffer[] = [];
    let offset = 0;
    for (const part of this.parts) {
      const name = encoder.encode(part.name);
      const local = header(0x04034b50, 30 + name.length);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(utf8Names, 6);
      writeEntryFields(local, 8, part, name.length);
      local.set(name, 30);
      const central = header(0x02014b50, 46 + name.length);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(utf8Names, 8);
      writeEntryFields(central, 10, part, name.length);
      central.writeUInt32LE(offset, 42);
      central.set(name, 46);
      locals.push(local, Buffer.from(part.data.buffer, part.data.byteOffset, part.data.length));
      directory.push(central);
      offset += local.length + part.data.length;
    }
    const size = directory.reduce((sum, entry) => sum + entry.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.parts.length, 8);
    end.writeUInt16LE(this.parts.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, ...directory, end]);
  }
}
