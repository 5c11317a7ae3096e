import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/action";
import type { TaskDTO } from "@/lib/dal/obligations/tasks";
import { monitoringTaskBodyIn, monitoringTaskTitleIn } from "@/lib/incidents/monitoring-task-text";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ruleText } from "@/lib/rules/i18n";
import type { TResolveTask } from "@/lib/validations/monitoring";
import { ResolveTaskForm } from "./resolve-task-form";

type Props = {
  tasks: TaskDTO[];
  systemId: string;
  canResolve: boolean;
  action: (input: TResolveTask) => Promise<ActionResult<{ id: string }>>;
};

export function TaskList({ tasks, systemId, canResolve, action }: Props) {
  const t = useTranslations("MonitoringResults");
  const locale = useLocale() as Locale;
  if (tasks.length === 0) return <p className="px-5 py-6 text-sm text-slate-600">{t("noTasks")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {tasks.map((task) => (
        <li key={task.id} className="px-5 py-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">{monitoringTaskTitleIn(locale, task.title)}</p>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                {task.occurrences > 1 && <Badge tone="amber">{t("occurrences", { count: task.occurrences })}</Badge>}
                {task.obligationId ? (
                  <Link
                    href={`/systems/${systemId}/obligations?open=${task.obligationId}`}
                    className="text-indigo-800 underline"
                  >
                    {task.obligationArticle}: {task.obligationTitle && ruleText(locale, task.obligationTitle)}
                  </Link>
                ) : (
                  <span>{t("noObligation")}</span>
                )}
                <span>{t("lastAt", { when: formatDateTimeIn(locale, task.updatedAt) })}</span>
              </p>
              <p className="mt-2 whitespace-pre-line text-sm text-slate-700">
                {monitoringTaskBodyIn(locale, task.body)}
              </p>
            </div>
            {canResolve && (
              <ResolveTaskForm taskId={task.id} title={monitoringTaskTitleIn(locale, task.title)} action={action} />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
