import { ROLE_LABELS } from "@/lib/rules/labels";
import { LIFECYCLE_LABELS, LIFECYCLE_STAGES, TIER_CODES, TIER_DISPLAY } from "@/lib/validations/system-fields";
import {
  ROLE_FILTERS,
  type DispositionFilter,
  type LifecycleFilter,
  type ReadinessFilter,
  type RoleFilter,
  type SystemColumn,
  type TierFilter,
} from "@/lib/validations/system-list";
import type { MenuOption } from "./checkbox-menu";

export const TIER_OPTIONS: MenuOption<TierFilter>[] = [
  ...TIER_CODES.map((value) => ({ value, label: TIER_DISPLAY[value] })),
  { value: "NONE", label: "Not classified" },
];
export const ROLE_OPTIONS: MenuOption<RoleFilter>[] = ROLE_FILTERS.map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));
export const LIFECYCLE_OPTIONS: MenuOption<LifecycleFilter>[] = LIFECYCLE_STAGES.map((value) => ({
  value,
  label: LIFECYCLE_LABELS[value],
}));

export const DISPOSITION_LABELS: Record<DispositionFilter, string> = {
  FINAL: "Final",
  REQUIRES_REVIEW: "Requires review",
  UNDETERMINED: "Not determined yet",
  UNCLASSIFIED: "Not classified",
};

export const READINESS_LABELS: Record<ReadinessFilter, string> = {
  complete: "All obligations done",
  incomplete: "Obligations open",
  none: "No obligations",
};

export const COLUMN_LABELS: Record<SystemColumn, string> = {
  tier: "Classification",
  roles: "Role",
  readiness: "Readiness",
  businessUnit: "Business unit",
  owner: "Owner",
  lifecycle: "Lifecycle",
  vendor: "Vendor / provider",
  updatedAt: "Updated",
};
