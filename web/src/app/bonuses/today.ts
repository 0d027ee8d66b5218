/** Today as `YYYY-MM-DD` in the reader's calendar, the starting value of a date field. */
export function todayDateOnly(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
