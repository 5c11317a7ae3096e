import type { UserActor } from "@/lib/access/actor";
import { one } from "../../helpers/expect-defined";
import { createOrganization } from "../../helpers/factories";
import { createVictim, exportDoc, importRequest } from "./org-import-attacks";

// Shared by the org-import-*.int.test.ts files. Each of them stubs the session lookup and Next's cache itself
// (vi.mock is hoisted per test file) and hands its session holder to freshImportCase.

// The browser's import route, whole: the route module is loaded on first use, after the test file's mocks.
export async function postImport(doc: unknown) {
  const { POST } = await import("@/app/(app)/settings/data/import/route");
  const response = await POST(importRequest(doc));
  return {
    status: response.status,
    body: (await response.json()) as { ok: boolean; error?: string; problems?: string[] },
  };
}

// Organisation A is the victim; B the attacker's fresh, empty organisation, signed in, with its own export as the
// starting file, listing only the attacker as a person.
export async function freshImportCase(session: { actor: UserActor | null }) {
  const a = await createVictim();
  const b = await createOrganization("Attacker");
  session.actor = b.admin;
  const doc = await exportDoc(b.admin);
  doc.people = [one(doc.people, 0, "the importer in their own export")];
  return { a, b, doc };
}
