import { nextDeadline } from "@/lib/dashboard/next-deadline";
import { formatDate } from "@/lib/utils";
import type { ANNEX_KEYS } from "./annex";
import { count } from "./format";
import type { PortfolioSnapshot } from "./snapshot";

export type Urgent = { title: string; detail: string; annexKey?: keyof typeof ANNEX_KEYS };

const names = (items: { name: string }[], total: number) =>
  `${items
    .slice(0, 3)
    .map((i) => i.name)
    .join("; ")}${total > 3 ? `; and ${count(total - 3)} more` : ""}`;

// The three most urgent matters for the executive summary, in a fixed order of severity: a practice the law forbids,
// a serious-incident report the authority is owed, duties already late, a legal review holding up obligations, the
// next date on which duties begin to apply, then missing FRIA and registration. The first three that exist are shown.
export function urgentItems(s: Pick<PortfolioSnapshot, "figures" | "detail">): Urgent[] {
  const { figures: f, detail: d } = s;
  const out: Urgent[] = [];
  const l = d.lists;
  if (l.prohibitedInUse.total)
    out.push({
      title: `Prohibited practices still in use: ${count(l.prohibitedInUse.total)}`,
      detail: `Stop or withdraw: ${names(l.prohibitedInUse.items, l.prohibitedInUse.total)}.`,
      annexKey: "prohibitedInUse",
    });
  const clock = d.incidents.items.find((i) => i.deadline);
  if (clock)
    out.push({
      title: `Serious incident ${clock.reference}: Art 73 report ${clock.clock.toLowerCase()}`,
      detail: `${clock.title} (${clock.system}); initial report due by ${formatDate(clock.deadline ?? "")}.`,
      annexKey: "incidents",
    });
  const oldest = d.overdue.items[0];
  if (d.overdue.total && oldest)
    out.push({
      title: `Overdue duties: ${count(d.overdue.total)}`,
      detail: `The oldest was due on ${formatDate(oldest.dueDate)}: ${oldest.title} (${oldest.system}).`,
      annexKey: "overdue",
    });
  if (l.awaitingReview.total)
    out.push({
      title: `Classifications awaiting legal review: ${count(l.awaitingReview.total)}`,
      detail: `${names(l.awaitingReview.items, l.awaitingReview.total)}.`,
      annexKey: "awaitingReview",
    });
  const next = nextDeadline(f.byDay, f.today);
  if (next)
    out.push({
      title: `Next deadline ${formatDate(next.day)}: ${count(next.obligations)} duties across ${count(next.systems)} systems`,
      detail: `${count(next.open)} of them still open.`,
    });
  if (l.friaMissing.total)
    out.push({
      title: `High-risk systems without a completed FRIA: ${count(l.friaMissing.total)}`,
      detail: `${names(l.friaMissing.items, l.friaMissing.total)}.`,
      annexKey: "friaMissing",
    });
  if (l.registrationMissing.total)
    out.push({
      title: `High-risk systems not registered in the EU database: ${count(l.registrationMissing.total)}`,
      detail: `${names(l.registrationMissing.items, l.registrationMissing.total)}.`,
      annexKey: "registrationMissing",
    });
  return out.slice(0, 3);
}
