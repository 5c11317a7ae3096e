import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { importBom } from "@/lib/dal/bom/import";
import { checkBom } from "@/lib/bom/validate";
import { addMember, createOrganization } from "../../helpers/factories";

// The system page's BOM download, through the real route handler; only the session lookup is stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));

type Handler = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const download = (await import("@/app/(app)/systems/[id]/bom/route")).GET as Handler;
const BOM = readFileSync(join(import.meta.dirname, "../../fixtures/bom/credit-scoring.cdx.json"), "utf8");

const get = (id: string) => download(new NextRequest("http://localhost/x"), { params: Promise.resolve({ id }) });

describe("BOM export", () => {
  it("downloads a system's models and datasets as a CycloneDX 1.6 ML-BOM that passes the schema and re-imports unchanged", async () => {
    const { organizationId, admin } = await createOrganization();
    const { system } = await importBom(admin, { text: BOM, apply: true });
    session.actor = await addMember(organizationId, "AUDITOR");
    const response = await get(system.id!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/vnd\.cyclonedx\+json/);
    expect(response.headers.get("content-disposition")).toMatch(/loan-approval-assistant\.cdx\.json/);
    const text = await response.text();
    const checked = checkBom(text);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    const bom = JSON.parse(text);
    expect(bom.metadata.component).toMatchObject({ type: "application", name: "Loan approval assistant" });
    const model = bom.components.find((c: { type: string }) => c.type === "machine-learning-model");
    expect(model).toMatchObject({
      name: "credit-scoring-gbm",
      version: "2.3.0",
      modelCard: {
        modelParameters: { approach: { type: "supervised" }, task: "classification" },
        considerations: { technicalLimitations: ["not validated for business loans", "income must be verified"] },
      },
    });
    const dataset = bom.components.find((c: { type: string }) => c.type === "data");
    expect(model.modelCard.modelParameters.datasets).toEqual([{ ref: dataset["bom-ref"] }]);

    const again = await importBom(admin, { text, apply: false });
    const actions = [again.system, ...again.models, ...again.versions, ...again.datasets, ...again.links];
    expect(new Set(actions.map((c) => c.action))).toEqual(new Set(["unchanged"]));
  });

  it("is a 404 for another organisation's system and a 401 without a session", async () => {
    const { admin } = await createOrganization();
    const { system } = await importBom(admin, { text: BOM, apply: true });
    session.actor = (await createOrganization("Other")).admin;
    expect((await get(system.id!)).status).toBe(404);
    session.actor = null;
    expect((await get(system.id!)).status).toBe(401);
  });
});
