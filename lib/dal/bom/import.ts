import "server-only";
import type { Actor } from "@/lib/access/actor";
import { countActions, type BomImportResult } from "@/lib/bom/diff";
import { mapBom } from "@/lib/bom/mapping";
import { mapSpdx } from "@/lib/bom/spdx/mapping";
import type { BomProblem } from "@/lib/bom/limits";
import { checkBom } from "@/lib/bom/validate";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { AppError } from "@/lib/errors";
import { ZBomImport, type TBomImport } from "@/lib/validations/bom";
import { applyBom } from "./internal/apply";
import { diffOf, readExisting, targetSystem } from "./internal/plan";

// A CycloneDX 1.5/1.6 ML-BOM or an SPDX 3.0.1 AI/Dataset document → the AI system it describes, its models (with versions) and datasets. A dry run answers
// what would be created, updated or left unchanged; applying does exactly that in one audited transaction, reading
// and matching (by name) only inside the caller's organisation.
export async function importBom(actor: Actor, raw: TBomImport): Promise<BomImportResult> {
  const member = await authorize(actor, "system.write");
  const parsed = ZBomImport.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const field = issue?.path[0] === "systemId" ? "systemId" : "bom";
    throw new AppError("VALIDATION", issue?.message ?? "The import could not be read.", {
      fieldErrors: { [field]: [issue?.message ?? "Not valid."] },
    });
  }
  const input = parsed.data;
  const checked = checkBom(input.text);
  if (!checked.ok) throw fileError(checked.problems);
  const spdx = checked.format === "SPDX";
  // Both formats map to the same shape, so one diff and one applier serve them.
  const mapping = spdx ? mapSpdx(checked.bom) : mapBom(checked.bom);
  if (!mapping.ok) throw fileError(mapping.problems);
  const { mapped } = mapping;
  if (mapped.models.length === 0 && mapped.datasets.length === 0)
    throw fileError([
      spdx
        ? { path: "/@graph", message: "holds no ai_AIPackage or dataset_DatasetPackage element" }
        : { path: "/components", message: "holds no machine-learning-model or data component" },
    ]);
  return db().$transaction(
    async (tx) => {
      const system = await targetSystem(tx, member, mapped, input.systemId);
      const existing = await readExisting(tx, member, mapped, system.id);
      const diff = diffOf(mapped, system, existing);
      const result = { ...diff, applied: input.apply, format: checked.format, specVersion: checked.specVersion };
      if (!input.apply) return result;
      const systemId = await applyBom(tx, member, mapped, system, existing);
      const counts = countActions(diff);
      await writeAudit(tx, member, {
        action: "bom.imported",
        entityType: "AiSystem",
        entityId: systemId,
        systemId,
        after: {
          format: checked.format,
          // The file's own identifier: a CycloneDX serialNumber, or the spdxId of an SPDX SpdxDocument.
          ...(spdx ? { spdxDocument: checked.documentId } : { serialNumber: checked.documentId }),
          specVersion: checked.specVersion,
          created: counts.create,
          updated: counts.update,
          unchanged: counts.unchanged,
          models: diff.models.map((m) => m.name),
          datasets: diff.datasets.map((d) => d.name),
        },
      });
      return { ...result, system: { ...result.system, id: systemId } };
    },
    { timeout: 30_000 },
  );
}

// The file's problems as one field error each ("<JSON path>: <message>"), next to the file input.
function fileError(problems: BomProblem[]): AppError {
  return new AppError(
    "VALIDATION",
    "The file is not a valid CycloneDX or SPDX bill of materials; nothing was imported.",
    {
      fieldErrors: { bom: problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)) },
    },
  );
}
