/** The translation key for a count: `<key>One` for exactly one, `<key>` otherwise (English and Dutch need no more). */
export function countKey(key: string, count: number): string {
  return count === 1 ? `${key}One` : key;
}
