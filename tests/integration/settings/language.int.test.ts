import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { createAuthSession, resolveSession } from "@/lib/dal/accounts/internal/sessions";
import { getLanguageSettings } from "@/lib/dal/accounts/language";
import { addMember, createOrganization } from "../../helpers/factories";

// The settings actions are exercised whole (session → zod → DAL); only the Next.js request context is stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { updateDocumentLanguageAction, updateMyLanguageAction } = await import("@/app/(app)/settings/language/actions");

const storedLocale = async (userId: string) =>
  (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } })).locale;
const documentLocale = async (organizationId: string) =>
  (await db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { documentLocale: true } }))
    .documentLocale;

describe("a person's language and the organisation's document language", () => {
  let org: Awaited<ReturnType<typeof createOrganization>>;
  beforeEach(async () => {
    org = await createOrganization("Language");
  });

  it("stores the person's choice, carries it on their session, and forgets it when they follow the browser", async () => {
    const auditor = await addMember(org.organizationId, "AUDITOR");
    session.actor = auditor;
    expect(await updateMyLanguageAction({ locale: "de" })).toEqual({ ok: true, data: { locale: "de" } });
    expect(await storedLocale(auditor.userId)).toBe("de");
    const { sessionId } = await createAuthSession(auditor.userId, org.organizationId);
    expect((await resolveSession(sessionId))?.locale).toBe("de");
    expect((await getLanguageSettings(auditor)).myLocale).toBe("de");

    expect(await updateMyLanguageAction({ locale: "browser" })).toEqual({ ok: true, data: { locale: null } });
    expect(await storedLocale(auditor.userId)).toBeNull();
    expect(await resolveSession(sessionId)).not.toHaveProperty("locale");
    const audit = await db().auditEvent.findMany({
      where: { organizationId: org.organizationId, action: "user.locale_updated" },
      orderBy: { sequence: "asc" },
    });
    expect(audit.map((e) => e.after)).toEqual([{ locale: "de" }, { locale: null }]);
  });

  it("refuses a language Actlas does not speak, next to the field", async () => {
    session.actor = org.admin;
    const result = await updateMyLanguageAction({ locale: "xx" } as never);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.fieldErrors?.locale).toBeTruthy();
    expect(await storedLocale(org.admin.userId)).toBeNull();
  });

  it("lets only administrators change the document language of their own organisation", async () => {
    const officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    session.actor = officer;
    const refused = await updateDocumentLanguageAction({ documentLocale: "fr" });
    expect(refused.ok ? "ok" : refused.code).toBe("FORBIDDEN");
    expect(await documentLocale(org.organizationId)).toBe("en");
    expect((await getLanguageSettings(officer)).canChangeDocumentLocale).toBe(false);

    const other = await createOrganization("Other");
    session.actor = org.admin;
    expect(await updateDocumentLanguageAction({ documentLocale: "fr" })).toEqual({
      ok: true,
      data: { documentLocale: "fr" },
    });
    expect(await documentLocale(org.organizationId)).toBe("fr");
    expect(await documentLocale(other.organizationId)).toBe("en");
    expect(await getLanguageSettings(org.admin)).toEqual({
      myLocale: null,
      documentLocale: "fr",
      canChangeDocumentLocale: true,
    });
  });
});
