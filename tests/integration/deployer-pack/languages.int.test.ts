import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";
import { pdfsig, signatureReason } from "../../helpers/pdfsig";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { as, ok, providerSystem, publishInput, session } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/systems/[id]/deployer-pack/actions");

// Issue #22: customers read the deployer pack in the provider organisation's document language.
describe("the deployer pack PDF's language", () => {
  it.each([
    ["en", ["Deployer pack", "Included files", "Not included yet"]],
    ["de", ["Betreiberpaket", "Enthaltene Dateien", "Noch nicht enthalten", "Betriebsanleitung (Art 13)"]],
    ["fr", ["Dossier déployeur", "Fichiers inclus", "Pas encore inclus", "Notice d'utilisation (Art 13)"]],
  ])("follows the document language %s, signed", async (locale, headings) => {
    const org = await createOrganization(`Pack ${locale}`);
    await db().organization.update({ where: { id: org.organizationId }, data: { documentLocale: locale } });
    const officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    const sys = await providerSystem(org.organizationId, org.admin, `Pack language ${locale}`);
    const input = publishInput(sys.systemId, { instructionsVersionId: sys.versionId });
    ok(await as(officer, () => actions.publishDeployerPackAction(input)));
    const pack = await db().deployerPack.findFirstOrThrow({ where: { systemId: sys.systemId } });
    const text = (await pdfPages(Buffer.from(pack.pdf))).join(" ");
    for (const heading of headings) expect(text).toContain(heading);
    // The hash wraps inside its table cell.
    expect(text.replace(/\s/g, "")).toContain(sys.sha256);
    if (locale !== "en") expect(text).not.toContain("Included files");
    expect((await pdfsig(pack.pdf)).valid).toBe(true);
    // The signature's reason, as a reader's signature panel shows it, is the pack's own title.
    expect(signatureReason(pack.pdf)).toBe(headings[0]);
  });
});
