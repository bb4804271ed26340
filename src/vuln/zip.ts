// A read-only ZIP reader over a file descriptor: the central directory is read once, each
// entry is read from its local header and inflated on demand (node:zlib), so an archive is
// streamed entry by entry and never unpacked in memory as a whole. ZIP64 is supported;
// multi-disk archives and encryption are not (APPNOTE.TXT, PKWARE).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
/** No OSV record comes near this; a larger entry is refused rather than inflated (zip bombs). */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export class ZipReader {
  private constructor(
    readonly path: string,
    private readonly fd: number,
    readonly entries: readonly ZipEntry[],
  ) {}

  static open(path: string): ZipReader {
    const fd = openSync(path, 'r');
    try {
      return new ZipReader(path, fd, readCentralDirectory(fd, fstatSync(fd).size));
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  /** The entry's content, inflated and checked against its CRC-32. */
  read(entry: ZipEntry): Buffer {
    if (entry.flags & 1) throw new ZipError(`${entry.name}: encrypted entries are not supported`);
    if (entry.size > MAX_ENTRY_BYTES) throw new ZipError(`${entry.name}: ${entry.size} bytes uncompressed, more than the ${MAX_ENTRY_BYTES} allowed`);
    const local = readAt(this.fd, entry.localOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL) throw new ZipError(`${entry.name}: no local header at offset ${entry.localOffset}`);
    const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const stored = readAt(this.fd, start, entry.compressedSize);
    let data: Buffer;
    if (entry.method === 0) data = stored;
    else if (entry.method === 8) {
      try {
        data = inflateRawSync(stored, { maxOutputLength: Math.max(entry.size, 1) });
      } catch (error) {
        throw new ZipError(`${entry.name}: cannot inflate (${(error as Error).message})`);
      }
    } else throw new ZipError(`${entry.name}: compression method ${entry.method} is not supported (only stored and deflate)`);
    if (data.length !== entry.size) throw new ZipError(`${entry.name}: ${data.length} bytes, the directory says ${entry.size}`);
    if (crc32(data) !== entry.crc) throw new ZipError(`${entry.name}: CRC-32 mismatch`);
    return data;
  }

  close(): void {
    closeSync(this.fd);
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) throw new ZipError(`truncated: wanted ${length} bytes at offset ${position}`);
    done += read;
  }
  return buffer;
}

function safe(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError(`${what} is too large`);
  return Number(value);
}

function readCentralDirectory(fd: number, size: number): ZipEntry[] {
  const tailLength = Math.min(size, 22 + MAX_COMMENT);
  const tail = readAt(fd, size - tailLength, tailLength);
  let at = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tailLength) {
      at = i;
      break;
    }
  }
  if (at === -1) throw new ZipError('not a ZIP archive (no end of central directory record)');
  let count = tail.readUInt16LE(at + 10);
  let directorySize = tail.readUInt32LE(at + 12);
  let directoryOffset = tail.readUInt32LE(at + 16);
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0) throw new ZipError('multi-disk archives are not supported');
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locatorAt = size - tailLength + at - 20;
    const locator = locatorAt >= 0 ? readAt(fd, locatorAt, 20) : undefined;
    if (!locator || locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw new ZipError('ZIP64 archive without its locator');
    const record = readAt(fd, safe(locator.readBigUInt64LE(8), 'ZIP64 record offset'), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipError('ZIP64 end of central directory record not found');
    count = safe(record.readBigUInt64LE(32), 'entry count');
    directorySize = safe(record.readBigUInt64LE(40), 'central directory size');
    directoryOffset = safe(record.readBigUInt64LE(48), 'central directory offset');
  }
  if (directoryOffset + directorySize > size) throw new ZipError('the central directory lies past the end of the file');
  const directory = readAt(fd, directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) throw new ZipError(`central directory entry ${n + 1} of ${count} is damaged`);
    const flags = directory.readUInt16LE(p + 8);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    let size = directory.readUInt32LE(p + 24);
    let compressedSize = directory.readUInt32LE(p + 20);
    let localOffset = directory.readUInt32LE(p + 42);
    // ZIP64 extended information: the 64-bit values of the fields that hold 0xFFFFFFFF, in this order.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = directory.readUInt16LE(e);
      const length = directory.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        const next = (what: string) => {
          const value = safe(directory.readBigUInt64LE(q), what);
          q += 8;
          return value;
        };
        if (size === 0xffffffff) size = next('entry size');
        if (compressedSize === 0xffffffff) compressedSize = next('compressed size');
        if (localOffset === 0xffffffff) localOffset = next('local header offset');
      }
      e += 4 + length;
    }
    entries.push({ name, method: directory.readUInt16LE(p + 10), flags, crc: directory.readUInt32LE(p + 16), compressedSize, size, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
