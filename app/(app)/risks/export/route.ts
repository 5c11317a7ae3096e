import { exportRisks } from "@/lib/dal/risks/risk-export";
import { risksCsvResponse } from "./risks-csv";
import { exportLocale } from "@/lib/http/list-export";
import { createRoute } from "@/lib/route";

// GET /risks/export: the risk register of every AI system of the caller's organisation, as CSV.
export const GET = createRoute({ auth: "member" }, async ({ actor, request }) =>
  risksCsvResponse(await exportRisks(actor, {}), "risk-register-all-systems", exportLocale(actor, request)),
);
