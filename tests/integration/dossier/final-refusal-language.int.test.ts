import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { classifiedOrganisation } from "./helpers";

// Issue #22: asking for a final dossier while gaps block it is refused through the export action, naming each gap;
// a German or French person reads the refusal and every gap in their own language, the articles as written.
const request = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { exportDossierAction } = await import("@/app/(app)/systems/[id]/dossier/actions");

describe("a final dossier refused for its gaps", () => {
  it.each([
    ["en", ["A final dossier needs every gap closed. Still missing: ", "FRIA (Art 27): not recorded"]],
    [
      "de",
      [
        "Ein endgültiges Dossier setzt voraus, dass alle Lücken geschlossen sind. Es fehlt noch: ",
        "Technische Dokumentation nach Anhang IV: 9 von 9 Abschnitten fehlen oder sind unvollständig",
        "Grundrechte-Folgenabschätzung (Art 27): nicht erfasst",
        ". Exportieren Sie einen Entwurf, oder schließen Sie zuerst die Lücken.",
      ],
    ],
    ["fr", ["Il manque encore : Documentation technique de l'annexe IV", "Exportez un brouillon"]],
  ] as const)("%s", async (locale, expected) => {
    const { legal, systemId } = await classifiedOrganisation(`Final refused ${locale}`);
    request.actor = { ...legal, locale };
    const result = await exportDossierAction({ systemId, finality: "FINAL" });
    if (result.ok) throw new Error("sealed a final dossier with gaps");
    for (const part of expected) expect(result.error).toContain(part);
    expect(result.fieldErrors?.finality?.[0]).toBe(result.error);
    if (locale !== "en") expect(result.error).not.toMatch(/Still missing|not recorded|sections missing/);
    expect(await db().dossierVersion.count({ where: { systemId } })).toBe(0);
  });
});
