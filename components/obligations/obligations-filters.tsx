"use client";
import { X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FilterDisclosure } from "@/components/ui/filter-disclosure";
import { formatDateIn } from "@/lib/i18n/format";
import { TIER_CODES, type TierCode } from "@/lib/validations/system-fields";
import { OBLIGATION_STATUSES } from "@/lib/validations/obligation";
import {
  DUE_WINDOWS,
  obligationsHref,
  type DueWindow,
  type ObligationListQuery,
} from "@/lib/validations/obligation-list";
import { useObligationStatusLabel } from "./status-label";
import { TIER_KEYS } from "@/lib/validations/value-keys";

const DUE_WINDOW_KEY = {
  overdue: "dueOverdue",
  "30d": "due30d",
  "90d": "due90d",
  later: "dueLater",
  none: "dueNone",
} as const satisfies Record<DueWindow, string>;

type Props = {
  query: ObligationListQuery;
  members: { userId: string; name: string }[];
  units: string[];
  systemName: string | null;
};

// Filters apply on submit, not per keystroke, so a million-row table is queried once per decision; without
// JavaScript the form still works as a plain GET.
export function ObligationsFilters({ query, members, units, systemName }: Props) {
  const t = useTranslations("ObligationFilters");
  const statusLabel = useObligationStatusLabel();
  const locale = useLocale();
  const router = useRouter();
  const statusChoices = [
    { value: "", label: t("statusOpen") },
    ...OBLIGATION_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
    { value: OBLIGATION_STATUSES.join(","), label: t("statusAny") },
  ];
  function appliesLabel(applies: string): string {
    if (applies === "now") return t("appliesNow");
    if (applies === "later") return t("appliesLater");
    return t("appliesFrom", { date: formatDateIn(locale, applies) });
  }
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
    <form action="/obligations" method="get" onSubmit={submit} className="space-y-3 px-5 py-4" aria-label={t("label")}>
      {mine && <input type="hidden" name="view" value="mine" />}
      <FilterDisclosure active={activeFilters(query, statusValue)} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
          {!mine && (
            <Field id="filter-status" label={t("status")}>
              <Select id="filter-status" name="status" defaultValue={statusValue}>
                {statusChoices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {!mine && (
            <Field id="filter-owner" label={t("owner")}>
              <Select id="filter-owner" name="owner" defaultValue={query.owner ?? ""}>
                <option value="">{t("ownerAnyone")}</option>
                <option value="me">{t("ownerMe")}</option>
                <option value="none">{t("ownerNone")}</option>
                {members.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field id="filter-due" label={t("due")}>
            <Select id="filter-due" name="due" defaultValue={query.due ?? ""}>
              <option value="">{t("dueAny")}</option>
              {DUE_WINDOWS.map((d) => (
                <option key={d} value={d}>
                  {t(DUE_WINDOW_KEY[d])}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="filter-article" label={t("article")}>
            <Input
              id="filter-article"
              name="article"
              defaultValue={query.article ?? ""}
              placeholder={t("articlePlaceholder")}
            />
          </Field>
          <Field id="filter-unit" label={t("unit")}>
            <Select id="filter-unit" name="unit" defaultValue={query.unit ?? ""}>
              <option value="">{t("unitAll")}</option>
              {units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="filter-tier" label={t("tier")}>
            <Select id="filter-tier" name="tier" defaultValue={query.tier?.join(",") ?? ""}>
              <option value="">{t("tierAll")}</option>
              {TIER_CODES.map((tier) => (
                <option key={tier} value={tier}>
                  {t(TIER_KEYS[tier])}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="secondary">
            {t("apply")}
          </Button>
          <ButtonLink href={mine ? "/obligations?view=mine" : "/obligations"} variant="ghost">
            {t("clear")}
          </ButtonLink>
          {query.system && (
            <Chip
              href={chipHref("system")}
              label={t("chipSystem", { name: systemName ?? t("unknown") })}
              remove={t("removeFilter")}
            />
          )}
          {query.quarter && (
            <Chip
              href={chipHref("quarter")}
              label={t("chipQuarter", { quarter: query.quarter })}
              remove={t("removeFilter")}
            />
          )}
          {query.applies && (
            <Chip href={chipHref("applies")} label={appliesLabel(query.applies)} remove={t("removeFilter")} />
          )}
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

function Chip({ href, label, remove }: { href: string; label: string; remove: string }) {
  return (
    <Link
      href={href}
      className="inline-flex items-center gap-1 rounded-full bg-indigo-50 px-3 py-1 text-sm font-medium text-indigo-900 ring-1 ring-inset ring-indigo-200 hover:bg-indigo-100"
    >
      {label}
      <X aria-hidden="true" className="h-3.5 w-3.5" />
      <span className="sr-only">({remove})</span>
    </Link>
  );
}
