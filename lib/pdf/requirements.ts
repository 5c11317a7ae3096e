import type { DossierClassification } from "./snapshot";

export type DocumentationDuties = { annexIv: boolean; derogation: boolean; fria: boolean; registration: boolean };

// Which written records the law asks for, read from the classification's facets: Annex IV technical documentation
// for the provider of a high-risk system (Art 11; a product manufacturer is the provider under Art 25(3)), the
// Art 6(4) record where a provider relies on the Art 6(3) derogation, and the FRIA where Art 27 requires one.
export function documentationDuties(classification: DossierClassification | null): DocumentationDuties {
  if (!classification) return { annexIv: false, derogation: false, fria: false, registration: false };
  const { facets, roles } = classification.result;
  const provider = roles.includes("provider") || roles.includes("product_manufacturer");
  return {
    annexIv: facets.highRisk !== null && provider,
    derogation: facets.derogation.claimed,
    fria: facets.friaRequired,
    registration: facets.registrationRequired,
  };
}
