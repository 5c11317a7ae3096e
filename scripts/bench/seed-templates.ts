// Classification templates for the benchmark data: the demo organisation's 33 systems, each classified once by the
// real rules engine. Every benchmark system copies one template, so its tier, roles, stored run and obligations are
// exactly what the engine derives for those answers (the app relies on that consistency), while names, units,
// owners and vendors vary per system.
import { toDispositionCode, toTierCode } from "../../lib/classification/codes";
import { pruneAnswers } from "../../lib/classification/prune-answers";
import { classify, type ClassificationResult, type TSystemProfile } from "../../lib/rules";
import { DEMO_PROFILES } from "../../prisma/seed/demo-profiles";
import type { DemoSystem } from "../../prisma/seed/demo-system-type";
import { DEMO_SYSTEMS } from "../../prisma/seed/seed-demo";

export type Template = {
  index: number;
  system: DemoSystem;
  /** Undefined for a system left unclassified (no run, no obligations). */
  run?: { answers: TSystemProfile; result: ClassificationResult; tier: string; disposition: string; roles: string[] };
};

export function buildTemplates(asOf: string): Template[] {
  return DEMO_SYSTEMS.map((system, index) => {
    const profile = DEMO_PROFILES[system.name];
    if (!profile) return { index, system };
    const answers = pruneAnswers(profile);
    const result = classify(answers, { asOf });
    return {
      index, system,
      run: { answers, result, tier: toTierCode(result.tier), disposition: toDispositionCode(result.disposition), roles: [...result.roles] },
    };
  });
}

/** The template with the most obligations: the base of the 300-obligation dossier system. */
export function largestTemplate(templates: Template[]): Template {
  return templates.reduce((best, t) => ((t.run?.result.obligations.length ?? 0) > (best.run?.result.obligations.length ?? 0) ? t : best));
}
