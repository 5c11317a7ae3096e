import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { createOrganization, createSystem } from "../../helpers/factories";

// Actions are exercised whole (session → zod → DAL); only the Next.js request context is stubbed, with the
// browser's Accept-Language the test sets.
const request = vi.hoisted(() => ({ actor: null as UserActor | null, acceptLanguage: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(request.acceptLanguage ? { "accept-language": request.acceptLanguage } : {}),
}));

const { updateMyLanguageAction } = await import("@/app/(app)/settings/language/actions");
const { resetPasswordAction } = await import("@/app/(auth)/actions");
const { bulkSetLifecycleAction } = await import("@/app/(app)/systems/actions");

const fieldError = (result: { ok: boolean; fieldErrors?: Record<string, string[]> }, name: string) =>
  result.ok ? null : result.fieldErrors?.[name]?.[0];

describe("an action's errors in the person's language", () => {
  let org: Awaited<ReturnType<typeof createOrganization>>;
  beforeEach(async () => {
    org = await createOrganization("Action language");
    request.acceptLanguage = null;
  });

  it("tells a person who chose German what is wrong in German, and a person with no choice in English", async () => {
    request.actor = { ...org.admin, locale: "de" };
    const german = await updateMyLanguageAction({ locale: "xx" } as never);
    expect(fieldError(german, "locale")).toBe("Wählen Sie eine Sprache oder die Ihres Browsers.");
    expect(german.ok ? null : german.error).toBe("Bitte korrigieren Sie die markierten Felder.");

    request.actor = org.admin;
    const english = await updateMyLanguageAction({ locale: "xx" } as never);
    expect(fieldError(english, "locale")).toBe("Choose a language, or to follow your browser.");
  });

  it("follows the browser's language when the person chose none, and their choice over the browser's", async () => {
    request.actor = org.admin;
    request.acceptLanguage = "fr-FR,fr;q=0.9,en;q=0.5";
    const french = await updateMyLanguageAction({ locale: "xx" } as never);
    expect(fieldError(french, "locale")).toBe("Choisissez une langue, ou celle de votre navigateur.");

    request.actor = { ...org.admin, locale: "de" };
    const german = await updateMyLanguageAction({ locale: "xx" } as never);
    expect(fieldError(german, "locale")).toBe("Wählen Sie eine Sprache oder die Ihres Browsers.");
  });

  it("translates a public action's errors, numbers included, by the browser's language", async () => {
    request.actor = null;
    request.acceptLanguage = "de";
    const result = await resetPasswordAction({ token: "x".repeat(43), password: "short", confirmPassword: "other" });
    expect(fieldError(result, "password")).toBe("Verwenden Sie mindestens 12 Zeichen.");
  });

  it("words a bulk edit's refusals, with their counts and the person who changed a system, in German and French", async () => {
    const systemId = await createSystem(org.organizationId, "Kreditwürdigkeit");
    const gone = { id: "c000000000000000000000000", version: 1 };
    request.actor = { ...org.admin, locale: "de" };
    const missing = await bulkSetLifecycleAction({ systems: [gone], lifecycleStage: "PILOT" });
    expect(missing.ok ? null : missing.error).toBe(
      "1 ausgewähltes KI-System existiert nicht mehr oder gehört zu einer anderen Organisation. Es wurde nichts geändert; laden Sie die Liste neu.",
    );

    request.actor = { ...org.admin, locale: "fr" };
    const stale = await bulkSetLifecycleAction({ systems: [{ id: systemId, version: 99 }], lifecycleStage: "PILOT" });
    // No one is recorded as the editor of a factory-made system; the time is written the French way.
    expect(stale.ok ? null : stale.error).toMatch(
      /^« Kreditwürdigkeit » a été modifié par quelqu'un d'autre le \d{1,2} [a-zéû]+\.? \d{4}, \d{2}:\d{2} UTC ; rechargez la page pour voir ces modifications\. Votre sélection est conservée\.$/,
    );
  });
});
