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

/** A file size for people: "850 kB", "2.4 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, locale: string): string {
  const [unit, divisor] = bytes >= 1_000_000 ? (['megabyte', 1_000_000] as const) : (['kilobyte', 1_000] as const);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: divisor === 1_000 && bytes >= 10_000 ? 0 : 1,
  }).format(Math.max(bytes / divisor, bytes > 0 ? 0.1 : 0));
}
