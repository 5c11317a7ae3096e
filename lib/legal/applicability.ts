import { ROLE_LABELS, type ClassificationResult } from "@/lib/rules";

export type RecordKindCode = "ANNEX_IV" | "DEROGATION" | "FRIA";
export type Applicability = { applies: boolean; reason: string };
export type DocumentationApplicability = Record<RecordKindCode, Applicability>;

const NOT_CLASSIFIED = "Classify the system first: whether the law asks for this record depends on the classification.";

// Which written records the law asks for, read from the current classification run (the engine decides, the app
// does not second-guess it): Annex IV for the provider of a high-risk system (Art 11; a product manufacturer is the
// provider under Art 25(3)), the Art 6(4) record where a provider relies on Art 6(3), and the FRIA where Art 27
// requires one. Each "no" carries the reason in plain words.
export function documentationApplicability(result: ClassificationResult | null): DocumentationApplicability {
  if (!result) {
    const no = { applies: false, reason: NOT_CLASSIFIED };
    return { ANNEX_IV: no, DEROGATION: no, FRIA: no };
  }
  const { facets, roles } = result;
  const provider = roles.includes("provider") || roles.includes("product_manufacturer");
  const roleNames = roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(", ") || "none";
  const annexIv: Applicability =
    facets.highRisk === null
      ? {
          applies: false,
          reason:
            "The current classification is not high-risk, so no Annex IV technical documentation is required (Art 11 applies to high-risk systems only).",
        }
      : provider
        ? {
            applies: true,
            reason:
              "Your organisation is the provider of a high-risk system: it must draw up this documentation before placing the system on the market or putting it into service (Art 11(1)).",
          }
        : {
            applies: false,
            reason: `Your organisation is not the provider of this high-risk system (its roles: ${roleNames}). The provider draws up the Annex IV documentation; ask it for the instructions for use (Art 13).`,
          };
  const derogation: Applicability = facets.derogation.claimed
    ? {
        applies: true,
        reason:
          "The classification relies on an Art 6(3) condition, so the assessment must be documented before the system is placed on the market or put into service, and the system registered (Art 6(4), Art 49(2)).",
      }
    : {
        applies: false,
        reason:
          "The classification does not rely on an Art 6(3) condition. This record is only needed where a provider claims that an Annex III system is not high-risk.",
      };
  const fria: Applicability = facets.friaRequired
    ? {
        applies: true,
        reason:
          "Art 27 requires a fundamental rights impact assessment before this system is first used, and the market surveillance authority must be notified of its results.",
      }
    : {
        applies: false,
        reason:
          "The current classification does not require a FRIA. Art 27 applies to deployers of Annex III high-risk systems that are public bodies or provide public services, and to any deployer of credit-scoring or life and health insurance pricing systems (Annex III 5(b), 5(c)).",
      };
  return { ANNEX_IV: annexIv, DEROGATION: derogation, FRIA: fria };
}
