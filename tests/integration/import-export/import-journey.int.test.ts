import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { verifyOrganizationChain } from "@/lib/dal/core/audit-verify";
import { db } from "@/lib/db/client";
import { checkCsvText } from "@/lib/import/upload";
import { rejectedRowsCsv } from "@/lib/import/rejected";
import type { ImportReportDTO } from "@/lib/import/stream";
import { importRunUrl, type ImportRunOptions } from "@/lib/validations/import";
import { createOrganization } from "../../helpers/factories";
import { csvOf, goodRow, HEADER } from "./csv-fixtures";
import { startImportServer } from "./import-route-server";

// Issue #17, "Import that a person can get right the first time", through the import page's own route handler.
const session: { actor: UserActor | null } = { actor: null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let server: Awaited<ReturnType<typeof startImportServer>>;
beforeAll(async () => {
  const { POST } = await import("@/app/(app)/systems/import/run/route");
  server = await startImportServer(POST);
});
afterAll(async () => server?.close());

type Answer = { status: number; report?: ImportReportDTO; error?: string };

async function post(actor: UserActor, csv: string, options: Omit<ImportRunOptions, "mapping">): Promise<Answer> {
  session.actor = actor;
  const response = await fetch(`${server.url}${importRunUrl(options)}`, {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: csv,
  });
  const lines = (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string; report?: ImportReportDTO; error?: string });
  const last = lines.at(-1);
  return { status: response.status, report: last?.report, error: last?.error };
}

const WIDE = [...HEADER, "sourcing", "automation_level", "affected_persons", "output_used_in_eu"];
const systems = (organizationId: string) =>
  db().aiSystem.findMany({ where: { organizationId }, orderBy: { name: "asc" } });

describe("the labels shown in the form are accepted as well as the codes", () => {
  it("takes labels in any case and spacing, short labels and spelling variants, for every enumerated column", async () => {
    const { organizationId, admin } = await createOrganization("Import labels");
    const csv = csvOf(
      [
        goodRow("Labelled", {
          lifecycle_stage: "  in PRODUCTION ",
          data_categories: "No personal data",
          member_states: "germany; fr",
          sourcing: "bought from a vendor",
          automation_level: "Advisory",
          affected_persons: "customers;General  public",
          output_used_in_eu: "Yes",
        }),
        goodRow("Variants", {
          lifecycle_stage: "in-development",
          data_categories: "personal data;Special category data",
          sourcing: "Built in house",
          automation_level: "human in the loop",
          output_used_in_eu: "",
        }),
      ],
      WIDE,
    );
    const answer = await post(admin, csv, { dryRun: false });
    expect(answer.report?.errors).toEqual([]);
    expect(answer.report?.created).toBe(2);
    const [labelled, variants] = await systems(organizationId);
    expect(labelled).toMatchObject({
      lifecycleStage: "IN_PRODUCTION",
      dataCategories: ["NON_PERSONAL"],
      memberStates: ["DE", "FR"],
      sourcing: "PROCURED",
      automationLevel: "HUMAN_DECIDES",
      affectedPersons: ["CUSTOMERS", "GENERAL_PUBLIC"],
      outputUsedInEu: true,
    });
    expect(variants).toMatchObject({
      lifecycleStage: "IN_DEVELOPMENT",
      dataCategories: ["PERSONAL", "SPECIAL_CATEGORY"],
      sourcing: "BUILT_IN_HOUSE",
      automationLevel: "HUMAN_IN_THE_LOOP",
    });
  });
});

describe("errors name the row, the column, the bad value and the allowed values in plain words", () => {
  it("reports `maybe` in output_used_in_eu without developer text", async () => {
    const { organizationId, admin } = await createOrganization("Import plain errors");
    const csv = csvOf(
      [
        goodRow("Unsure", { output_used_in_eu: "maybe" }),
        goodRow("Odd data", { data_categories: "Personal;Secret", automation_level: "Robots" }),
      ],
      WIDE,
    );
    const { report } = await post(admin, csv, { dryRun: true });
    expect(report?.errors).toEqual([
      {
        row: 2,
        column: "output_used_in_eu",
        value: "maybe",
        message: "“maybe” is not an allowed value. Allowed: yes, no, or leave it empty.",
      },
      expect.objectContaining({ row: 3, column: "automation_level", value: "Robots" }),
      {
        row: 3,
        column: "data_categories",
        value: "Personal;Secret",
        message:
          "“Secret” is not an allowed value. Allowed (several separated by ;): PERSONAL (Personal data), BIOMETRIC (Biometric data), SPECIAL_CATEGORY (Special-category data (Art 9 GDPR)), NON_PERSONAL (No personal data).",
      },
    ]);
    for (const e of report?.errors ?? []) expect(e.message).not.toMatch(/invalid option|expected one of|\|/i);
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
  });
});

// Issue #22: a German or French importer reads each problem in their words, the allowed labels as their form shows them.
describe("a row's problem in the importer's language", () => {
  it("words the allowed values with the form's labels, and a schema's message from the catalogue", async () => {
    const { admin } = await createOrganization("Import problems language");
    const csv = csvOf(
      [goodRow("Unsure", { output_used_in_eu: "maybe" }), goodRow("X", { data_categories: "Personal;Secret" })],
      WIDE,
    );
    const { report } = await post({ ...admin, locale: "de" }, csv, { dryRun: true });
    expect(report?.errors.map((e) => [e.row, e.column, e.value, e.message])).toEqual([
      [2, "output_used_in_eu", "maybe", "„maybe“ ist kein erlaubter Wert. Erlaubt: ja, nein oder leer lassen."],
      [
        3,
        "data_categories",
        "Personal;Secret",
        expect.stringMatching(
          /^„Secret“ ist kein erlaubter Wert\. Erlaubt \(mehrere, getrennt durch ;\): PERSONAL \(Personenbezogene Daten\), BIOMETRIC \(.+\)\.$/,
        ),
      ],
      [3, "name", "X", "Geben Sie einen Namen mit mindestens 2 Zeichen ein."],
    ]);
    const french = await post({ ...admin, locale: "fr" }, csv, { dryRun: true });
    expect(french.report?.errors[0]?.message).toBe(
      "« maybe » n'est pas une valeur admise. Valeurs admises : oui, non ou laisser vide.",
    );
  });

  it("words a refused file and the row problems the import itself finds in the importer's language (issue #22)", async () => {
    const { admin } = await createOrganization("Import refusals language");
    const german = { ...admin, locale: "de" as const };
    const rows = csvOf([
      goodRow("Unknown owner", { owner_email: "nobody@elsewhere.example" }),
      goodRow("Bad answers", { classification_answers: "{not json" }),
    ]);
    const { report } = await post(german, rows, { dryRun: true });
    expect(report?.errors.map((e) => e.message)).toEqual([
      "Kein Mitglied dieser Organisation hat die E-Mail-Adresse nobody@elsewhere.example.",
      'Geben Sie die Antworten als JSON-Objekt ein, etwa {"artefactType":"ai_system"}.',
    ]);
    const wide = Array.from({ length: 101 }, (_, i) => `c${i}`).join(",");
    expect(await post(german, `${wide}\r\n`, { dryRun: true })).toMatchObject({
      status: 400,
      error: "Die Kopfzeile hat 101 Spalten; ein Import nimmt höchstens 100. Beginnen Sie mit der Vorlage.",
    });
    expect(await post(german, `name,intended_purpose\r\n"Open quote,x\r\n`, { dryRun: true })).toMatchObject({
      error:
        "Zeile 2: Ein Wert in Anführungszeichen wird nicht geschlossen. Prüfen Sie die Anführungszeichen in dieser Zeile.",
    });
    expect(await post({ ...admin, locale: "fr" }, "\r\n", { dryRun: true })).toMatchObject({
      error: "Le fichier n'a pas de ligne d'en-tête. Partez du modèle.",
    });
  });
});

describe("import the valid rows and download the rejected ones", () => {
  it("writes the good rows, and the rejected rows come back as CSV with a reason that can be fixed and re-uploaded", async () => {
    const { organizationId, admin } = await createOrganization("Import valid rows");
    const csv = csvOf([
      goodRow("Good A"),
      goodRow("Bad B", { lifecycle_stage: "Someday" }),
      goodRow("Good C"),
      goodRow("X"),
    ]);
    const refused = await post(admin, csv, { dryRun: false });
    expect(refused.report?.created).toBe(0);

    const { report } = await post(admin, csv, { dryRun: false, invalidRows: "leave" });
    expect(report).toMatchObject({ created: 2, valid: 2, total: 4 });
    expect((await systems(organizationId)).map((s) => s.name)).toEqual(["Good A", "Good C"]);

    const rejected = await rejectedRowsCsv(await checkCsvText(csv), report?.errors ?? []);
    const lines = rejected
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe([...HEADER, "reason"].join(","));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Bad B,.*Someday.*lifecycle_stage: “Someday” is not an allowed value/);
    expect(lines[2]).toMatch(/^X,.*name: Enter a name of at least 2 characters/);

    const fixed = rejected.replace("Someday", "Pilot").replace(/\r\nX,/, "\r\nXY,");
    const again = await post(admin, fixed, { dryRun: false });
    expect(again.report).toMatchObject({ created: 2, errors: [] });
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(4);
  });
});

describe("importing the same systems twice", () => {
  it("shows duplicates (in the organisation and within the file) before importing, and asks to skip or update", async () => {
    const { organizationId, admin } = await createOrganization("Import duplicates");
    await post(admin, csvOf([goodRow("Credit scoring"), goodRow("Chatbot")]), { dryRun: false });

    const again = csvOf([
      goodRow("  credit SCORING ", { business_unit: "Lending" }),
      goodRow("New one"),
      goodRow("new one"),
    ]);
    const dry = await post(admin, again, { dryRun: true });
    expect(dry.report?.duplicates).toEqual([
      { row: 2, name: "credit SCORING", existing: { id: expect.any(String), name: "Credit scoring" } },
      { row: 4, name: "new one", sameAsRow: 3 },
    ]);
    const unanswered = await post(admin, again, { dryRun: false });
    expect(unanswered.error).toMatch(/match systems you already have.*skip them or update/);

    const skipped = await post(admin, again, { dryRun: false, duplicates: "skip" });
    expect(skipped.report).toMatchObject({ created: 1, updated: 0, skipped: 2 });
    expect((await systems(organizationId)).map((s) => s.name)).toEqual(["Chatbot", "Credit scoring", "New one"]);
  });

  it("updates the existing systems like an intake edit: audited, versioned, refused when changed since the check", async () => {
    const { organizationId, admin } = await createOrganization("Import update");
    const other = await createOrganization("Import update other");
    await post(admin, csvOf([goodRow("Credit scoring", { models: "gbm@1" })]), { dryRun: false });
    await post(other.admin, csvOf([goodRow("Credit scoring")]), { dryRun: false });
    const file = csvOf([goodRow("credit scoring", { business_unit: "Lending", models: "" })]);

    const dry = await post(admin, file, { dryRun: true });
    const key = dry.report?.duplicatesKey ?? "";
    expect(await post(admin, file, { dryRun: false, duplicates: "update" })).toMatchObject({
      error: expect.stringMatching(/Check the file again/),
    });
    const updated = await post(admin, file, { dryRun: false, duplicates: "update", duplicatesKey: key });
    expect(updated.report).toMatchObject({ created: 0, updated: 1 });
    const [system] = await systems(organizationId);
    expect(system).toMatchObject({ name: "credit scoring", businessUnit: "Lending", version: 2 });
    const event = await db().auditEvent.findFirstOrThrow({ where: { organizationId, action: "system.updated" } });
    expect(event.before).toMatchObject({ businessUnit: "Retail", version: 1 });
    expect(event.after).toMatchObject({ businessUnit: "Lending", version: 2, source: "csv_import" });
    // Links are added by a create only; an update leaves them as they are (models are shared by systems).
    expect(await db().aiSystemModel.count({ where: { systemId: system?.id } })).toBe(1);

    // The other organisation's system of the same name is neither reported nor touched.
    const [theirs] = await systems(other.organizationId);
    expect(theirs).toMatchObject({ name: "Credit scoring", businessUnit: "Retail", version: 1 });

    // The key of the first check is spent: the system has changed since, so the import refuses and writes nothing.
    const stale = await post(admin, csvOf([goodRow("Credit scoring", { business_unit: "Cards" })]), {
      dryRun: false,
      duplicates: "update",
      duplicatesKey: key,
    });
    expect(stale.error).toMatch(/changed since you checked the file/);
    expect((await systems(organizationId))[0]).toMatchObject({ businessUnit: "Lending", version: 2 });
    expect((await verifyOrganizationChain(organizationId)).ok).toBe(true);
  });
});
