import { diffResults, type ClassificationResult, type Obligation } from "@/lib/rules";
import type { TierCode } from "@/lib/validations/system-fields";

// What a legal override of the tier takes away: the duties the engine derived because of a tier the override sets
// aside. Duties stack (Art 50 transparency and GPAI duties sit on top of any tier, AI literacy and an Art 6(3)
// record apply to every system in scope), so each family is kept by the tiers that carry it, by code prefix.

type Family = "general" | "transparency" | "gpai" | "high" | "prohibited";

const FAMILY_BY_PREFIX: [string, Family][] = [
  ["prohibited.", "prohibited"],
  ["rbi.", "prohibited"],
  ["hr.", "high"],
  ["sectoral.", "high"],
  ["legacy.", "high"],
  ["gpai.", "gpai"],
  ["art50.", "transparency"],
];

const KEPT_BY_TIER: Record<TierCode, readonly Family[]> = {
  OUT_OF_SCOPE: [],
  MINIMAL: ["general"],
  LIMITED: ["general", "transparency"],
  GPAI: ["general", "transparency", "gpai"],
  GPAI_SYSTEMIC: ["general", "transparency", "gpai"],
  HIGH: ["general", "transparency", "gpai", "high"],
  PROHIBITED: ["general", "transparency", "gpai", "high", "prohibited"],
};

const familyOf = (o: Pick<Obligation, "code">): Family =>
  FAMILY_BY_PREFIX.find(([prefix]) => o.code.startsWith(prefix))?.[1] ?? "general";

/** The engine's obligations that the tier set by an override no longer carries (empty when nothing is lost). */
export function overrideRemovals(result: ClassificationResult, overrideTier: TierCode): Obligation[] {
  const kept = KEPT_BY_TIER[overrideTier];
  const overridden = { ...result, obligations: result.obligations.filter((o) => kept.includes(familyOf(o))) };
  return diffResults(result, overridden).obligations.removed;
}
