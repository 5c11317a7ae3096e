import type { Metadata } from "next";
import { Card, CardHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { listSystemActivity } from "@/lib/dal/systems/activity";
import { formatDateTime } from "@/lib/utils";
import { loadSystem } from "../load-system";
import { describeActivity } from "./describe-activity";

export const metadata: Metadata = { title: "Activity" };

export default async function SystemActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const events = await listSystemActivity(await requireActor(), system.id);
  return (
    <Card>
      <CardHeader
        title="Activity"
        description="Every change to this system, its classification, obligations and evidence, from the tamper-evident audit trail."
      />
      {events.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-600">No recorded activity yet.</p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {events.map((e) => (
            <li key={e.id} className="grid gap-1 px-5 py-3 text-sm sm:grid-cols-[12rem_1fr]">
              <time dateTime={new Date(e.createdAt).toISOString()} className="text-slate-600">
                {formatDateTime(e.createdAt)}
              </time>
              <span>
                <span className="font-medium text-slate-900">{e.actorName ?? e.actorLabel}</span>{" "}
                <span className="text-slate-700">{describeActivity(e)}</span>
                <span className="ml-2 font-mono text-xs text-slate-500">#{e.sequence}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
