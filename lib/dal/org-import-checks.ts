import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TOrganizationExport } from "@/lib/validations/import-organization";
import { EXPORT_TABLES } from "./org-export-spec";
import { tableDelegate } from "./org-export-tables";

// Merging into an organisation that has records would mix two histories and two audit trails; refuse, and say how.
export async function assertEmptyOrganization(organizationId: string): Promise<void> {
  const found: string[] = [];
  for (const spec of EXPORT_TABLES) {
    const where = spec.scope === "organizationId" ? { organizationId } : { [spec.scope.via]: { organizationId } };
    if ((await tableDelegate(db(), spec.key).count({ where })) > 0) found.push(spec.model);
  }
  if (found.length) {
    throw new AppError("CONFLICT", `This organisation already has records (${found.slice(0, 4).join(", ")}${found.length > 4 ? ", …" : ""}). `
      + "An export can only be imported into an empty organisation: create a new one under Settings → Organisation → Another organisation, switch to it, and import there.");
  }
}

// A sealed dossier's SHA-256 is unique on a server (verification by upload looks it up), so the same dossiers cannot
// exist twice on one server: importing a copy next to the original is refused instead of failing half-way.
export async function assertDossiersFree(doc: TOrganizationExport): Promise<void> {
  const hashes = (doc.tables.dossierVersion ?? []).map((d) => String(d.pdfSha256));
  if (hashes.length === 0) return;
  const clash = await db().dossierVersion.count({ where: { pdfSha256: { in: hashes } } });
  if (clash > 0) {
    throw new AppError("CONFLICT", `${clash} of the file's sealed dossiers already exist on this server (another organisation holds them). `
      + "Dossiers are unique per server, so this export can only be restored on a different server or after the original organisation is gone.");
  }
}
