import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { POST as uploadRoute } from "@/app/(app)/systems/[id]/evidence/upload/route";
import { createOrganization, createSystem } from "../../helpers/factories";
import { exeBytes, pdfBytes, text } from "../../unit/evidence/fixtures";

// The file checks (lib/evidence/content-type.ts) speak English, as the REST API does; a person uploading on a page
// reads why their file was refused in their own language (issue #22), with the file's own size and ending kept.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const FILES: [what: string, bytes: Uint8Array, name: string, german: RegExp][] = [
  ["an empty file", new Uint8Array(), "empty.pdf", /^Wählen Sie eine Datei zum Hochladen\.$/],
  [
    "a Windows program",
    exeBytes(),
    "tool.exe",
    /^Diese Datei ist ein Windows-Programm \(\.exe\) und wird nicht als Nachweis angenommen\. Laden Sie PDF, PNG, JPEG, .+ hoch\.$/,
  ],
  [
    "a PDF named .txt",
    pdfBytes(),
    "report.txt",
    /^Der Inhalt der Datei ist ein PDF-Dokument, ihr Name endet aber auf \.txt\. Benennen Sie sie in \.pdf um und laden Sie sie erneut hoch\.$/,
  ],
  [
    "text named .log",
    text("hello"),
    "notes.log",
    /^Die Datei ist Text, ihr Name endet aber auf \.log\. Text als Nachweis muss \.txt, \.csv, \.json oder \.md sein\.$/,
  ],
  [
    "binary of no known type",
    Uint8Array.from([0, 159, 146, 150, 1, 2, 3]),
    "blob.bin",
    /^Diese Datei ist ein Binärinhalt unbekannten Typs \(kein UTF-8-Text\) und wird nicht als Nachweis angenommen\./,
  ],
];

async function upload(actor: UserActor, systemId: string, bytes: Uint8Array, name: string) {
  session.actor = actor;
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name));
  const request = new NextRequest(`http://localhost/systems/${systemId}/evidence/upload`, {
    method: "POST",
    body: form,
  });
  const response = await uploadRoute(request, { params: Promise.resolve({ id: systemId }) });
  return {
    status: response.status,
    body: (await response.json()) as { error: string; fieldErrors?: { file?: string[] } },
  };
}

describe("a refused evidence file, in the uploader's language", () => {
  it.each(FILES)("says why %s is refused in German and French", async (_what, bytes, name, german) => {
    const org = await createOrganization("Upload language");
    const systemId = await createSystem(org.organizationId, "Chatbot");
    const english = await upload(org.admin, systemId, bytes, name);
    expect(english.status).toBe(422);
    const de = await upload({ ...org.admin, locale: "de" }, systemId, bytes, name);
    expect(de.body.error).toMatch(german);
    expect(de.body.fieldErrors?.file).toEqual([de.body.error]);
    const fr = await upload({ ...org.admin, locale: "fr" }, systemId, bytes, name);
    expect(fr.body.error).not.toBe(english.body.error);
    expect(fr.body.error).toMatch(/^(Le|Ce|Choisissez) .*fichier/);
  });
});
