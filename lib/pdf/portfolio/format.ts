import type { Ratio } from "./snapshot";

export const count = (n: number) => n.toLocaleString("en-GB");

/** "42 of 120 (35%)": the share is rounded down, so 99.6% never prints as done. */
export function ratio(r: Ratio): string {
  if (r.applicable === 0) return "No applicable obligations";
  return `${count(r.done)} of ${count(r.applicable)} (${Math.floor((r.done / r.applicable) * 100)}%)`;
}

export const percent = (r: Ratio) => (r.applicable === 0 ? "—" : `${Math.floor((r.done / r.applicable) * 100)}%`);
