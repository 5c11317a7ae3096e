// Calendar days travel as YYYY-MM-DD in UTC, the form of the database's DATE columns, of `<input type="date">` and of
// the engine's as-of date, so one day reads the same in the browser, on the server and in SQL. The rules engine keeps
// its own copy (lib/rules/as-of.ts) because it imports nothing of the app.

/** The UTC calendar day of a date as YYYY-MM-DD; null stays null so optional columns map in one call. */
export function isoDay(date: Date): string;
export function isoDay(date: Date | null | undefined): string | null;
export function isoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** Today as YYYY-MM-DD in UTC: the as-of date of every run stored by the app and the day of every export. */
export function todayIso(now: Date = new Date()): string {
  return isoDay(now);
}

/** A YYYY-MM-DD day plus n calendar days (n may be negative), in UTC. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// Date.parse takes 2027-02-30 (as 2 March) and year 0, which Postgres has not: a day counts only if it reads back as
// typed. Date fields that the REST API documents also keep to 1900-2199, which DAY_PATTERN states in JSON Schema.
export const DAY_PATTERN = "^(19|20|21)\\d{2}-\\d{2}-\\d{2}$";

/** Whether text is a YYYY-MM-DD calendar day that exists (no 30 February). */
export function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Whether a YYYY-MM-DD day falls in the years the app's date fields take (DAY_PATTERN). */
export const inDayRange = (day: string) => day >= "1900-01-01" && day <= "2199-12-31";
