"use client";
import { X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FilterDisclosure } from "@/components/ui/filter-disclosure";
import { formatDate } from "@/lib/utils";
import { TIER_CODES, TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";
import { OBLIGATION_STATUSES, STATUS_LABELS } from "@/lib/validations/obligation";
import {
  DUE_WINDOW_LABELS,
  DUE_WINDOWS,
  obligationsHref,
  type DueWindow,
  type ObligationListQuery,
} from "@/lib/validations/obligation-list";

const STATUS_CHOICES = [
  { value: "", label: "Open" },
  ...OBLIGATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
  { value: OBLIGATION_STATUSES.join(","), label: "Any status" },
];

type Props = {
  query: ObligationListQuery;
  members: { userId: string; name: string }[];
  units: string[];
  systemName: string | null;
};

// Filters apply on submit, not per keystroke, so a million-row table is queried once per decision; without
// JavaScript the form still works as a plain GET.
export function ObligationsFilters({ query, members, units, systemName }: Props) {
  const router = useRouter();
  const statusValue = query.status.join(",") === "NOT_STARTED,IN_PROGRESS" ? "" : query.status.join(",");
  const mine = query.view === "mine";
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const get = (k: string) => String(f.get(k) ?? "").trim() || undefined;
    router.push(
      obligationsHref({
        view: mine ? "mine" : undefined,
        status: get("status")?.split(",") as ObligationListQuery["status"] | undefined,
        owner: get("owner"),
        due: get("due") as DueWindow | undefined,
        article: get("article"),
        unit: get("unit"),
        tier: get("tier")?.split(",") as TierCode[] | undefined,
        system: query.system,
        quarter: query.quarter,
        applies: query.applies,
        sort: query.sort,
      }),
    );
  }
  const chipHref = (drop: "system" | "quarter" | "applies") =>
    obligationsHref({ ...query, [drop]: undefined, page: undefined });
  return (
    <form
      action="/obligations"
      method="get"
      onSubmit={submit}
      className="space-y-3 px-5 py-4"
      aria-label="Filter obligations"
    >
      {mine && <input type="hidden" name="view" value="mine" />}
      <FilterDisclosure active={activeFilters(query, statusValue)} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
          {!mine && (
            <Field id="filter-status" label="Status">
              <Select id="filter-status" name="status" defaultValue={statusValue}>
                {STATUS_CHOICES.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {!mine && (
            <Field id="filter-owner" label="Owner">
              <Select id="filter-owner" name="owner" defaultValue={query.owner ?? ""}>
                <option value="">Anyone</option>
                <option value="me">Me</option>
                <option value="none">Unassigned</option>
                {members.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field id="filter-due" label="Due">
            <Select id="filter-due" name="due" defaultValue={query.due ?? ""}>
              <option value="">Any time</option>
              {DUE_WINDOWS.map((d) => (
                <option key={d} value={d}>
                  {DUE_WINDOW_LABELS[d]}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="filter-article" label="Article">
            <Input id="filter-article" name="article" defaultValue={query.article ?? ""} placeholder="e.g. Art 9" />
          </Field>
          <Field id="filter-unit" label="Business unit">
            <Select id="filter-unit" name="unit" defaultValue={query.unit ?? ""}>
              <option value="">All units</option>
              {units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="filter-tier" label="Tier">
            <Select id="filter-tier" name="tier" defaultValue={query.tier?.join(",") ?? ""}>
              <option value="">All tiers</option>
              {TIER_CODES.map((t) => (
                <option key={t} value={t}>
                  {TIER_DISPLAY[t]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="secondary">
            Apply filters
          </Button>
          <ButtonLink href={mine ? "/obligations?view=mine" : "/obligations"} variant="ghost">
            Clear
          </ButtonLink>
          {query.system && <Chip href={chipHref("system")} label={`System: ${systemName ?? "unknown"}`} />}
          {query.quarter && <Chip href={chipHref("quarter")} label={`Applies from in ${query.quarter}`} />}
          {query.applies && <Chip href={chipHref("applies")} label={appliesLabel(query.applies)} />}
          {query.system && <input type="hidden" name="system" value={query.system} />}
          {query.applies && <input type="hidden" name="applies" value={query.applies} />}
          {query.quarter && <input type="hidden" name="quarter" value={query.quarter} />}
        </div>
      </FilterDisclosure>
    </form>
  );
}

// What the phone's "Filters" button counts: every filter that narrows the list beyond the view's default.
function activeFilters(q: ObligationListQuery, statusValue: string): number {
  const set = [statusValue, q.owner, q.due, q.article, q.unit, q.tier?.length, q.system, q.quarter, q.applies];
  return set.filter(Boolean).length;
}

function appliesLabel(applies: string): string {
  if (applies === "now") return "Applies already (due now)";
  if (applies === "later") return "Starts to apply later";
  return `Applies from ${formatDate(applies)}`;
}

function Chip({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      className="inline-flex items-center gap-1 rounded-full bg-indigo-50 px-3 py-1 text-sm font-medium text-indigo-900 ring-1 ring-inset ring-indigo-200 hover:bg-indigo-100"
    >
      {label}
      <X aria-hidden="true" className="h-3.5 w-3.5" />
      <span className="sr-only">(remove this filter)</span>
    </Link>
  );
}
