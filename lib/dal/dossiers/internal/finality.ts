import "server-only";
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { blockingGaps, dossierGaps, type DossierGap } from "@/lib/pdf/gaps";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { DossierFinality } from "@/lib/pdf/snapshot";
import type { DossierSource } from "./snapshot";

/** What the exporter asked for; AUTO (bulk export) seals a final version when nothing blocks it, else a draft. */
export type FinalityChoice = DossierFinality | "AUTO";

/**
 * Decides draft or final on the server from the data being sealed, whatever the browser sent: a final version with
 * a blocking gap is refused and the gaps are named, in `readerLocale` (the person exporting, not the PDF's language).
 */
export function decideFinality(
  source: DossierSource,
  choice: FinalityChoice,
  readerLocale: Locale = DEFAULT_LOCALE,
): DossierFinality {
  const blocking = blockingGaps(dossierGaps(source, readerLocale));
  if (choice === "AUTO") return blocking.length ? "DRAFT" : "FINAL";
  if (choice === "FINAL" && blocking.length) {
    const message = finalRefusal(blocking, readerLocale);
    throw new AppError("VALIDATION", message, { fieldErrors: { finality: [message] } });
  }
  return choice;
}

function finalRefusal(blocking: DossierGap[], locale: Locale): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "DossierGaps" });
  return t("finalRefused", { gaps: blocking.map((g) => g.title).join("; ") });
}
