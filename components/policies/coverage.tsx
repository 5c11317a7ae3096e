import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { PolicyCoverageDTO } from "@/lib/dal/policies/acknowledgements";
import { getPolicyLabels } from "./policy-labels";

// Who of the audience acknowledged the published version: by business unit, and by name who has not.
export async function PolicyCoverageView({ coverage }: { coverage: PolicyCoverageDTO }) {
  const [t, labels] = await Promise.all([getTranslations("PolicyPage"), getPolicyLabels()]);
  return (
    <div className="space-y-4 px-5 py-4">
      <p className="text-sm text-slate-900">
        <span className="text-lg font-semibold">{labels.coverage(coverage)}</span>{" "}
        {t("coverageVersion", { number: coverage.number })}
      </p>
      {coverage.byUnit.length > 0 && (
        <Table caption={t("byUnitCaption")} className="rounded-md border border-slate-200">
          <TableHead>
            <Th>{t("colUnit")}</Th>
            <Th>{t("colAcknowledged")}</Th>
          </TableHead>
          <TableBody>
            {coverage.byUnit.map((u) => (
              <tr key={u.unitId ?? "none"}>
                <td className="px-3 py-2">{u.name ?? t("noUnit")}</td>
                <td className="px-3 py-2">{labels.coverage(u)}</td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
      {coverage.missing.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">
            {t("notAcknowledged", { count: coverage.missing.length })}
          </h3>
          <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
            {coverage.missing.map((m) => (
              <li key={m.userId} className="break-words">
                {m.name}{" "}
                <span className="text-slate-600">
                  ({labels.role(m.role)}
                  {m.unitName ? `, ${m.unitName}` : ""})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        coverage.total > 0 && <p className="text-sm text-emerald-800">{t("everyoneAcknowledged")}</p>
      )}
    </div>
  );
}
