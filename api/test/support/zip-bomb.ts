import { constants, crc32, deflateRawSync } from 'node:zlib';

const MEBIBYTE = 1024 * 1024;
const CRC_POLYNOMIAL = 0xedb88320;

/** (a · b) modulo the CRC-32 polynomial, bit-reflected as zlib does it. */
function multiplyModPolynomial(a: number, b: number): number {
  let m = 1 << 31;
  let product = 0;
  for (;;) {
    if (a & m) {
      product ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ CRC_POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^n) modulo the polynomial; `1 << 30` is x itself in the reflected notation. */
const X_TO_2_TO_N: number[] = [];
for (let n = 0, p = 1 << 30; n < 32; n += 1, p = multiplyModPolynomial(p, p)) X_TO_2_TO_N.push(p >>> 0);

/** zlib's crc32_combine: the CRC of A‖B from the CRCs of A and B and B's length, without reading the bytes. */
function combineCrc32(crcA: number, crcB: number, lengthB: number): number {
  let power = 1 << 31;
  for (let n = lengthB, k = 3; n > 0; n = Math.floor(n / 2), k += 1) if (n % 2 === 1) power = multiplyModPolynomial(X_TO_2_TO_N[k % 32], power);
  return (multiplyModPolynomial(power, crcA) ^ crcB) >>> 0;
}

function localHeader(name: Buffer, method: number, crc: number, compressedSize: number, size: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(0x5821, 12); // 2024-01-01
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(compressedSize, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralHeader(name: Buffer, method: number, crc: number, compressedSize: number, size: number, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(method, 10);
  header.writeUInt16LE(0x5821, 14);
  header.writeUInt32LE(crc, 16);
  header.writeUInt32LE(compressedSize, 20);
  header.writeUInt32LE(size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

/**
 * A well-formed DOCX whose `word/document.xml` inflates to `mebibytes` MiB of zeros (4 GiB by default) while
 * the file itself stays a few MB: the classic zip bomb. Built from one deflated mebibyte repeated (each a
 * full-flush block, so the copies form one valid DEFLATE stream) and a CRC combined arithmetically, because
 * deflating gigabytes for real would take a test longer than it has.
 */
export function zipBombDocx(mebibytes = 4_095): Buffer {
  const zeros = Buffer.alloc(MEBIBYTE);
  const block = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const finalBlock = deflateRawSync(Buffer.alloc(0));
  const compressed = Buffer.concat([...Array.from({ length: mebibytes }, () => block), finalBlock]);
  const zerosCrc = crc32(zeros);
  let crc = 0;
  for (let n = 0; n < mebibytes; n += 1) crc = combineCrc32(crc, zerosCrc, MEBIBYTE);
  const size = mebibytes * MEBIBYTE;
  if (size > 0xffffffff) throw new Error('Keep the bomb under 4 GiB: this writer makes no ZIP64 records');

  const contentTypesName = Buffer.from('[Content_Types].xml');
  const contentTypes = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const documentName = Buffer.from('word/document.xml');
  const first = localHeader(contentTypesName, 0, crc32(contentTypes), contentTypes.length, contentTypes.length);
  const second = localHeader(documentName, 8, crc, compressed.length, size);
  const secondOffset = first.length + contentTypes.length;
  const centralOffset = secondOffset + second.length + compressed.length;
  const central = Buffer.concat([
    centralHeader(contentTypesName, 0, crc32(contentTypes), contentTypes.length, contentTypes.length, 0),
    centralHeader(documentName, 8, crc, compressed.length, size, secondOffset),
  ]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(2, 8);
  end.writeUInt16LE(2, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([first, contentTypes, second, compressed, central, end]);
}
