import type { MonitoringPlanItem } from "@/lib/validations/monitoring";

// The plan for people who may read but not edit it.
export function PlanView({
  plan,
  members,
}: {
  plan: { items: MonitoringPlanItem[]; reviewFrequency: string; notes: string };
  members: { userId: string; name: string }[];
}) {
  const owner = (id: string) => members.find((m) => m.userId === id)?.name ?? (id ? "Former member" : "Unassigned");
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              {["What is monitored", "Method and data", "How often", "Threshold for action", "Owner"].map((h) => (
                <th key={h} scope="col" className="py-2 pr-3">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {plan.items.map((item, i) => (
              <tr key={i}>
                <td className="py-2 pr-3 font-medium text-slate-900">{item.what}</td>
                <td className="py-2 pr-3 text-slate-700">{item.method || "—"}</td>
                <td className="py-2 pr-3 text-slate-700">{item.frequency || "—"}</td>
                <td className="py-2 pr-3 text-slate-700">{item.threshold || "—"}</td>
                <td className="py-2 pr-3 text-slate-700">{owner(item.ownerId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(plan.reviewFrequency || plan.notes) && (
        <p className="text-sm text-slate-700">
          {plan.reviewFrequency && <>Plan review: {plan.reviewFrequency}. </>}
          {plan.notes}
        </p>
      )}
    </div>
  );
}
