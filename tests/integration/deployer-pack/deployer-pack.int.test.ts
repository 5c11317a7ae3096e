import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { randomSecret } from "@/lib/crypto";
import { viewPackByToken } from "@/lib/dal/deployer-pack/public";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";
import { pdfsig } from "../../helpers/pdfsig";
import { as, ok, providerSystem, publishInput, request, session } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/systems/[id]/deployer-pack/actions");
const pdfRoute = await import("@/app/pack/[token]/pdf/route");
const fileRoute = await import("@/app/pack/[token]/files/[index]/route");
const memberPdf = await import("@/app/(app)/systems/[id]/deployer-pack/[packId]/route");

const getPdf = (token: string) => pdfRoute.GET(request(`/pack/${token}/pdf`), { params: Promise.resolve({ token }) });
const getFile = (token: string, index: string) =>
  fileRoute.GET(request(`/pack/${token}/files/${index}`), { params: Promise.resolve({ token, index }) });

type Org = Awaited<ReturnType<typeof createOrganization>>;

async function auditActions(organizationId: string, entityId: string) {
  const events = await db().auditEvent.findMany({
    where: { organizationId, entityId },
    orderBy: { sequence: "asc" },
    select: { action: true, after: true },
  });
  return events;
}

describe("deployer packs", () => {
  let home: Org;
  let away: Org;
  let officer: Awaited<ReturnType<typeof addMember>>;
  let sys: Awaited<ReturnType<typeof providerSystem>>;
  let awaySys: Awaited<ReturnType<typeof providerSystem>>;

  beforeAll(async () => {
    home = await createOrganization("Provider");
    away = await createOrganization("Other");
    officer = await addMember(home.organizationId, "COMPLIANCE_OFFICER");
    sys = await providerSystem(home.organizationId, home.admin, `Use it well ${randomBytes(4).toString("hex")}`);
    awaySys = await providerSystem(away.organizationId, away.admin, "Away instructions");
  });

  it("publishes a signed snapshot as the provider's compliance officer, listing its files with their SHA-256", async () => {
    const input = publishInput(sys.systemId, { instructionsVersionId: sys.versionId });
    const published = ok(await as(officer, () => actions.publishDeployerPackAction(input)));
    expect(published.version).toBe(1);
    const pack = await db().deployerPack.findFirstOrThrow({ where: { systemId: sys.systemId, version: 1 } });
    const snapshot = pack.snapshot as { files: { sha256: string; kind: string }[] };
    expect(snapshot.files).toEqual([expect.objectContaining({ kind: "INSTRUCTIONS", sha256: sys.sha256 })]);
    const report = await pdfsig(pack.pdf);
    expect(report.valid, report.text).toBe(true);
  });

  it("lets members download a version's PDF; another organisation's pack, or another system's, is a 404", async () => {
    const pack = await db().deployerPack.findFirstOrThrow({ where: { systemId: sys.systemId, version: 1 } });
    const download = (actor: typeof officer, id: string) =>
      as(actor, () =>
        memberPdf.GET(request(`/systems/${id}/deployer-pack/${pack.id}`), {
          params: Promise.resolve({ id, packId: pack.id }),
        }),
      );
    const auditor = await addMember(home.organizationId, "AUDITOR");
    expect((await download(auditor, sys.systemId)).status).toBe(200);
    expect((await download(away.admin, sys.systemId)).status).toBe(404);
    expect((await download(officer, awaySys.systemId)).status).toBe(404);
  });

  it("refuses read-only roles, other organisations' files and systems the organisation does not provide", async () => {
    for (const role of ["MANAGER", "AUDITOR"] as const) {
      const reader = await addMember(home.organizationId, role);
      const r = await as(reader, () => actions.publishDeployerPackAction(publishInput(sys.systemId)));
      expect(r.ok ? "ok" : r.code).toBe("FORBIDDEN");
    }
    const foreignFile = await as(officer, () =>
      actions.publishDeployerPackAction(publishInput(sys.systemId, { declarationVersionId: awaySys.versionId })),
    );
    expect(foreignFile.ok ? {} : foreignFile.fieldErrors).toHaveProperty("declarationVersionId");
    const foreignSystem = await as(officer, () => actions.publishDeployerPackAction(publishInput(awaySys.systemId)));
    expect(foreignSystem.ok ? "ok" : foreignSystem.code).toBe("NOT_FOUND");
    await db().aiSystem.update({ where: { id: sys.systemId }, data: { roles: ["deployer"] } });
    const notProvider = await as(officer, () => actions.publishDeployerPackAction(publishInput(sys.systemId)));
    expect(notProvider.ok ? "" : notProvider.error).toMatch(/systems your organisation provides/);
    await db().aiSystem.update({ where: { id: sys.systemId }, data: { roles: ["provider"] } });
    const badEmail = await as(officer, () =>
      actions.publishDeployerPackAction(publishInput(sys.systemId, { incidentContactEmail: "not an address" })),
    );
    expect(badEmail.ok ? {} : badEmail.fieldErrors).toHaveProperty("incidentContactEmail");
    expect(await db().deployerPack.count({ where: { systemId: sys.systemId } })).toBe(1);
  });

  it("gives a customer link the pack, its PDF and its listed files only, each access audited", async () => {
    const link = { systemId: sys.systemId, label: "Bank customer", expiresInDays: "90", followLatest: false };
    const { token } = ok(await as(officer, () => actions.createPackLinkAction(link)));
    const row = await db().deployerPackLink.findFirstOrThrow({ where: { label: "Bank customer" } });
    const outsider = await as(away.admin, () => actions.createPackLinkAction({ ...link, label: "Outsider" }));
    expect(outsider.ok ? "ok" : outsider.code).toBe("NOT_FOUND");
    const manager = await addMember(home.organizationId, "MANAGER");
    const byManager = await as(manager, () => actions.createPackLinkAction({ ...link, label: "Manager" }));
    expect(byManager.ok ? "ok" : byManager.code).toBe("FORBIDDEN");
    expect(await db().deployerPackLink.count({ where: { label: { in: ["Outsider", "Manager"] } } })).toBe(0);
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(89 * 86_400_000);

    const view = await viewPackByToken(token, "203.0.113.7");
    expect(view.snapshot.systemName).toBe("Provided");
    expect(view.missing).toContain("declaration");

    const pdf = await getPdf(token);
    expect(pdf.status).toBe(200);
    const stored = await db().deployerPack.findFirstOrThrow({ where: { systemId: sys.systemId, version: 1 } });
    expect(Buffer.from(await pdf.arrayBuffer()).equals(Buffer.from(stored.pdf))).toBe(true);

    const file = await getFile(token, "0");
    expect(file.status).toBe(200);
    expect(await file.text()).toMatch(/^Use it well/);
    for (const index of ["1", "-1", "99", "abc"]) expect((await getFile(token, index)).status).toBe(404);

    const events = (await auditActions(home.organizationId, row.id)).map((e) => e.action);
    expect(events).toEqual([
      "deployer_pack.link_created",
      "deployer_pack.link_opened",
      "deployer_pack.pdf_downloaded",
      "deployer_pack.file_downloaded",
    ]);
  });

  it("never serves bytes the link's system no longer holds, even when another organisation holds the same file", async () => {
    const text = `Shared text ${randomBytes(4).toString("hex")}`;
    const mine = await providerSystem(home.organizationId, home.admin, text, "Mine");
    const theirs = await providerSystem(away.organizationId, away.admin, text, "Theirs");
    expect(theirs.sha256).toBe(mine.sha256);
    ok(
      await as(officer, () =>
        actions.publishDeployerPackAction(publishInput(mine.systemId, { instructionsVersionId: mine.versionId })),
      ),
    );
    const link = { systemId: mine.systemId, label: "C", expiresInDays: "30", followLatest: false };
    const { token } = ok(await as(officer, () => actions.createPackLinkAction(link)));
    expect((await getFile(token, "0")).status).toBe(200);
    await db().evidence.deleteMany({ where: { systemId: mine.systemId } });
    const gone = await getFile(token, "0");
    expect(gone.status).toBe(404);
    expect(await gone.text()).toMatch(/no longer holds this file/);
  });

  it("refuses revoked, expired and unknown links with one sentence; the audit says which", async () => {
    const make = (label: string, expiresInDays = "90") =>
      as(officer, () =>
        actions.createPackLinkAction({ systemId: sys.systemId, label, expiresInDays, followLatest: false }),
      );
    const revoked = ok(await make("Revoked customer")).token;
    const revokedRow = await db().deployerPackLink.findFirstOrThrow({ where: { label: "Revoked customer" } });
    const auditor = await addMember(home.organizationId, "AUDITOR");
    const byAuditor = await as(auditor, () =>
      actions.revokePackLinkAction({ systemId: sys.systemId, linkId: revokedRow.id }),
    );
    expect(byAuditor.ok ? "ok" : byAuditor.code).toBe("FORBIDDEN");
    const byOutsider = await as(away.admin, () =>
      actions.revokePackLinkAction({ systemId: sys.systemId, linkId: revokedRow.id }),
    );
    expect(byOutsider.ok ? "ok" : byOutsider.code).toBe("NOT_FOUND");
    ok(await as(officer, () => actions.revokePackLinkAction({ systemId: sys.systemId, linkId: revokedRow.id })));

    const expiring = ok(await make("Expiring customer", "1")).token;
    const expiringRow = await db().deployerPackLink.findFirstOrThrow({ where: { label: "Expiring customer" } });
    const later = new Date(Date.now() + 2 * 86_400_000);

    const refusals = [
      await viewPackByToken(revoked, null).catch((e: Error) => e.message),
      await viewPackByToken(expiring, null, later).catch((e: Error) => e.message),
      await viewPackByToken(randomSecret(), null).catch((e: Error) => e.message),
      await viewPackByToken("short", null).catch((e: Error) => e.message),
    ];
    expect(new Set(refusals).size).toBe(1);
    expect(refusals[0]).toMatch(/does not open a deployer pack/);
    expect((await getPdf(revoked)).status).toBe(404);
    expect((await getFile(revoked, "0")).status).toBe(404);

    const reasons = async (id: string) =>
      (await auditActions(home.organizationId, id))
        .filter((e) => e.action === "deployer_pack.link_refused")
        .map((e) => (e.after as { reason: string }).reason);
    expect(await reasons(revokedRow.id)).toEqual(["revoked", "revoked", "revoked"]);
    expect(await reasons(expiringRow.id)).toEqual(["expired"]);
  });

  it("keeps what a customer was given: a pinned link shows its version, a following one the latest", async () => {
    const create = (label: string, followLatest: boolean) =>
      as(officer, () =>
        actions.createPackLinkAction({ systemId: sys.systemId, label, expiresInDays: "90", followLatest }),
      );
    const pinned = ok(await create("Pinned", false)).token;
    const following = ok(await create("Following", true)).token;
    ok(
      await as(officer, () =>
        actions.publishDeployerPackAction(publishInput(sys.systemId, { registrationNumber: "EU-DB-0002" })),
      ),
    );
    const a = await viewPackByToken(pinned, null);
    const b = await viewPackByToken(following, null);
    expect([a.version, a.snapshot.registrationNumber]).toEqual([1, "EU-DB-0001"]);
    expect([b.version, b.snapshot.registrationNumber]).toEqual([2, "EU-DB-0002"]);
    expect(b.snapshot.files).toEqual([]);
    expect((await getFile(following, "0")).status).toBe(404);
  });

  it("limits requests per link", async () => {
    const token = randomSecret();
    const codes: string[] = [];
    for (let i = 0; i < 121; i += 1)
      codes.push(
        await viewPackByToken(token, null).then(
          () => "ok",
          (e: { code?: string }) => e.code ?? "?",
        ),
      );
    expect(codes.slice(0, 120).every((c) => c === "NOT_FOUND")).toBe(true);
    expect(codes[120]).toBe("RATE_LIMITED");
  });

  it("limits requests per client address, whichever links it tries", async () => {
    const address = `198.51.100.${randomBytes(1)[0]! % 250}`;
    const codes: string[] = [];
    for (let i = 0; i < 301; i += 1)
      codes.push(
        await viewPackByToken(randomSecret(), address).then(
          () => "ok",
          (e: { code?: string }) => e.code ?? "?",
        ),
      );
    expect(codes.slice(0, 300).every((c) => c === "NOT_FOUND")).toBe(true);
    expect(codes[300]).toBe("RATE_LIMITED");
  });
});
