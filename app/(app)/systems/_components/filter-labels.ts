import { useLocale, useTranslations } from "next-intl";
import { ruleText } from "@/lib/rules/i18n";
import { ROLE_LABELS } from "@/lib/rules/labels";
import { LIFECYCLE_STAGES, TIER_CODES } from "@/lib/validations/system-fields";
import {
  ROLE_FILTERS,
  type DispositionFilter,
  type LifecycleFilter,
  type ReadinessFilter,
  type RoleFilter,
  type SystemColumn,
  type TierFilter,
} from "@/lib/validations/system-list";
import { useSystemBadgeLabels } from "@/components/system-badges";
import type { MenuOption } from "./checkbox-menu";

const DISPOSITION_KEYS = {
  FINAL: "dispositionFinal",
  REQUIRES_REVIEW: "dispositionRequiresReview",
  UNDETERMINED: "dispositionUndetermined",
  UNCLASSIFIED: "notClassified",
} as const satisfies Record<DispositionFilter, string>;

const READINESS_KEYS = {
  complete: "readinessComplete",
  incomplete: "readinessIncomplete",
  none: "readinessNone",
} as const satisfies Record<ReadinessFilter, string>;

const COLUMN_KEYS = {
  tier: "columnTier",
  roles: "columnRoles",
  readiness: "columnReadiness",
  businessUnit: "columnBusinessUnit",
  owner: "columnOwner",
  lifecycle: "columnLifecycle",
  vendor: "columnVendor",
  updatedAt: "columnUpdatedAt",
} as const satisfies Record<SystemColumn, string>;

export type InventoryLabels = ReturnType<typeof useInventoryLabels>;

/** The inventory's filter and column labels in the reader's language; roles are the rule set's and go through ruleText. */
export function useInventoryLabels() {
  const t = useTranslations("Inventory");
  const locale = useLocale();
  const badges = useSystemBadgeLabels();
  const tierOptions: MenuOption<TierFilter>[] = [
    ...TIER_CODES.map((value) => ({ value, label: badges.tier(value) })),
    { value: "NONE", label: t("notClassified") },
  ];
  const roleOptions: MenuOption<RoleFilter>[] = ROLE_FILTERS.map((value) => ({
    value,
    label: ruleText(locale, ROLE_LABELS[value]),
  }));
  const lifecycleOptions: MenuOption<LifecycleFilter>[] = LIFECYCLE_STAGES.map((value) => ({
    value,
    label: badges.lifecycle(value),
  }));
  return {
    tierOptions,
    roleOptions,
    lifecycleOptions,
    role: (role: string) => (role in ROLE_LABELS ? ruleText(locale, ROLE_LABELS[role as RoleFilter]) : role),
    disposition: (value: DispositionFilter) => t(DISPOSITION_KEYS[value]),
    readiness: (value: ReadinessFilter) => t(READINESS_KEYS[value]),
    column: (column: SystemColumn) => t(COLUMN_KEYS[column]),
  };
}
