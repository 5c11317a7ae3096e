import { exportObligations } from "@/lib/dal/obligations/obligation-export";
import { listExportRoute } from "@/lib/http/list-export";
import { parseObligationListParams } from "@/lib/validations/obligation-list";
import { obligationsCsvStream, obligationsJsonStream } from "./obligations-file";

// GET /obligations/export?format=csv|json plus the /obligations page's own parameters: the rows the list shows.
export const GET = listExportRoute({
  fileName: "obligations",
  load: (actor, params) => exportObligations(actor, parseObligationListParams(Object.fromEntries(params))),
  csv: obligationsCsvStream,
  json: obligationsJsonStream,
});
