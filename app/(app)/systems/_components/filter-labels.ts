import { useTranslations } from "next-intl";
import { createContext, useContext } from "react";
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
export type RoleLabels = Record<RoleFilter, string>;

// The rule set's role names come translated from the page (role-labels.ts, on the server): the catalogue they are
// looked up in holds every engine text in every language, 134 KB gzipped that the browser does not need.
const RoleLabelsContext = createContext<RoleLabels>(ROLE_LABELS);
export const RoleLabelsProvider = RoleLabelsContext.Provider;

/** The inventory's filter and column labels in the reader's language; roles are the rule set's (RoleLabelsProvider). */
export function useInventoryLabels() {
  const t = useTranslations("Inventory");
  const roles = useContext(RoleLabelsContext);
  const badges = useSystemBadgeLabels();
  const tierOptions: MenuOption<TierFilter>[] = [
    ...TIER_CODES.map((value) => ({ value, label: badges.tier(value) })),
    { value: "NONE", label: t("notClassified") },
  ];
  const roleOptions: MenuOption<RoleFilter>[] = ROLE_FILTERS.map((value) => ({
    value,
    label: roles[value],
  }));
  const lifecycleOptions: MenuOption<LifecycleFilter>[] = LIFECYCLE_STAGES.map((value) => ({
    value,
    label: badges.lifecycle(value),
  }));
  return {
    tierOptions,
    roleOptions,
    lifecycleOptions,
    role: (role: string) => (role in roles ? roles[role as RoleFilter] : role),
    disposition: (value: DispositionFilter) => t(DISPOSITION_KEYS[value]),
    readiness: (value: ReadinessFilter) => t(READINESS_KEYS[value]),
    column: (column: SystemColumn) => t(COLUMN_KEYS[column]),
  };
}
