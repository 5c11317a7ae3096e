import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/action";
import type { TaskDTO } from "@/lib/dal/obligations/tasks";
import { formatDateTime } from "@/lib/utils";
import type { TResolveTask } from "@/lib/validations/monitoring";
import { ResolveTaskForm } from "./resolve-task-form";

type Props = {
  tasks: TaskDTO[];
  systemId: string;
  canResolve: boolean;
  action: (input: TResolveTask) => Promise<ActionResult<{ id: string }>>;
};

export function TaskList({ tasks, systemId, canResolve, action }: Props) {
  if (tasks.length === 0)
    return (
      <p className="px-5 py-6 text-sm text-slate-600">
        No open tasks. A result outside its threshold opens one here, on the obligation it concerns.
      </p>
    );
  return (
    <ul className="divide-y divide-slate-100">
      {tasks.map((t) => (
        <li key={t.id} className="px-5 py-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">{t.title}</p>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                {t.occurrences > 1 && <Badge tone="amber">{t.occurrences} occurrences</Badge>}
                {t.obligationId ? (
                  <Link
                    href={`/systems/${systemId}/obligations?open=${t.obligationId}`}
                    className="text-indigo-800 underline"
                  >
                    {t.obligationArticle}: {t.obligationTitle}
                  </Link>
                ) : (
                  <span>No matching obligation (classify the system)</span>
                )}
                <span>· last {formatDateTime(t.updatedAt)}</span>
              </p>
              <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{t.body}</p>
            </div>
            {canResolve && <ResolveTaskForm taskId={t.id} title={t.title} action={action} />}
          </div>
        </li>
      ))}
    </ul>
  );
}
