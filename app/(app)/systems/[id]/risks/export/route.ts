import { exportRisks } from "@/lib/dal/risks/risk-export";
import { risksCsvResponse } from "@/app/(app)/risks/export/risks-csv";
import { exportLocale } from "@/lib/http/list-export";
import { createRoute } from "@/lib/route";

// GET /systems/{id}/risks/export: one system's risk register as CSV; another organisation's system is a 404.
export const GET = createRoute({ auth: "member", params: ["id"] }, async ({ actor, params, request }) =>
  risksCsvResponse(await exportRisks(actor, { systemId: params.id }), "risk-register", exportLocale(actor, request)),
);
