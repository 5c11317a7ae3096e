import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { FilterDisclosure } from "@/components/ui/filter-disclosure";
import { INCIDENT_STATUSES } from "@/lib/incidents/labels";
import type { IncidentListQuery } from "@/lib/validations/incidents";
import { useIncidentLabels } from "./incident-labels";

// A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared.
export function IncidentFilters({ query, systemName }: { query: IncidentListQuery; systemName: string | null }) {
  const t = useTranslations("IncidentFilters");
  const labels = useIncidentLabels();
  const active = [query.status, query.clock, query.systemId].filter(Boolean).length;
  return (
    <FilterDisclosure active={active}>
      <form method="get" action="/incidents" className="flex flex-wrap items-end gap-4" aria-label={t("label")}>
        {query.systemId && <input type="hidden" name="systemId" value={query.systemId} />}
        <div className="w-full sm:w-56">
          <Field id="filter-status" label={t("status")}>
            <Select id="filter-status" name="status" defaultValue={query.status ?? ""}>
              <option value="">{t("anyStatus")}</option>
              {INCIDENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {labels.status(s)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="clock"
            value="running"
            defaultChecked={query.clock === "running"}
            className="h-4 w-4 accent-indigo-700"
          />
          {t("runningOnly")}
        </label>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        {systemName && (
          <p className="pb-2 text-sm text-slate-700">
            {t("system")} <strong className="text-slate-900">{systemName}</strong>{" "}
            <Link
              href={{
                pathname: "/incidents",
                query: {
                  ...(query.status ? { status: query.status } : {}),
                  ...(query.clock ? { clock: query.clock } : {}),
                },
              }}
              className="font-medium text-indigo-800 underline"
            >
              {t("allSystems")}
            </Link>
          </p>
        )}
      </form>
    </FilterDisclosure>
  );
}
