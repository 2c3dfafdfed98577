import { crc32, deflateRawSync } from 'node:zlib';
import { Packer, type File } from 'docx';

/** The package's parts by path, as docx's compiler gives them (XML text or bytes). */
type CompiledParts = ReadonlyMap<string, string | Uint8Array>;
interface DocxCompiler {
  compile(file: File): CompiledParts;
}

/**
 * The .docx bytes of a document, synchronously: procedures run inside one synchronous transaction, and docx's own
 * Packer only offers promises (around work that is synchronous anyway). docx's compiler writes the parts; they are
 * zipped here with DEFLATE, the same way Packer zips them.
 */
export function packDocx(file: File): Buffer {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (compiler === undefined || typeof compiler.compile !== 'function') {
    throw new Error('This version of the docx package has no compiler Casebook can use.');
  }
  return zipParts(compiler.compile(file));
}

/** A zip file (no folders, no comment) of the parts in order, each compressed with DEFLATE. */
export function zipParts(parts: CompiledParts): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of parts) {
    const bytes =
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const name = Buffer.from(path, 'utf8');
    const packed = deflateRawSync(bytes);
    const checksum = crc32(bytes);
    const common = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed: 2.0
      header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
      header.writeUInt16LE(8, at + 4); // DEFLATE
      header.writeUInt16LE(0, at + 6); // time 00:00
      header.writeUInt16LE(0x21, at + 8); // date 1980-01-01
      header.writeUInt32LE(checksum, at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(bytes.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
      header.writeUInt16LE(0, at + 24); // no extra field
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    common(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
