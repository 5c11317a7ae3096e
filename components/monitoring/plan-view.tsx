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
  const owner = (id: string) => members.find((m) => m.userId === id)?.name ?? (id ? "Former member" : "Unassigned");
  return (
    <div className="space-y-3">
      <Table caption="What is monitored, how, how often and by whom">
        <TableHead className="bg-transparent">
          {["What is monitored", "Method and data", "How often", "Threshold for action", "Owner"].map((h) => (
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
          {plan.reviewFrequency && <>Plan review: {plan.reviewFrequency}. </>}
          {plan.notes}
        </p>
      )}
    </div>
  );
}
