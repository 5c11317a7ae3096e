import { db } from "@/lib/db/client";
import type { TLearningItem } from "@/lib/validations/literacy";
import type { createOrganization } from "../../helpers/factories";

// Shared by the literacy register's tests: an action's data or its error, a learning item, a business unit.
export type Org = Awaited<ReturnType<typeof createOrganization>>;

export const ok = <T>(r: { ok: true; data: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.data;
};

export const item = (over: Partial<TLearningItem> = {}): TLearningItem => ({
  title: "AI basics",
  kind: "COURSE",
  description: "",
  validityMonths: "12",
  intendedRoles: "operators, reviewers",
  allSystems: true,
  systemIds: [],
  ...over,
});

export const unit = (organizationId: string, name: string) =>
  db().businessUnit.create({ data: { organizationId, name }, select: { id: true } });
