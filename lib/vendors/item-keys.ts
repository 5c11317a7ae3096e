import { useTranslations } from "next-intl";
import type { RequestItemKind } from "./catalogue";

// The catalogue (catalogue.ts) holds each kind's English title and ask; these are their messages in the RespondItems
// namespace, so the supplier's page, the request form and the request page name an item alike in every language.
export const ITEM_KEYS = {
  instructions_for_use: { title: "instructionsTitle", ask: "instructionsAsk" },
  declaration_of_conformity: { title: "declarationTitle", ask: "declarationAsk" },
  ce_marking: { title: "markingTitle", ask: "markingAsk" },
  registration_number: { title: "registrationTitle", ask: "registrationAsk" },
  gpai_information: { title: "gpaiTitle", ask: "gpaiAsk" },
  art6_3_assessment: { title: "assessmentTitle", ask: "assessmentAsk" },
  question: { title: "questionTitle", ask: "questionAsk" },
} as const satisfies Record<RequestItemKind, { title: string; ask: string }>;

/** An item's title in the reader's language, for client components (server ones use ITEM_KEYS with getTranslations). */
export function useItemTitle(): (kind: RequestItemKind) => string {
  const t = useTranslations("RespondItems");
  return (kind) => t(ITEM_KEYS[kind].title);
}
