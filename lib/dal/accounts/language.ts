import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import {
  FOLLOW_BROWSER,
  ZDocumentLanguage,
  ZMyLanguage,
  type TDocumentLanguage,
  type TMyLanguage,
} from "@/lib/validations/language";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";

export type LanguageSettingsDTO = {
  myLocale: Locale | null;
  documentLocale: Locale;
  canChangeDocumentLocale: boolean;
};

function asLocale(value: string | null): Locale | null {
  return isLocale(value) ? value : null;
}

// A person's language is theirs, not the organisation's: only people (never API tokens) have one.
async function person(actor: Actor) {
  const member = await authorize(actor, "notification.read");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "A language belongs to a person, not an API token.");
  return member;
}

export async function getLanguageSettings(actor: Actor): Promise<LanguageSettingsDTO> {
  const member = await person(actor);
  const [user, organization] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: member.userId }, select: { locale: true } }),
    db().organization.findUniqueOrThrow({ where: { id: member.organizationId }, select: { documentLocale: true } }),
  ]);
  return {
    myLocale: asLocale(user.locale),
    documentLocale: asLocale(organization.documentLocale) ?? DEFAULT_LOCALE,
    canChangeDocumentLocale: member.role === "ADMIN",
  };
}

export async function updateMyLanguage(actor: Actor, raw: TMyLanguage): Promise<Locale | null> {
  const member = await person(actor);
  const { locale } = ZMyLanguage.parse(raw);
  const after = locale === FOLLOW_BROWSER ? null : locale;
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: member.userId }, select: { locale: true } });
    await tx.user.update({ where: { id: member.userId }, data: { locale: after } });
    await writeAudit(tx, member, {
      action: "user.locale_updated",
      entityType: "User",
      entityId: member.userId,
      before: { locale: before.locale },
      after: { locale: after },
    });
  });
  return after;
}

// Administrators only: every document the organisation seals from now on is written in this language.
export async function updateDocumentLanguage(actor: Actor, raw: TDocumentLanguage): Promise<Locale> {
  const member = await authorize(actor, "organization.manage");
  const { documentLocale } = ZDocumentLanguage.parse(raw);
  await db().$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: member.organizationId },
      select: { documentLocale: true },
    });
    await tx.organization.update({ where: { id: member.organizationId }, data: { documentLocale } });
    await writeAudit(tx, member, {
      action: "organization.document_locale_updated",
      entityType: "Organization",
      entityId: member.organizationId,
      before,
      after: { documentLocale },
    });
  });
  return documentLocale;
}
