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

// Every quarter from `first` to `last` inclusive, so a timeline's spacing reflects time, gaps included.
export function quartersBetween(first: string, last: string): string[] {
  const index = (key: string) => Number(key.slice(0, 4)) * 4 + Number(key.slice(6)) - 1;
  const out: string[] = [];
  for (let i = index(first); i <= index(last); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}
