import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { languageNameIn } from "@/lib/i18n/language-name";
import type { Locale } from "@/lib/i18n/locales";

/** What a signature seals: its reason is the /Reason a PDF reader shows beside the signer. */
export type SignedDocument =
  | { kind: "dossier"; version: number; draft: boolean }
  | { kind: "rendition"; version: number; draft: boolean; sealedIn: Locale }
  | { kind: "portfolio"; version: number }
  | { kind: "soa"; framework: string }
  | { kind: "literacy" }
  | { kind: "deployerPack" }
  | { kind: "incident"; reference: string }
  | { kind: "policy"; title: string; number: number };

/**
 * The signature's reason in the language the document is rendered in, so a reader's signature panel speaks the
 * document's language; languages are named in it too ("auf Englisch", "en anglais").
 */
export function signatureReasonIn(locale: Locale, doc: SignedDocument): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "SignatureReasons" });
  switch (doc.kind) {
    case "dossier":
      return doc.draft ? t("dossierDraft", { version: doc.version }) : t("dossier", { version: doc.version });
    case "rendition": {
      const values = {
        version: doc.version,
        language: languageNameIn(locale, locale),
        sealedLanguage: languageNameIn(locale, doc.sealedIn),
      };
      return doc.draft ? t("renditionDraft", values) : t("rendition", values);
    }
    case "portfolio":
      return t("portfolio", { version: doc.version });
    case "soa":
      return t("soa", { framework: doc.framework });
    case "literacy":
      return t("literacy");
    case "deployerPack":
      return t("deployerPack");
    case "incident":
      return t("incident", { reference: doc.reference });
    case "policy":
      return t("policy", { title: doc.title, number: doc.number });
  }
}
