import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { AutoApply } from "@/components/forms/auto-apply";
import { Select } from "@/components/ui/field";
import { FilterDisclosure } from "@/components/ui/filter-disclosure";
import type { DashboardFilterOptions } from "@/lib/dal/dashboard/dashboard";
import { ROLE_LABELS, ROLES } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import type { DashboardFilters } from "@/lib/validations/dashboard";

// A plain GET form: the filters live in the URL (shareable, back button works) and it works without JavaScript.
export function FilterBar({ filters, options }: { filters: DashboardFilters; options: DashboardFilterOptions }) {
  const t = useTranslations("DashboardParts");
  const locale = useLocale();
  const active = Object.keys(filters).length > 0;
  return (
    <FilterDisclosure active={Object.keys(filters).length}>
      <form method="get" action="/dashboard" aria-label={t("filtersLabel")} className="flex flex-wrap items-end gap-3">
        <FilterSelect
          id="unit"
          label={t("unit")}
          value={filters.unit}
          anyLabel={t("allUnits")}
          options={options.units.map((u) => ({ value: u, label: u }))}
        />
        <FilterSelect
          id="owner"
          label={t("owner")}
          value={filters.owner}
          anyLabel={t("anyone")}
          options={[
            { value: "none", label: t("unassigned") },
            ...options.owners.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <FilterSelect
          id="role"
          label={t("role")}
          value={filters.role}
          anyLabel={t("allRoles")}
          options={ROLES.map((r) => ({ value: r, label: ruleText(locale, ROLE_LABELS[r]) }))}
        />
        <div className="flex items-center gap-2">
          <AutoApply />
          {active && (
            <Link
              href="/dashboard"
              className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              {t("clear")}
            </Link>
          )}
        </div>
      </form>
    </FilterDisclosure>
  );
}

function FilterSelect({
  id,
  label,
  value,
  anyLabel,
  options,
}: {
  id: string;
  label: string;
  value?: string;
  anyLabel: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="w-full space-y-1 sm:w-56">
      <label htmlFor={`filter-${id}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Select id={`filter-${id}`} name={id} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
