import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { EXPORT_TABLES } from "@/lib/dal/org-transfer/internal/export-spec";
import { tableDelegate } from "@/lib/dal/org-transfer/internal/export-tables";

// Merging into an organisation that has records would mix two histories and two audit trails; refuse, and say how.
export async function assertEmptyOrganization(organizationId: string): Promise<void> {
  const found: string[] = [];
  for (const spec of EXPORT_TABLES) {
    const where = spec.scope === "organizationId" ? { organizationId } : { [spec.scope.via]: { organizationId } };
    if ((await tableDelegate(db(), spec.key).count({ where })) > 0) found.push(spec.model);
  }
  if (found.length) {
    throw new AppError(
      "CONFLICT",
      `This organisation already has records (${found.slice(0, 4).join(", ")}${found.length > 4 ? ", …" : ""}). ` +
        "An export can only be imported into an empty organisation: create a new one under Settings → Organisation → Another organisation, switch to it, and import there.",
    );
  }
}
