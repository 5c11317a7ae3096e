import { describe, expect, it } from "vitest";
import { exportPortfolioReport } from "@/lib/dal/dashboard/portfolio-report";
import { exportDossier, getDossierPdf } from "@/lib/dal/dossiers/dossiers";
import { verifyDossier } from "@/lib/dal/dossiers/verification";
import { createIncident } from "@/lib/dal/incidents/incidents";
import { getIncidentReportPdf } from "@/lib/dal/incidents/report-pdf";
import { getSigningCertificate } from "@/lib/dal/signing/signing-certificate";
import { db } from "@/lib/db/client";
import { DEMO_ORGANIZATION_NAME } from "@/prisma/seed/demo-users";
import { seedDemoOrganization } from "@/prisma/seed/seed-demo";
import { defined } from "../../helpers/expect-defined";
import { addMember } from "../../helpers/factories";
import { classifiedOrganisation } from "../dossier/helpers";
import { highRiskSetup, incidentInput } from "../incidents/helpers";
import { cmsAttributes, flipSignedByte, OIDS, pdfsig } from "../../helpers/pdfsig";

const orgName = async (organizationId: string) =>
  (await db().organization.findUniqueOrThrow({ where: { id: organizationId } })).name;

// What every sealed PDF must show an outside verifier: one valid PAdES signature by the organisation, and an invalid
// one as soon as a single signed byte changes.
async function expectSignedBy(pdf: Uint8Array, organizationName: string) {
  const report = await pdfsig(pdf);
  expect(report.text).toContain("Signature #1");
  expect(report.valid, report.text).toBe(true);
  expect(report.commonName).toBe(organizationName);
  expect(report.type).toBe("ETSI.CAdES.detached");
  expect(report.text).toContain("Total document signed");
  const attributes = cmsAttributes(pdf);
  expect(attributes.signed).toEqual(
    expect.arrayContaining([OIDS.contentType, OIDS.messageDigest, OIDS.signingCertificateV2]),
  );
  // PAdES baseline: the claimed time is the dictionary's /M (pdfsig's "Signing Time"), not a CMS attribute.
  expect(attributes.signed).not.toContain(OIDS.signingTime);
  expect(report.signedAt).toBeDefined();
  const tampered = await pdfsig(flipSignedByte(pdf));
  expect(tampered.valid, tampered.text).toBe(false);
  expect(tampered.text).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
}

describe("signed PDFs (PAdES B-B, checked with poppler's pdfsig)", () => {
  it("signs a sealed dossier with the organisation's self-signed certificate, made on its first seal", async () => {
    const { organizationId, admin, legal, systemId } = await classifiedOrganisation("Signing");
    expect(await getSigningCertificate(admin)).toBeNull();
    const exported = await exportDossier(admin, systemId);
    const name = await orgName(organizationId);
    await expectSignedBy(exported.pdf, name);

    const certificate = defined((await getSigningCertificate(legal)) ?? undefined, "signing certificate");
    expect(certificate).toMatchObject({ source: "SELF_SIGNED", subject: `CN=${name}, O=${name}` });
    expect(certificate.notAfter.getUTCFullYear() - certificate.notBefore.getUTCFullYear()).toBe(10);
    expect(certificate).not.toHaveProperty("privateKey");
    const stored = await db().signingCertificate.findUniqueOrThrow({ where: { organizationId } });
    expect(stored.privateKey).toMatch(/^v1:/);
    expect(stored.privateKey).not.toContain("PRIVATE KEY");

    // The stored bytes, their SHA-256 and the download are the signed file; in-app verification still vouches for it.
    const download = await getDossierPdf(admin, exported.id);
    expect(Buffer.from(download.pdf).equals(exported.pdf)).toBe(true);
    expect(await verifyDossier(admin, download.pdf)).toMatchObject({ genuine: true, sha256: exported.pdfSha256 });

    // The next seal reuses the certificate.
    await exportDossier(admin, systemId);
    expect((await getSigningCertificate(admin))?.fingerprintSha256).toBe(certificate.fingerprintSha256);
  });

  it("gives the seeded demo organisation its self-signed certificate", async () => {
    await seedDemoOrganization();
    const demo = await db().organization.findFirstOrThrow({
      where: { name: DEMO_ORGANIZATION_NAME },
      select: { signingCertificate: { select: { source: true, subject: true } } },
    });
    expect(demo.signingCertificate).toEqual({
      source: "SELF_SIGNED",
      subject: `CN=${DEMO_ORGANIZATION_NAME}, O=${DEMO_ORGANIZATION_NAME}`,
    });
  });

  it("signs the portfolio report", async () => {
    const { organizationId, admin } = await classifiedOrganisation("Signed portfolio");
    const manager = await addMember(organizationId, "MANAGER");
    const report = await exportPortfolioReport(manager, { today: "2026-11-22" });
    await expectSignedBy(report.pdf, await orgName(organizationId));
    expect(await verifyDossier(admin, report.pdf)).toMatchObject({ genuine: true });
  });

  it("signs the serious incident report for the authority", async () => {
    const { organizationId, systemId } = await highRiskSetup("Signed incident");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const incident = await createIncident(officer, incidentInput(systemId));
    const { pdf } = await getIncidentReportPdf(officer, incident.id);
    await expectSignedBy(pdf, await orgName(organizationId));
  });
});
