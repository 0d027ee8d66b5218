const KIBIBYTE = 1024;
const MEBIBYTE = 1024 * 1024;

/**
 * A file size for people: "850 kB", "2.4 MB". Counted in 1024s like the settings screen, so the CV limit an
 * admin sets as 10 MB reads as 10 MB on every screen.
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
