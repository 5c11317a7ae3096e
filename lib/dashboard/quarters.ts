// Quarters as the obligations list's `quarter` parameter spells them ("2027-Q4"), computed in UTC like the
// database's DATE columns, so a chart bar and its drill-down cover the same days.
export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`;

export function quarterOf(date: Date | string): QuarterKey {
  const d = typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  const q = (Math.floor(d.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4;
  return `${d.getUTCFullYear()}-Q${q}`;
}

export function quarterLabel(key: QuarterKey | string): string {
  const [year, q] = key.split("-");
  return `${q} ${year}`;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
