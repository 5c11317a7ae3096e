const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Normalises the as-of option to YYYY-MM-DD (UTC). Dates compare as strings from here on,
 * which keeps the hot path free of Date objects.
 */
export function toIsoDay(asOf: Date | string | undefined): string {
  if (asOf === undefined) return new Date().toISOString().slice(0, 10);
  const date = typeof asOf === "string" ? parseDay(asOf) : asOf;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid as-of date: ${String(asOf)}`);
  return date.toISOString().slice(0, 10);
}

function parseDay(value: string): Date {
  const match = ISO_DAY.exec(value);
  if (!match) return new Date(Number.NaN);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Date.UTC rolls 2027-02-30 over to March; reject it instead of shifting the date.
  return date.getUTCDate() === Number(match[3]) ? date : new Date(Number.NaN);
}
