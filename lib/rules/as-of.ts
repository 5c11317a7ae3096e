const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Normalises the as-of option to YYYY-MM-DD (UTC). Dates compare as strings from here on,
 * and strings are checked arithmetically, which keeps the hot path free of Date objects.
 * A string with a time part is read by its calendar date.
 */
export function toIsoDay(asOf: Date | string | undefined): string {
  if (asOf === undefined) return new Date().toISOString().slice(0, 10);
  if (typeof asOf !== "string") {
    if (Number.isNaN(asOf.getTime())) throw new RangeError("Invalid as-of date: Invalid Date");
    return asOf.toISOString().slice(0, 10);
  }
  const match = ISO_DAY.exec(asOf);
  if (!match || !isValidDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`Invalid as-of date: ${asOf} (expected YYYY-MM-DD)`);
  }
  return match[0];
}

function isValidDay(year: number, month: number, day: number): boolean {
  // A month outside 1-12 has no entry, so the lookup doubles as the month check.
  const daysInMonth = DAYS_IN_MONTH[month - 1];
  if (daysInMonth === undefined || day < 1 || day > daysInMonth) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month !== 2 || day <= 28 || leap;
}
