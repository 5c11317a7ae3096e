import { glossaryDe } from "./de";
import { glossaryEn } from "./en";
import { glossaryFr } from "./fr";
import type { Glossary } from "./types";

export { GLOSSARY_TERM_IDS, type Glossary, type GlossaryTerm, type GlossaryTermId } from "./types";

// Keyed by the interface's locale codes (lib/i18n/locales.ts); lib/rules cannot import that file, so a test holds
// the two lists equal.
export const GLOSSARIES: Record<string, Glossary> = { en: glossaryEn, de: glossaryDe, fr: glossaryFr };
