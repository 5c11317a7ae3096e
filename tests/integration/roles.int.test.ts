import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import { resolveBulkSystems } from "@/lib/dal/dossiers/bulk-export";
import { exportDossier, getDossierPdf, listDossiers } from "@/lib/dal/dossiers/dossiers";
import { verifyDossier } from "@/lib/dal/dossiers/verification";
import { createInvitation } from "@/lib/dal/accounts/invitations";
import { changeMemberRole, listMembers, removeMember } from "@/lib/dal/accounts/members";
import { exportPortfolioReport, getPortfolioPdf, listPortfolioReports } from "@/lib/dal/dashboard/portfolio-report";
import { addMember, createOrganization, createSystem, uniqueEmail } from "../helpers/factories";

describe("role checks in the data-access layer", () => {
  it.each(ROLES)("member.manage as %s follows the permission table", async (role) => {
    const { organizationId } = await createOrganization();
    const actor = await addMember(organizationId, role);
    const attempt = createInvitation(actor, { email: uniqueEmail("invitee"), role: "LEGAL" });
    if ((PERMISSIONS["member.manage"] as readonly string[]).includes(role))
      await expect(attempt).resolves.toHaveProperty("token");
    else await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("changes a role, ends the member's sessions and audits before/after", async () => {
    const { organizationId, admin } = await createOrganization();
    const legal = await addMember(organizationId, "LEGAL");
    const session = await db().authSession.create({
      data: { userId: legal.userId, activeOrganizationId: organizationId, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const membership = (await listMembers(admin)).find((m) => m.userId === legal.userId)!;
    await changeMemberRole(admin, { membershipId: membership.membershipId, role: "MANAGER" });
    expect((await listMembers(admin)).find((m) => m.userId === legal.userId)?.role).toBe("MANAGER");
    expect((await db().authSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, action: "membership.role_changed" },
    });
    expect(event.before).toMatchObject({ role: "LEGAL" });
    expect(event.after).toMatchObject({ role: "MANAGER" });
  });

  it("never leaves an organisation without an administrator", async () => {
    const { organizationId, admin } = await createOrganization();
    const own = (await listMembers(admin)).find((m) => m.userId === admin.userId)!;
    await expect(changeMemberRole(admin, { membershipId: own.membershipId, role: "LEGAL" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(removeMember(admin, own.membershipId)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().membership.count({ where: { organizationId, role: "ADMIN" } })).toBe(1);
  });

  it("cannot change a membership of another organisation", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const bMember = await addMember(b.organizationId, "LEGAL");
    const target = (await listMembers(b.admin)).find((m) => m.userId === bMember.userId)!;
    await expect(changeMemberRole(a.admin, { membershipId: target.membershipId, role: "ADMIN" })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    await expect(removeMember(a.admin, target.membershipId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  // Sealing records a new version in the sealer's name: a write. Auditors download and verify what others sealed.
  it("an auditor cannot seal a dossier, a portfolio report or a ZIP of dossiers, and nothing is written", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId, "Sealed system");
    const auditor = await addMember(organizationId, "AUDITOR");
    const countWrites = async () => ({
      versions: await db().dossierVersion.count({ where: { organizationId } }),
      audit: await db().auditEvent.count({
        where: { organizationId, action: { in: ["dossier.exported", "portfolio_report.exported"] } },
      }),
    });
    const before = await countWrites();
    await expect(exportDossier(auditor, systemId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportPortfolioReport(auditor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resolveBulkSystems(auditor, { systems: [systemId] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countWrites()).toEqual(before);

    // What others sealed stays readable, downloadable and verifiable for the auditor.
    const dossier = await exportDossier(admin, systemId);
    const report = await exportPortfolioReport(admin);
    expect((await listDossiers(auditor, systemId)).map((d) => d.id)).toEqual([dossier.id]);
    expect((await getDossierPdf(auditor, dossier.id, systemId)).pdfSha256).toBe(dossier.pdfSha256);
    expect((await listPortfolioReports(auditor)).map((r) => r.id)).toEqual([report.id]);
    expect((await getPortfolioPdf(auditor, report.id)).pdfSha256).toBe(report.pdfSha256);
    expect(await verifyDossier(auditor, dossier.pdf)).toMatchObject({ genuine: true });
  });

  it.each(ROLES)("sealing a dossier as %s follows the permission table", async (role) => {
    const { organizationId } = await createOrganization();
    const systemId = await createSystem(organizationId);
    const actor = await addMember(organizationId, role);
    const attempt = exportDossier(actor, systemId);
    if (can(role, "report.seal")) await expect(attempt).resolves.toHaveProperty("version", 1);
    else await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
