import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";
import { pdfsig } from "../../helpers/pdfsig";
import { pdfPages } from "../../unit/pdf/pdf-text";

const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Handler = (request: NextRequest, context: { params: Promise<{ framework: string }> }) => Promise<Response>;
const { GET } = (await import("@/app/(app)/standards/[framework]/soa/route")) as unknown as { GET: Handler };

// Issue #22: the Statement of Applicability PDF follows the organisation's document language.
describe("Statement of Applicability PDF in the document language", () => {
  it.each([
    ["de", ["Erklärung zur Anwendbarkeit", "Anwendbarkeit und Begründung", "Ausgeschlossen", "Lieferanten steuern"]],
    ["fr", ["Déclaration d'applicabilité", "Applicabilité et justification", "Exclue", "Gérer les prestataires"]],
  ])("%s", async (locale, expected) => {
    const { organizationId } = await createOrganization(`SoA ${locale}`);
    await db().organization.update({ where: { id: organizationId }, data: { documentLocale: locale } });
    await db().controlApplicability.create({
      data: { organizationId, framework: "iso-42001", controlId: "A.3.3", applicable: false, justification: "n/a" },
    });
    session.actor = await addMember(organizationId, "AUDITOR");
    const response = await GET(new NextRequest("http://localhost/standards/iso-42001/soa?format=pdf"), {
      params: Promise.resolve({ framework: "iso-42001" }),
    });
    expect(response.status).toBe(200);
    const pdf = Buffer.from(await response.arrayBuffer());
    const text = (await pdfPages(pdf)).join(" ");
    for (const heading of expected) expect(text).toContain(heading);
    expect(text).not.toContain("Coverage in Actlas");
    // The controls' own titles too (lib/standards/i18n), not the crosswalk's English.
    expect(text).not.toContain("Manage suppliers");
    expect((await pdfsig(pdf)).valid).toBe(true);
  });
});
