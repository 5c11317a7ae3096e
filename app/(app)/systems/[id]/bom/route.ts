import { exportSystemBom } from "@/lib/dal/bom/export";
import { fileResponse } from "@/lib/http/download";
import { createRoute } from "@/lib/route";

// GET /systems/{id}/bom: the system's models and datasets as a CycloneDX 1.6 ML-BOM; another organisation's system is a 404.
export const GET = createRoute({ auth: "member", params: ["id"] }, async ({ actor, params }) => {
  const { name, bom } = await exportSystemBom(actor, params.id);
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "system";
  return fileResponse({
    fileName: `${slug}.cdx.json`,
    bytes: new TextEncoder().encode(JSON.stringify(bom, null, 2)),
    contentType: "application/vnd.cyclonedx+json; charset=utf-8",
  });
});
