// The answer of a BOM import, dry run or applied: for each kind of record, what was (or would be) done to it.
export type BomAction = "create" | "update" | "unchanged";
export type BomChange = { name: string; action: BomAction };
export type BomDiff = {
  system: { id: string | null; name: string; action: "create" | "unchanged" };
  models: BomChange[];
  versions: BomChange[];
  datasets: BomChange[];
  links: BomChange[];
};
export type BomFormat = "CycloneDX" | "SPDX";
export type BomImportResult = BomDiff & { applied: boolean; format: BomFormat; specVersion: string };

export function countActions(diff: BomDiff): Record<BomAction, number> {
  const counts: Record<BomAction, number> = { create: 0, update: 0, unchanged: 0 };
  counts[diff.system.action] += 1;
  for (const change of [...diff.models, ...diff.versions, ...diff.datasets, ...diff.links]) counts[change.action] += 1;
  return counts;
}
