import "server-only";
import { ruleText } from "@/lib/rules/i18n";
import { ROLE_LABELS } from "@/lib/rules/labels";
import { ROLE_FILTERS } from "@/lib/validations/system-list";
import type { RoleLabels } from "./filter-labels";

/** The inventory's role names in `locale`, looked up here so the rule set's catalogue stays out of the browser. */
export function roleLabelsIn(locale: string): RoleLabels {
  return Object.fromEntries(ROLE_FILTERS.map((role) => [role, ruleText(locale, ROLE_LABELS[role])])) as RoleLabels;
}
