import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { DispositionCode } from "@/lib/classification/codes";
import { couldBeText, NOT_DETERMINED, type StoredClassification } from "@/lib/classification/display";
import { LIFECYCLE_LABELS, TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";

const TIER_TONES: Record<TierCode, BadgeTone> = {
  PROHIBITED: "red",
  HIGH: "orange",
  LIMITED: "amber",
  GPAI: "violet",
  GPAI_SYSTEMIC: "violet",
  MINIMAL: "green",
  OUT_OF_SCOPE: "neutral",
};

/** The tier alone. For a system's current classification use ClassificationBadges, which knows "not determined yet". */
export function TierBadge({ tier }: { tier: TierCode | null }) {
  if (!tier) return <Badge tone="neutral">Not classified</Badge>;
  return <Badge tone={TIER_TONES[tier]}>{TIER_DISPLAY[tier]}</Badge>;
}

export function DispositionBadge({ disposition }: { disposition: DispositionCode | null }) {
  if (disposition === "UNDETERMINED") return <Badge tone="blue">{NOT_DETERMINED}</Badge>;
  if (disposition !== "REQUIRES_REVIEW") return null;
  return <Badge tone="blue">Requires review</Badge>;
}

// While undetermined the stored tier is only a floor: it is never shown, the ceiling is ("could be High-risk").
/** The tier alone where space is short (pickers, table sub-lines); an undetermined result still never shows its floor. */
export function TierOrUndeterminedBadge({ system }: { system: StoredClassification }) {
  return system.disposition === "UNDETERMINED" ? (
    <ClassificationBadges system={system} />
  ) : (
    <TierBadge tier={system.tier} />
  );
}

export function ClassificationBadges({ system }: { system: StoredClassification }) {
  if (system.disposition === "UNDETERMINED") {
    return (
      <span className="inline-flex flex-wrap items-center gap-1.5" data-disposition="undetermined">
        <DispositionBadge disposition="UNDETERMINED" />
        <span className="text-xs text-slate-700">{couldBeText(system)}</span>
      </span>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <TierBadge tier={system.tier} />
      <DispositionBadge disposition={system.disposition} />
    </span>
  );
}

export function LifecycleLabel({ stage }: { stage: keyof typeof LIFECYCLE_LABELS }) {
  return <>{LIFECYCLE_LABELS[stage]}</>;
}
