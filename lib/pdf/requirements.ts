import { documentationApplicability } from "@/lib/legal/applicability";
import type { DossierClassification } from "./snapshot";

export type DocumentationDuties = { annexIv: boolean; derogation: boolean; fria: boolean; registration: boolean };

// Which written records the law asks for, read from the classification's facets; the same rule as the
// Documentation tab (lib/legal/applicability), so the PDF and the app never disagree.
export function documentationDuties(classification: DossierClassification | null): DocumentationDuties {
  const a = documentationApplicability(classification?.result ?? null);
  return {
    annexIv: a.ANNEX_IV.applies,
    derogation: a.DEROGATION.applies,
    fria: a.FRIA.applies,
    registration: classification?.result.facets.registrationRequired ?? false,
  };
}
