/** What the referral form accepts as a CV; the API checks the content (magic bytes), this only hints early. */
export const CV_ACCEPT = '.pdf,.docx';
const CV_EXTENSIONS = ['.pdf', '.docx'];

export type CvFileProblem = 'type' | 'empty' | 'size';

/** Why a chosen file cannot be sent as a CV, or null when it may be; by its name and size only. */
export function cvFileProblem(file: { name: string; size: number }, maxBytes: number): CvFileProblem | null {
  const name = file.name.toLowerCase();
  if (!CV_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'size';
  return null;
}
