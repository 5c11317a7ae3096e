import "server-only";
import type { Tx } from "@/lib/db/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

// The organisation's document language (Settings → Language): what records written for it are kept in (dossiers,
// drafts the system opens itself). English for a value Actlas no longer speaks.
export async function documentLocaleOf(client: Pick<Tx, "organization">, organizationId: string): Promise<Locale> {
  const org = await client.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { documentLocale: true },
  });
  return asDocumentLocale(org.documentLocale);
}

/** A stored document language as one Actlas speaks: English for a value it no longer does. */
export function asDocumentLocale(stored: string | null | undefined): Locale {
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}
