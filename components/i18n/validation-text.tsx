"use client";
import { createContext, useContext, type ReactNode } from "react";
import { catalogueText } from "@/lib/validations/i18n/translate";
import type { ValidationCatalogue } from "@/lib/validations/i18n/types";

type Reader = { locale: string; catalogue: ValidationCatalogue };

const ValidationCatalogueContext = createContext<Reader | null>(null);

/**
 * The reader's validation catalogue, given once by the root layout. The browser receives one language's entries as
 * data, never every language's catalogue in its JavaScript, and an English reader receives none.
 */
export function ValidationTextProvider({ children, ...reader }: Reader & { children: ReactNode }) {
  return <ValidationCatalogueContext value={reader}>{children}</ValidationCatalogueContext>;
}

// The schemas' English messages in the reader's language. Without a provider above (a component rendered on its own)
// the text stays English rather than failing the render. The data layer's refusals that splice in names are worded
// on the server (lib/action.ts), so the catalogue's plain entries are all a client component needs.
export function useValidationText(): (english: string) => string {
  const reader = useContext(ValidationCatalogueContext);
  return (english) => (reader ? (catalogueText(reader.catalogue, reader.locale, english) ?? english) : english);
}
