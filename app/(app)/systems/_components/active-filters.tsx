"use client";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { SystemFilterOptionsDTO } from "@/lib/dal/systems/system-list";
import { hasActiveFilters, type SystemListFilters, type SystemListQuery } from "@/lib/validations/system-list";
import { useInventoryLabels } from "./filter-labels";

const labelOf = (options: { value: string; label: string }[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value;

export const CLEARED: Partial<SystemListFilters> = {
  q: undefined,
  tier: [],
  role: [],
  disposition: undefined,
  lifecycle: [],
  unit: undefined,
  owner: undefined,
  readiness: undefined,
};

// What the list is filtered by, in words, each removable: a drill-down from the dashboard shows here what it means.
export function ActiveFilters({
  query,
  options,
  go,
}: {
  query: SystemListQuery;
  options: SystemFilterOptionsDTO;
  go: (c: Partial<SystemListQuery>) => void;
}) {
  const t = useTranslations("Inventory");
  const labels = useInventoryLabels();
  if (!hasActiveFilters(query)) return null;
  const chip = (facet: string, value: string) => t("chip", { facet, value });
  const chips: { key: string; text: string; remove: Partial<SystemListQuery> }[] = [];
  if (query.q) chips.push({ key: "q", text: chip(t("search"), `“${query.q}”`), remove: { q: undefined } });
  for (const tier of query.tier)
    chips.push({
      key: `tier-${tier}`,
      text: chip(t("filterTier"), labelOf(labels.tierOptions, tier)),
      remove: { tier: query.tier.filter((x) => x !== tier) },
    });
  for (const r of query.role)
    chips.push({
      key: `role-${r}`,
      text: chip(t("filterRole"), labelOf(labels.roleOptions, r)),
      remove: { role: query.role.filter((x) => x !== r) },
    });
  if (query.disposition)
    chips.push({
      key: "disposition",
      text: chip(t("filterDisposition"), labels.disposition(query.disposition)),
      remove: { disposition: undefined },
    });
  for (const l of query.lifecycle)
    chips.push({
      key: `lifecycle-${l}`,
      text: chip(t("filterLifecycle"), labelOf(labels.lifecycleOptions, l)),
      remove: { lifecycle: query.lifecycle.filter((x) => x !== l) },
    });
  if (query.unit) chips.push({ key: "unit", text: chip(t("filterUnit"), query.unit), remove: { unit: undefined } });
  if (query.owner) {
    const name =
      query.owner === "none"
        ? t("noOwner")
        : (options.owners.find((o) => o.id === query.owner)?.name ?? t("formerMember"));
    chips.push({ key: "owner", text: chip(t("columnOwner"), name), remove: { owner: undefined } });
  }
  if (query.readiness)
    chips.push({
      key: "readiness",
      text: chip(t("columnReadiness"), labels.readiness(query.readiness)),
      remove: { readiness: undefined },
    });
  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 px-5 py-3">
      <span className="text-sm text-slate-600">{t("filteredBy")}</span>
      <ul className="contents">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              onClick={() => go(chip.remove)}
              className="inline-flex items-center gap-1 rounded-full bg-indigo-50 px-2.5 py-1 text-xs font-medium text-indigo-900 ring-1 ring-inset ring-indigo-200 hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              {chip.text}
              <X aria-hidden="true" className="h-3.5 w-3.5" />
              <span className="sr-only">{t("removeFilter")}</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => go(CLEARED)}
        className="ml-1 text-sm font-medium text-indigo-800 underline underline-offset-2 hover:text-indigo-950"
      >
        {t("clearAllFilters")}
      </button>
    </div>
  );
}
