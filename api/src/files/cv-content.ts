import { fromBuffer, type ZipFile } from 'yauzl';

export type CvFormat = 'pdf' | 'docx';

export const CV_MEDIA_TYPES: Record<CvFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAX_ZIP_ENTRIES_LISTED = 2_000;
/**
 * What a real Word document unpacks to stays far below this, however long: text compresses some tenfold and
 * pictures hardly at all. A file declaring more is a zip bomb, meant to exhaust whoever opens it.
 */
const MAX_DOCX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** DEFLATE cannot shrink anything more than about 1032 to 1; an entry claiming more lies about its size. */
const MAX_DEFLATE_RATIO = 1_100;

interface ZipDirectory {
  names: Set<string>;
  unpackedBytes: number;
  sizesPlausible: boolean;
}

/**
 * A ZIP's entry names and declared sizes, read from its central directory only: nothing is inflated, so a
 * zip bomb costs no more to look at than its few megabytes. Null when it is not a readable ZIP.
 */
function zipDirectory(data: Buffer): Promise<ZipDirectory | null> {
  return new Promise((resolve) => {
    fromBuffer(data, { lazyEntries: true, validateEntrySizes: true }, (error, zip?: ZipFile) => {
      if (error || !zip) return resolve(null);
      const directory: ZipDirectory = { names: new Set(), unpackedBytes: 0, sizesPlausible: true };
      zip.on('entry', (entry: { fileName: string; compressedSize: number; uncompressedSize: number }) => {
        directory.names.add(entry.fileName);
        directory.unpackedBytes += entry.uncompressedSize;
        if (entry.uncompressedSize > Math.max(entry.compressedSize, 1) * MAX_DEFLATE_RATIO) directory.sizesPlausible = false;
        if (directory.names.size >= MAX_ZIP_ENTRIES_LISTED) {
          zip.close();
          resolve(directory);
        } else {
          zip.readEntry();
        }
      });
      zip.on('end', () => resolve(directory));
      zip.on('error', () => resolve(null));
      zip.readEntry();
    });
  });
}

/**
 * What a CV really is, judged by its bytes and never by its name: a PDF starts with `%PDF-`; a DOCX is a ZIP
 * holding a Word document part that unpacks to a sane size. Anything else (an executable renamed `.pdf`, a
 * plain ZIP, a zip bomb) is null.
 */
export async function detectCvFormat(data: Buffer): Promise<CvFormat | null> {
  if (data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return 'pdf';
  if (data.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    const directory = await zipDirectory(data);
    if (!directory || !directory.sizesPlausible || directory.unpackedBytes > MAX_DOCX_UNPACKED_BYTES) return null;
    if (directory.names.has('[Content_Types].xml') && directory.names.has('word/document.xml')) return 'docx';
  }
  return null;
}

/** A file name safe to store and to send back in Content-Disposition: no folders, no control characters. */
export function safeFileName(original: string, format: CvFormat): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 150);
  const withoutExtension = cleaned.replace(/\.[^.]*$/, '') || 'cv';
  return `${withoutExtension}.${format}`;
}
