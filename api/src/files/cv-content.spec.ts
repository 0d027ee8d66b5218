import { detectCvFormat, safeFileName } from './cv-content';
import { elfExecutable, minimalDocx } from '../../test/support/cv-fixtures';
import { zipBombDocx } from '../../test/support/zip-bomb';

describe('detectCvFormat', () => {
  it('recognises a PDF by its header', async () => {
    expect(await detectCvFormat(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'))).toBe('pdf');
  });

  it('recognises a DOCX by its Word document part', async () => {
    expect(await detectCvFormat(await minimalDocx())).toBe('docx');
  });

  it('refuses an executable, whatever it is called', async () => {
    expect(await detectCvFormat(elfExecutable())).toBeNull();
    expect(await detectCvFormat(Buffer.from('MZ\x90\x00\x03\x00\x00\x00'))).toBeNull();
  });

  it('refuses a ZIP that is not a Word document and a broken ZIP', async () => {
    expect(await detectCvFormat(await minimalDocx({ withDocument: false }))).toBeNull();
    expect(await detectCvFormat(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]))).toBeNull();
  });

  it('refuses a DOCX that would unpack to gigabytes (a zip bomb), reading only its directory', async () => {
    expect(await detectCvFormat(zipBombDocx())).toBeNull();
    expect(await detectCvFormat(zipBombDocx(300))).toBeNull();
    expect(await detectCvFormat(zipBombDocx(8))).toBe('docx');
  });

  it('refuses an empty file', async () => {
    expect(await detectCvFormat(Buffer.alloc(0))).toBeNull();
  });
});

describe('safeFileName', () => {
  it('keeps the name, drops folders and control characters, and uses the detected extension', () => {
    expect(safeFileName('../../etc/Jan "CV"\u0007.exe', 'pdf')).toBe('Jan CV.pdf');
    expect(safeFileName('C:\\Users\\kim\\cv.DOCX', 'docx')).toBe('cv.docx');
    expect(safeFileName('', 'pdf')).toBe('cv.pdf');
  });
});
