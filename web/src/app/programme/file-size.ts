const MEBIBYTE = 1024 * 1024;

/**
 * A byte count as megabytes in the given locale, e.g. "10 MB" / "10 MB", "1.5 MB" / "1,5 MB". Binary
 * megabytes, like the settings screen, so the limit an admin set reads the same here.
 */
export function formatMegabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
    bytes / MEBIBYTE,
  );
}
