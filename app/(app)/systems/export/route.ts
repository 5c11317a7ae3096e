import { exportSystems } from "@/lib/dal/systems/system-list";
import { listExportRoute } from "@/lib/http/list-export";
import { parseSystemListParams } from "@/lib/validations/system-list";
import { systemsCsvStream } from "./systems-csv";
import { systemsJsonStream } from "./systems-json";

// GET /systems/export?ids=a,b exports the selection; without ids, the list's own parameters pick the rows
// ("export as on screen": same filters and sort, all pages). ?format=json gives the same rows as a JSON array.
export const GET = listExportRoute({
  fileName: "ai-systems",
  load: (actor, params) => {
    const ids = params
      .get("ids")
      ?.split(",")
      .map((id) => id.trim())
      .filter(Boolean)
      .slice(0, 1_000);
    return exportSystems(actor, parseSystemListParams(params), ids?.length ? ids : undefined);
  },
  csv: systemsCsvStream,
  json: systemsJsonStream,
});
