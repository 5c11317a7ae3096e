import { Badge, type BadgeTone } from "@/components/ui/badge";
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

export function TierBadge({ tier }: { tier: TierCode | null }) {
  if (!tier) return <Badge tone="neutral">Not classified</Badge>;
  return <Badge tone={TIER_TONES[tier]}>{TIER_DISPLAY[tier]}</Badge>;
}

export function DispositionBadge({ disposition }: { disposition: "FINAL" | "REQUIRES_REVIEW" | null }) {
  if (disposition !== "REQUIRES_REVIEW") return null;
  return <Badge tone="blue">Requires review</Badge>;
}

export function LifecycleLabel({ stage }: { stage: keyof typeof LIFECYCLE_LABELS }) {
  return <>{LIFECYCLE_LABELS[stage]}</>;
}
