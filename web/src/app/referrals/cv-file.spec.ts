import { cvFileProblem } from './cv-file';

const MB = 1_000_000;

describe('cvFileProblem', () => {
  it('accepts a PDF or DOCX within the limit, whatever the case of the extension', () => {
    expect(cvFileProblem({ name: 'cv.pdf', size: 2 * MB }, 10 * MB)).toBeNull();
    expect(cvFileProblem({ name: 'Curriculum Vitae.DOCX', size: 10 * MB }, 10 * MB)).toBeNull();
  });

  it('refuses other file types by name', () => {
    expect(cvFileProblem({ name: 'cv.doc', size: 100 }, 10 * MB)).toBe('type');
    expect(cvFileProblem({ name: 'cv.pdf.exe', size: 100 }, 10 * MB)).toBe('type');
    expect(cvFileProblem({ name: 'pdf', size: 100 }, 10 * MB)).toBe('type');
  });

  it('refuses an empty file and one over the limit', () => {
    expect(cvFileProblem({ name: 'cv.pdf', size: 0 }, 10 * MB)).toBe('empty');
    expect(cvFileProblem({ name: 'cv.pdf', size: 10 * MB + 1 }, 10 * MB)).toBe('size');
  });
});
