import type { Locale } from "@/lib/i18n/locales";
import { subcategoryOf } from "../nist-ai-600-1";
import type { Control, Framework, FrameworkId } from "../types";
import { standardsDe } from "./de";
import { standardsFr } from "./fr";
import type { StandardsCatalogue } from "./types";

// The crosswalk's own words in German and French. lib/standards stays English because it is also the API's answer and
// the source of the ids; these are read where a person or a document in that language shows a control. Anything
// missing falls back to the English, so a new control is never blank (the unit tests name it instead).

export const STANDARDS_CATALOGUES: Partial<Record<Locale, StandardsCatalogue>> = { de: standardsDe, fr: standardsFr };

type ControlLike = Pick<Control, "id" | "title" | "group">;

export function controlTitleIn(locale: Locale, framework: FrameworkId, control: ControlLike): string {
  return STANDARDS_CATALOGUES[locale]?.titles[framework][control.id] ?? control.title;
}

export function controlGroupIn(locale: Locale, framework: FrameworkId, control: ControlLike): string {
  const catalogue = STANDARDS_CATALOGUES[locale];
  if (!catalogue) return control.group;
  if (framework !== "nist-ai-600-1") return catalogue.groups[control.group] ?? control.group;
  // "GOVERN 1.6 Keep an inventory of AI systems": the subcategory with our title of it, as the English composes it.
  const subcategory = subcategoryOf(control.id);
  const title = catalogue.titles["nist-ai-rmf"][subcategory];
  return title ? `${subcategory} ${title}` : control.group;
}

export function editionIn(locale: Locale, framework: Pick<Framework, "id" | "edition">): string {
  return STANDARDS_CATALOGUES[locale]?.editions[framework.id] ?? framework.edition;
}

/** A row of the Statement of Applicability (or anything with a control's id, group and title) in `locale`. */
export function localizeControlRow<T extends { controlId: string; group: string; title: string }>(
  locale: Locale,
  framework: FrameworkId,
  row: T,
): T {
  const control = { id: row.controlId, group: row.group, title: row.title };
  return {
    ...row,
    title: controlTitleIn(locale, framework, control),
    group: controlGroupIn(locale, framework, control),
  };
}
