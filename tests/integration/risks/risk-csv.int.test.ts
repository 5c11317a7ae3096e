import Papa from "papaparse";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { RISK_IMPORT_TEMPLATE } from "@/lib/validations/risks-csv";
import { addMember, createOrganization, createSystem, uniqueEmail } from "../../helpers/factories";

// CSV import (the Risks tab's server action) and export (the two download routes) of the Art 9 register, through the
// real action and route handlers; only the session lookup and Next's cache are stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { importRisksAction } = await import("@/app/(app)/systems/[id]/risks/csv-actions");
const { linkRiskObligationAction } = await import("@/app/(app)/systems/[id]/risks/actions");
type Handler = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const systemExport = (await import("@/app/(app)/systems/[id]/risks/export/route")).GET as Handler;
const orgExport = (await import("@/app/(app)/risks/export/route")).GET as Handler;

const HEADER =
  "Title,Description,Fundamental rights,Source,Likelihood,Impact,Residual likelihood,Residual impact,Treatment,Owner e-mail,Next review,Status";

async function setup() {
  const org = await createOrganization();
  const email = uniqueEmail("officer");
  const officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER", email);
  const systemId = await createSystem(org.organizationId, "CV screening");
  session.actor = officer;
  return { ...org, officer, email, systemId };
}

async function importCsv(systemId: string, csv: string) {
  const result = await importRisksAction({ systemId, csv });
  return result;
}

async function download(handler: Handler, id = "", query = "") {
  const response = await handler(new NextRequest(`http://localhost/x${query}`), { params: Promise.resolve({ id }) });
  const text = await response.text();
  return {
    response,
    rows: Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data,
    text,
  };
}

describe("risk register CSV", () => {
  it("imports valid rows (labels or codes, owner by e-mail in any case), audits each, and skips titles already there", async () => {
    const { organizationId, email, officer, systemId } = await setup();
    const csv = [
      HEADER,
      `Biased ranking,Older applicants ranked lower,"Non-discrimination\nData protection",FRIA,4,5,2,3,Mitigate,${email.toUpperCase()},2027-03-01,Open`,
      "Drift in CV parser,,,monitoring,2,2,,,,,,treated",
    ].join("\r\n");
    const result = await importCsv(systemId, csv);
    expect(result).toEqual({ ok: true, data: { created: 2, skipped: 0, errors: [] } });
    const risks = await db().risk.findMany({ where: { systemId }, orderBy: { title: "asc" } });
    expect(
      risks.map((r) => [r.title, r.source, r.likelihood, r.impact, r.residualImpact, r.treatment, r.status]),
    ).toEqual([
      ["Biased ranking", "FRIA", 4, 5, 3, "MITIGATE", "OPEN"],
      ["Drift in CV parser", "MONITORING", 2, 2, null, null, "TREATED"],
    ]);
    expect(risks[0]).toMatchObject({
      ownerId: officer.userId,
      fundamentalRights: ["Non-discrimination", "Data protection"],
    });
    const events = await db().auditEvent.findMany({ where: { organizationId, action: "risk.created" } });
    expect(events.map((e) => e.entityId).sort()).toEqual(risks.map((r) => r.id).sort());
    expect(events.every((e) => e.systemId === systemId)).toBe(true);

    expect(await importCsv(systemId, csv)).toEqual({ ok: true, data: { created: 0, skipped: 2, errors: [] } });
    // The template the form offers imports as it is.
    expect(await importCsv(systemId, RISK_IMPORT_TEMPLATE)).toMatchObject({ ok: true, data: { created: 1 } });
  });

  // Issue #22: the row's column and problem in the importer's language, the allowed values in the register's words.
  it("names a row's problem, its column and the allowed values in the importer's language", async () => {
    const { officer, systemId } = await setup();
    session.actor = { ...officer, locale: "de" };
    const result = await importCsv(systemId, `${HEADER}\nRumoured,,,Rumour,3,3,,,,,,Open`);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.errors).toEqual([
      {
        row: 2,
        column: "Quelle",
        value: "Rumour",
        message:
          "Kein bekannter Wert. Erlaubt: Erfassung, Grundrechte-Folgenabschätzung, Vorfall, Überschreitung in der Überwachung, Von Hand eingetragen.",
      },
    ]);
  });

  it("imports nothing while any row has an error, and names each error's row, column and value", async () => {
    const { systemId } = await setup();
    const csv = [
      HEADER,
      "Fine risk,,,Manual,3,3,,,,,,Open",
      "x,,,Rumour,7,3,,,,,,Open",
      "Accepted already,,,Manual,1,1,,,Accept,,2027-02-30,Open",
      "Half residual,,,Manual,3,3,2,,,,,Open",
    ].join("\n");
    const result = await importCsv(systemId, csv);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.created).toBe(0);
    const found = result.data.errors.map((e) => [e.row, e.column, e.value]);
    expect(found).toEqual(
      expect.arrayContaining([
        [3, "Source", "Rumour"],
        [3, "Likelihood", "7"],
        [3, "Title", "x"],
        [4, "Treatment", "Accept"],
        [4, "Next review", "2027-02-30"],
        [5, "Residual impact", ""],
      ]),
    );
    expect(result.data.errors.find((e) => e.column === "Source")?.message).toContain("Allowed: Intake, ");
    expect(result.data.errors.find((e) => e.column === "Treatment")?.message).toContain("accept it on the Risks tab");
    expect(await db().risk.count({ where: { systemId } })).toBe(0);
  });

  it("refuses an owner who is a member of another organisation, and another organisation's system", async () => {
    const { systemId } = await setup();
    const other = await createOrganization("Other");
    const foreignEmail = uniqueEmail("foreign");
    await addMember(other.organizationId, "ADMIN", foreignEmail);
    const result = await importCsv(systemId, `${HEADER}\nOwned elsewhere,,,Manual,3,3,,,,${foreignEmail},,Open`);
    expect(result).toMatchObject({
      ok: true,
      data: { created: 0, errors: [{ row: 2, column: "Owner e-mail", value: foreignEmail }] },
    });
    const theirSystem = await createSystem(other.organizationId, "Theirs");
    const cross = await importCsv(theirSystem, `${HEADER}\nPlanted,,,Manual,3,3,,,,,,Open`);
    expect(cross).toMatchObject({ ok: false });
    expect(await db().risk.count({ where: { systemId: { in: [systemId, theirSystem] } } })).toBe(0);
  });

  it("refuses a file over the caps, without a title column, and a reader's import", async () => {
    const { organizationId, systemId } = await setup();
    const rows = Array.from({ length: 2001 }, (_, i) => `Risk ${i},,,Manual,1,1,,,,,,Open`);
    const tooMany = await importCsv(systemId, [HEADER, ...rows].join("\n"));
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { csv: [expect.stringContaining("at most 2,000")] } });
    const tooBig = await importCsv(systemId, `${HEADER}\n${"a".repeat(1024 * 1024)}`);
    expect(tooBig).toMatchObject({ ok: false, fieldErrors: { csv: [expect.stringContaining("larger than 1 MB")] } });
    const noTitle = await importCsv(systemId, "Likelihood,Impact\n1,1");
    expect(noTitle).toMatchObject({
      ok: false,
      fieldErrors: { csv: [expect.stringContaining("needs the column Title")] },
    });
    session.actor = await addMember(organizationId, "AUDITOR");
    expect(await importCsv(systemId, `${HEADER}\nRead only,,,Manual,1,1,,,,,,Open`)).toMatchObject({ ok: false });
    expect(await db().risk.count({ where: { systemId } })).toBe(0);
  });

  it("exports one system's register and the organisation's, and an export imports back into another system", async () => {
    const { organizationId, email, systemId } = await setup();
    const second = await createSystem(organizationId, "Chatbot");
    await importCsv(
      systemId,
      `${HEADER}\n"=HYPERLINK(""http://evil"")",,"A\nB",Manual,4,5,2,3,Mitigate,${email},2027-03-01,Open`,
    );
    await importCsv(second, `${HEADER}\nHallucinated advice,,,Manual,2,2,,,,,,Open`);
    const risk = await db().risk.findFirstOrThrow({ where: { systemId } });
    const obligation = await db().obligation.create({
      data: {
        organizationId,
        systemId,
        code: "ART9",
        role: "provider",
        article: "Art 9",
        title: "Risk management",
        appliesFrom: new Date("2026-08-02"),
      },
    });
    expect((await linkRiskObligationAction({ riskId: risk.id, obligationId: obligation.id })).ok).toBe(true);

    const one = await download(systemExport, systemId);
    expect(one.response.headers.get("content-disposition")).toMatch(
      /attachment; filename="risk-register-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(one.rows).toHaveLength(1);
    expect(one.rows[0]).toMatchObject({
      System: "CV screening",
      Title: `'=HYPERLINK("http://evil")`,
      "Fundamental rights": "A\nB",
      "Inherent score": "20",
      "Inherent band": "Critical",
      "Residual score": "6",
      "Residual band": "Medium",
      Treatment: "Mitigate",
      "Owner e-mail": email,
      "Next review": "2027-03-01",
      Status: "Open",
      "Linked obligations": "Art 9",
    });
    const all = await download(orgExport);
    expect(all.rows.map((r) => r.System).sort()).toEqual(["CV screening", "Chatbot"]);

    const third = await createSystem(organizationId, "Copy");
    expect(await importCsv(third, one.text)).toMatchObject({ ok: true, data: { created: 1 } });
    expect(await db().risk.findFirstOrThrow({ where: { systemId: third } })).toMatchObject({
      likelihood: 4,
      residualImpact: 3,
      fundamentalRights: ["A", "B"],
    });

    const outsider = await createOrganization("Outsider");
    session.actor = outsider.admin;
    expect((await download(systemExport, systemId)).response.status).toBe(404);
    expect((await download(orgExport)).rows).toEqual([]);
  });

  it("writes the header row in the reader's language, and imports a German export back (issue #22)", async () => {
    const { organizationId, officer, systemId } = await setup();
    await importCsv(systemId, `${HEADER}\nBiased ranking,,,Manual,4,5,2,3,Mitigate,,2027-03-01,Open`);
    session.actor = { ...officer, locale: "de" };
    const german = await download(systemExport, systemId);
    expect(german.rows[0]).toMatchObject({ Titel: "Biased ranking", Wahrscheinlichkeit: "4", Restauswirkung: "3" });
    // The values too: where the risk came from, its bands, treatment and status, in the words the register shows.
    expect(german.rows[0]).toMatchObject({
      Quelle: "Von Hand eingetragen",
      "Inhärente Stufe": "Kritisch",
      Behandlung: "Mindern",
      Status: "Offen",
    });
    session.actor = { ...officer, locale: "fr" };
    const french = await download(systemExport, systemId);
    expect(french.rows[0]).toMatchObject({
      Intitulé: "Biased ranking",
      Impact: "5",
      Traitement: "Atténuer",
      Statut: "Ouvert",
    });
    expect((await download(systemExport, systemId, "?lang=en")).rows[0]).toMatchObject({ Title: "Biased ranking" });

    const copy = await createSystem(organizationId, "German copy");
    expect(await importCsv(copy, german.text)).toMatchObject({ ok: true, data: { created: 1 } });
    const back = {
      title: "Biased ranking",
      likelihood: 4,
      residualImpact: 3,
      source: "MANUAL",
      treatment: "MITIGATE",
      status: "OPEN",
    };
    expect(await db().risk.findFirstOrThrow({ where: { systemId: copy } })).toMatchObject(back);
    const frenchCopy = await createSystem(organizationId, "French copy");
    expect(await importCsv(frenchCopy, french.text)).toMatchObject({ ok: true, data: { created: 1 } });
    expect(await db().risk.findFirstOrThrow({ where: { systemId: frenchCopy } })).toMatchObject(back);
  });
});
