import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";

// The import page's upload, through the real route handler; only the session lookup and Next's cache are stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Handler = (request: NextRequest) => Promise<Response>;
const upload = (await import("@/app/(app)/systems/import-bom/run/route")).POST as Handler;
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../../fixtures/bom", name), "utf8");

async function post(text: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("bom", new File([text], "bom.cdx.json", { type: "application/json" }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const response = await upload(
    new NextRequest("http://localhost/systems/import-bom/run", { method: "POST", body: form }),
  );
  return { status: response.status, body: await response.json() };
}

describe("BOM import page upload", () => {
  it("checks (writes nothing), then applies", async () => {
    const { organizationId, admin } = await createOrganization();
    session.actor = admin;
    const checked = await post(fixture("credit-scoring.cdx.json"));
    expect(checked.status).toBe(200);
    expect(checked.body.result).toMatchObject({ applied: false, system: { action: "create" } });
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
    const applied = await post(fixture("credit-scoring.cdx.json"), { apply: "true" });
    expect(applied.body.result.applied).toBe(true);
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(1);
  });

  it("answers a bad file with its problems under the file field, and refuses a role that may not import", async () => {
    const { organizationId, admin } = await createOrganization();
    session.actor = admin;
    const bad = await post(fixture("broken.cdx.json"), { apply: "true" });
    expect(bad.status).toBe(422);
    expect(bad.body.fieldErrors.bom).toContain("/components/2/modelCard/modelParameters: must be object");
    session.actor = await addMember(organizationId, "AUDITOR");
    expect((await post(fixture("credit-scoring.cdx.json"))).status).toBe(403);
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
  });

  it("takes an SPDX 3.0.1 file through the same upload and says which format it read", async () => {
    const { organizationId, admin } = await createOrganization();
    session.actor = admin;
    const checked = await post(fixture("credit-scoring.spdx.json"));
    expect(checked.status).toBe(200);
    expect(checked.body.result).toMatchObject({ applied: false, format: "SPDX", specVersion: "3.0.1" });
    const bad = await post(fixture("broken.spdx.json"), { apply: "true" });
    expect(bad.status).toBe(422);
    expect(bad.body.fieldErrors.bom).toContain("/@graph/6: must have required property 'dataset_datasetType'");
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
  });
});
