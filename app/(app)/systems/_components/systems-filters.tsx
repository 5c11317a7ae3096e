"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FilterDisclosure } from "@/components/ui/filter-disclosure";
import { SearchInput } from "@/components/ui/search-input";
import { Select } from "@/components/ui/field";
import type { SystemFilterOptionsDTO } from "@/lib/dal/systems/system-list";
import {
  DISPOSITION_FILTERS,
  READINESS_FILTERS,
  type DispositionFilter,
  type ReadinessFilter,
  type SystemListQuery,
} from "@/lib/validations/system-list";
import { CheckboxMenu, summarise } from "./checkbox-menu";
import { useInventoryLabels } from "./filter-labels";

type Props = {
  query: SystemListQuery;
  options: SystemFilterOptionsDTO;
  go: (changes: Partial<SystemListQuery>) => void;
};

// Search runs on submit, not per keystroke: each search is a count over the organisation's systems.
export function SystemsFilters({ query, options, go }: Props) {
  const t = useTranslations("Inventory");
  const labels = useInventoryLabels();
  const many = (count: number) => t("selectedCount", { count });
  const units = query.unit && !options.units.includes(query.unit) ? [query.unit, ...options.units] : options.units;
  return (
    <div className="space-y-4 px-5 py-4">
      <form
        role="search"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          go({ q: String(new FormData(e.currentTarget).get("q") ?? "").trim() || undefined });
        }}
      >
        <div className="min-w-48 flex-1">
          <label htmlFor="systems-search" className="mb-1.5 block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          {/* Keyed by the URL's q so the back button also restores the box's text. */}
          <SearchInput
            key={query.q ?? ""}
            id="systems-search"
            name="q"
            defaultValue={query.q ?? ""}
            placeholder={t("searchPlaceholder")}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("search")}
        </Button>
      </form>
      <FilterDisclosure active={activeFacets(query)}>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4 2xl:grid-cols-7">
          <CheckboxMenu
            label={t("filterTier")}
            summary={summarise(query.tier, labels.tierOptions, t("anyTier"), many)}
            options={labels.tierOptions}
            selected={query.tier}
            onChange={(tier) => go({ tier })}
          />
          <CheckboxMenu
            label={t("filterRole")}
            summary={summarise(query.role, labels.roleOptions, t("anyRole"), many)}
            options={labels.roleOptions}
            selected={query.role}
            onChange={(role) => go({ role })}
          />
          <FilterSelect
            id="filter-disposition"
            label={t("filterDisposition")}
            value={query.disposition}
            onChange={(v) => go({ disposition: v as DispositionFilter | undefined })}
            any={t("anyDisposition")}
            options={DISPOSITION_FILTERS.map((v) => [v, labels.disposition(v)])}
          />
          <CheckboxMenu
            label={t("filterLifecycle")}
            summary={summarise(query.lifecycle, labels.lifecycleOptions, t("anyStage"), many)}
            options={labels.lifecycleOptions}
            selected={query.lifecycle}
            onChange={(lifecycle) => go({ lifecycle })}
          />
          <FilterSelect
            id="filter-unit"
            label={t("columnBusinessUnit")}
            value={query.unit}
            onChange={(unit) => go({ unit })}
            any={t("anyUnit")}
            options={units.map((u) => [u, u])}
          />
          <FilterSelect
            id="filter-owner"
            label={t("columnOwner")}
            value={query.owner}
            onChange={(owner) => go({ owner })}
            any={t("anyone")}
            options={[["none", t("noOwner")], ...options.owners.map((o): [string, string] => [o.id, o.name])]}
          />
          <FilterSelect
            id="filter-readiness"
            label={t("columnReadiness")}
            value={query.readiness}
            onChange={(v) => go({ readiness: v as ReadinessFilter | undefined })}
            any={t("anyReadiness")}
            options={READINESS_FILTERS.map((v) => [v, labels.readiness(v)])}
          />
        </div>
      </FilterDisclosure>
    </div>
  );
}

// The facets behind the phone's "Filters" button; the search box stays in view above it.
function activeFacets(q: SystemListQuery): number {
  const facets = [q.tier, q.role, q.disposition, q.lifecycle, q.unit, q.owner, q.readiness];
  return facets.filter((f) => (Array.isArray(f) ? f.length > 0 : !!f)).length;
}

function FilterSelect({
  id,
  label,
  value,
  any,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string | undefined;
  any: string;
  options: [string, string][];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </div>
  );
}
