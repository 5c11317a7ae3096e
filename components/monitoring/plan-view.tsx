import { useTranslations } from "next-intl";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { MonitoringPlanItem } from "@/lib/validations/monitoring";

// The plan for people who may read but not edit it.
export function PlanView({
  plan,
  members,
}: {
  plan: { items: MonitoringPlanItem[]; reviewFrequency: string; notes: string };
  members: { userId: string; name: string }[];
}) {
  const t = useTranslations("MonitoringPlan");
  const owner = (id: string) =>
    members.find((m) => m.userId === id)?.name ?? (id ? t("formerMember") : t("unassigned"));
  return (
    <div className="space-y-3">
      <Table caption={t("caption")}>
        <TableHead className="bg-transparent">
          {[t("what"), t("method"), t("frequency"), t("threshold"), t("owner")].map((h) => (
            <Th key={h} className="px-0 py-2 pr-3">
              {h}
            </Th>
          ))}
        </TableHead>
        <TableBody>
          {plan.items.map((item, i) => (
            <tr key={i}>
              <td className="py-2 pr-3 font-medium text-slate-900">{item.what}</td>
              <td className="py-2 pr-3 text-slate-700">{item.method || "—"}</td>
              <td className="py-2 pr-3 text-slate-700">{item.frequency || "—"}</td>
              <td className="py-2 pr-3 text-slate-700">{item.threshold || "—"}</td>
              <td className="py-2 pr-3 text-slate-700">{owner(item.ownerId)}</td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {(plan.reviewFrequency || plan.notes) && (
        <p className="text-sm text-slate-700">
          {plan.reviewFrequency && <>{t("planReview", { value: plan.reviewFrequency })} </>}
          {plan.notes}
        </p>
      )}
    </div>
  );
}
