/** What the referral form accepts as a CV; the API checks the content (magic bytes), this only hints early. */
export const CV_ACCEPT = '.pdf,.docx';
const CV_EXTENSIONS = ['.pdf', '.docx'];
const KIBIBYTE = 1024;
const MEBIBYTE = 1024 * 1024;

export type CvFileProblem = 'type' | 'empty' | 'size';

/** Why a chosen file cannot be sent as a CV, or null when it may be; by its name and size only. */
export function cvFileProblem(file: { name: string; size: number }, maxBytes: number): CvFileProblem | null {
  const name = file.name.toLowerCase();
  if (!CV_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'size';
  return null;
}

/**
 * A file size for people: "850 kB", "2.4 MB". Counted in 1024s like the settings screen, so the limit an
 * admin sets as 10 MB reads as 10 MB here too.
 */
export function formatFileSize(bytes: number, locale: string): string {
  const [unit, divisor] = bytes >= MEBIBYTE ? (['megabyte', MEBIBYTE] as const) : (['kilobyte', KIBIBYTE] as const);
  const value = bytes / divisor;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: value >= 10 ? 0 : 1,
  }).format(bytes > 0 ? Math.max(value, 0.1) : 0);
}
