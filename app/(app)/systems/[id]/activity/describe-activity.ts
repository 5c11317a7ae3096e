import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { auditDidIn } from "@/lib/audit/phrases";
import type { ActivityDTO } from "@/lib/dal/systems/activity";
import { monitoringTaskTitleIn } from "@/lib/incidents/monitoring-task-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { ruleText } from "@/lib/rules/i18n";

// The title an event recorded is what was true then, in the English the data layer wrote for generated ones (a
// monitoring task, an obligation of the rule set); a person's own title is returned unchanged by both.
function titleIn(locale: Locale, action: string, title: string): string {
  return action.startsWith("task.") ? monitoringTaskTitleIn(locale, title) : ruleText(locale, title);
}

export function describeActivity(
  event: Pick<ActivityDTO, "action" | "after">,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const phrase = auditDidIn(locale, event.action);
  const after = event.after as { title?: string; status?: string } | null;
  if (!after?.title) return phrase;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "AuditEntry" });
  return t("withTitle", { phrase, title: titleIn(locale, event.action, after.title) });
}
