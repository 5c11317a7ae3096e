import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { one } from "../../helpers/expect-defined";
import { createOrganization } from "../../helpers/factories";
import { exeBytes, pdfBytes } from "../../unit/evidence/fixtures";
import { bytes, exportDoc } from "../import-export/org-import-attacks";
import { item, ok } from "./fixtures";

// A training's certificate moves with the organisation export, and an import checks it like an upload: the bytes
// decide the type, the stored type, size and hash are the server's own findings, never the file's claims.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const a = await import("@/app/(app)/literacy/actions");
const { recordCompletion } = await import("@/lib/dal/literacy/completions");
const { importOrganization } = await import("@/lib/dal/org-transfer/import");

const REGISTER = ["literacyPerson", "learningItem", "literacyCompletion"];

// The source organisation's register (one training with its certificate) in the target organisation's own export.
async function exportWithCertificate(certificate: Uint8Array) {
  const source = await createOrganization("Certificate source");
  session.actor = source.admin;
  const ann = ok(await a.createPersonAction({ name: "Ann", email: "ann@x.example", jobRole: "", businessUnitId: "" }));
  const course = ok(await a.createLearningItemAction(item({ title: "AI basics" })));
  const fields = { completedOn: "2026-11-02", expiresOn: null, evidenceNote: "", evidenceUrl: null };
  await recordCompletion(
    source.admin,
    { personId: ann.id, itemId: course.id, ...fields },
    {
      fileName: "ann.pdf",
      bytes: certificate,
    },
  );
  const from = await exportDoc(source.admin);
  const target = await createOrganization("Certificate target");
  const doc = await exportDoc(target.admin);
  doc.people = [one(doc.people, 0, "the importer in their own export")];
  for (const table of REGISTER) doc.tables[table] = from.tables[table] ?? [];
  return { target, doc };
}

describe("AI-literacy certificates in an organisation export", () => {
  it("travel with the export and arrive with the same bytes, type and hash", async () => {
    const certificate = pdfBytes("certificate");
    const { target, doc } = await exportWithCertificate(certificate);
    await importOrganization(target.admin, JSON.stringify(doc));
    const c = await db().literacyCompletion.findFirstOrThrow({ where: { organizationId: target.organizationId } });
    expect(c).toMatchObject({
      fileName: "ann.pdf",
      fileMimeType: "application/pdf",
      fileSizeBytes: certificate.length,
    });
    expect(new Uint8Array(c.fileContent!)).toEqual(certificate);
  });

  it("refuse a program swapped in for the certificate, whatever type and hash the file claims", async () => {
    const { target, doc } = await exportWithCertificate(pdfBytes("certificate"));
    const row = one(doc.tables.literacyCompletion ?? [], 0, "the training");
    row.fileContent = bytes(exeBytes());
    const refused = await importOrganization(target.admin, JSON.stringify(doc)).catch((e: Error) => e);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toMatch(
      /Table literacyCompletion, row 1, column fileContent: .*Windows program/,
    );
    expect(await db().literacyCompletion.count({ where: { organizationId: target.organizationId } })).toBe(0);
  });
});
