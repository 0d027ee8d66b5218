import { fromBuffer, type ZipFile } from 'yauzl';

export type CvFormat = 'pdf' | 'docx';

export const CV_MEDIA_TYPES: Record<CvFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAX_ZIP_ENTRIES_LISTED = 2_000;

/** The names of a ZIP's entries, read from its central directory; null when it is not a readable ZIP. */
function zipEntryNames(data: Buffer): Promise<Set<string> | null> {
  return new Promise((resolve) => {
    fromBuffer(data, { lazyEntries: true, validateEntrySizes: true }, (error, zip?: ZipFile) => {
      if (error || !zip) return resolve(null);
      const names = new Set<string>();
      zip.on('entry', (entry: { fileName: string }) => {
        names.add(entry.fileName);
        if (names.size >= MAX_ZIP_ENTRIES_LISTED) {
          zip.close();
          resolve(names);
        } else {
          zip.readEntry();
        }
      });
      zip.on('end', () => resolve(names));
      zip.on('error', () => resolve(null));
      zip.readEntry();
    });
  });
}

/**
 * What a CV really is, judged by its bytes and never by its name: a PDF starts with `%PDF-`; a DOCX is a ZIP
 * holding a Word document part. Anything else (an executable renamed `.pdf`, a plain ZIP) is null.
 */
export async function detectCvFormat(data: Buffer): Promise<CvFormat | null> {
  if (data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return 'pdf';
  if (data.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    const names = await zipEntryNames(data);
    if (names?.has('[Content_Types].xml') && names.has('word/document.xml')) return 'docx';
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
