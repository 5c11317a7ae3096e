import { describe, expect, it } from "vitest";
import { dossierGapsOf, exportDossier } from "@/lib/dal/dossiers/dossiers";
import { assignOperator } from "@/lib/dal/literacy/completions";
import { retirePolicy } from "@/lib/dal/policies/workflow";
import { db } from "@/lib/db/client";
import { formatDate } from "@/lib/utils";
import type { DossierSnapshot } from "@/lib/pdf/snapshot";
import { addMember } from "../../helpers/factories";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { cleanOrganisation } from "./clean-system";
import { backedByPolicyOnly, literacyOf, publishedPolicy } from "./literacy-policy-setup";

// Art 4 and the policies behind the duties in what legal seals: the snapshot stored with the version and the text
// of its PDF, read back with pdftotext, through the same export the dossier page calls.

const squash = (pages: string[]) => pages.join("\n").replace(/\s+/g, " ");
const sealed = async (id: string) =>
  (await db().dossierVersion.findUniqueOrThrow({ where: { id } })).snapshot as DossierSnapshot;

describe("AI literacy and policies in the dossier", () => {
  it("seals who is trained, expired or not trained with their training, the items meant for them, and prints them", async () => {
    const { admin, legal, systemId } = await cleanOrganisation({ name: "Literacy dossier" });
    const { today } = await literacyOf(admin, systemId);

    const exported = await exportDossier(legal, systemId, "DRAFT");
    const literacy = (await sealed(exported.id)).literacy;
    expect(literacy?.asOf).toBe(today);
    expect(literacy?.people.map((p) => [p.name, p.status, p.roles])).toEqual([
      ["Ana", "TRAINED", ["OPERATOR"]],
      ["Bruno", "EXPIRED", ["OVERSIGHT"]],
      ["Cyra", "NOT_TRAINED", ["OPERATOR", "OVERSIGHT"]],
    ]);
    expect(literacy?.people[0]?.training).toMatchObject({ item: "AI basics for staff" });
    expect(literacy?.people[1]?.training).toMatchObject({ item: "Overseeing the scoring model" });
    expect(literacy?.items.map((i) => [i.title, i.scope, i.currentHolders])).toEqual([
      ["AI basics for staff", "ALL_SYSTEMS", 1],
      ["Overseeing the scoring model", "SYSTEM", 0],
      ["Prompt hygiene", "ROLE", 0],
    ]);

    const text = squash(await pdfPages(exported.pdf));
    expect(text).toMatch(/\d+\. AI literacy \(Art 4\)/);
    expect(text).toContain(`Coverage on ${formatDate(today)}: 1 of 3 trained (33%); 1 expired, 1 not trained`);
    expect(text).toMatch(/Ana Credit analyst Operates Trained AI basics for staff/);
    expect(text).toMatch(/Bruno Credit officer Oversees Expired Overseeing the scoring model/);
    expect(text).toMatch(/Cyra Credit officer Operates, Oversees Not trained No training recorded/);
    expect(text).toContain("Their role only: does not count towards this system's coverage");
    expect(text).not.toContain("Marketing copy tools");
  });

  it("says plainly that no one is recorded for a system nobody operates or oversees", async () => {
    const { legal, systemId } = await cleanOrganisation({ name: "Literacy empty" });
    const exported = await exportDossier(legal, systemId, "DRAFT");
    expect((await sealed(exported.id)).literacy?.people).toEqual([]);
    const text = squash(await pdfPages(exported.pdf));
    expect(text).toContain("no one recorded");
    expect(text).toContain("No one is recorded as operating or overseeing this system");
  });

  it("lists a linked policy as evidence with its version, publication date and acknowledgements", async () => {
    const { admin, legal, systemId, organizationId } = await cleanOrganisation({ name: "Policy dossier" });
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const { policyId, versionId } = await publishedPolicy(officer, legal);
    const duty = await backedByPolicyOnly(admin, systemId, "Art 14", policyId);
    const { publishedAt } = await db().policyVersion.findUniqueOrThrow({ where: { id: versionId } });

    const exported = await exportDossier(legal, systemId, "DRAFT");
    expect((await sealed(exported.id)).policyEvidence).toEqual([
      {
        title: "Human oversight of credit AI",
        version: 1,
        status: "PUBLISHED",
        publishedAt: publishedAt?.toISOString(),
        obligations: [expect.objectContaining({ article: duty.article, title: duty.title })],
        // The administrator, legal and the officer are the audience; the officer acknowledged.
        acknowledgement: { acknowledged: 1, total: 3 },
      },
    ]);
    const text = squash(await pdfPages(exported.pdf));
    expect(text).toContain("Policies linked as evidence");
    expect(text).toContain("Policy: Human oversight of credit AI");
    expect(text).toContain(`Version 1, published ${formatDate(publishedAt)}, in force`);
    expect(text).toContain(`For: ${duty.article}: ${duty.title}`);
    expect(text).toContain("Acknowledged by 1 of 3 members of its audience (33%)");
  });

  // The defect: a Done duty backed by a published policy (which done-check.ts accepts as evidence) was named on page
  // 1 as "marked Done without evidence", a blocking gap, so a final dossier was refused.
  it("counts a published policy as the evidence of a Done duty, and a retired one no longer", async () => {
    const { admin, legal, systemId, organizationId } = await cleanOrganisation({ name: "Policy final" });
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const { policyId } = await publishedPolicy(officer, legal);
    const duty = await backedByPolicyOnly(admin, systemId, "Art 14", policyId);

    expect(await dossierGapsOf(legal, systemId)).toEqual([]);
    const final = await exportDossier(legal, systemId, "FINAL");
    expect(final.finality).toBe("FINAL");
    expect(squash(await pdfPages(final.pdf))).toMatch(new RegExp(`${duty.title.split(" ")[0]}.*1 policy`));

    await retirePolicy(legal, policyId);
    expect(await dossierGapsOf(legal, systemId)).toMatchObject([
      { kind: "evidence", blocking: true, items: [`${duty.article}: ${duty.title}`] },
    ]);
  });
});

describe("the literacy register as the evidence of the Art 4 duty", () => {
  // done-check.ts lets Art 4 be Done on full coverage alone (the register is its evidence); the dossier named such a
  // duty "marked Done without evidence" and refused a final version.
  it("needs no file while everyone is trained, and is a gap again once someone is not", async () => {
    const { admin, legal, systemId } = await cleanOrganisation({ name: "Art 4 backed" });
    const { ana, bruno } = await literacyOf(admin, systemId);
    await db().systemOperator.deleteMany({ where: { systemId, personId: { notIn: [ana] } } });
    const art4 = await db().obligation.findFirstOrThrow({ where: { systemId, code: "general.ai_literacy" } });
    await db().evidence.deleteMany({ where: { obligationId: art4.id } });

    expect(await dossierGapsOf(legal, systemId)).toEqual([]);
    const final = await exportDossier(legal, systemId, "FINAL");
    expect(squash(await pdfPages(final.pdf))).toContain("Literacy register");

    await assignOperator(admin, { systemId, personId: bruno, role: "OVERSIGHT" });
    expect(await dossierGapsOf(legal, systemId)).toMatchObject([
      { kind: "evidence", items: [`${art4.article}: ${art4.title}`] },
    ]);
  });
});
