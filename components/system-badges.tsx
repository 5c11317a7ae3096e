import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { DispositionCode } from "@/lib/classification/codes";
import { NOT_DETERMINED, plannedTier, type StoredClassification } from "@/lib/classification/display";
import { LIFECYCLE_LABELS, TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";
import { LIFECYCLE_KEYS, TIER_KEYS } from "@/lib/validations/value-keys";

const TIER_TONES: Record<TierCode, BadgeTone> = {
  PROHIBITED: "red",
  HIGH: "orange",
  LIMITED: "amber",
  GPAI: "violet",
  GPAI_SYSTEMIC: "violet",
  MINIMAL: "green",
  OUT_OF_SCOPE: "neutral",
};

type LifecycleStage = keyof typeof LIFECYCLE_LABELS;

/**
 * The badges' words in the reader's language. These badges also render inside client trees of pages that do not send
 * the "SystemBadges" namespace (another area's page): there they keep the English label rather than a key name.
 */
export function useSystemBadgeLabels() {
  const t = useTranslations("SystemBadges");
  const say = (key: Parameters<typeof t>[0], english: string, values?: Record<string, string>) =>
    t.has(key) ? t(key, values) : english.replace("{tier}", values?.tier ?? "");
  return {
    tier: (tier: TierCode) => say(TIER_KEYS[tier], TIER_DISPLAY[tier]),
    lifecycle: (stage: LifecycleStage) => say(LIFECYCLE_KEYS[stage], LIFECYCLE_LABELS[stage]),
    notClassified: () => say("notClassified", "Not classified"),
    notDetermined: () => say("notDetermined", NOT_DETERMINED),
    requiresReview: () => say("requiresReview", "Requires review"),
    couldBe: (s: StoredClassification) => {
      const tier = plannedTier(s);
      if (!tier) return "";
      const label = say(TIER_KEYS[tier], TIER_DISPLAY[tier]);
      return say("couldBe", "could be {tier}", { tier: label });
    },
  };
}

/** The tier alone. For a system's current classification use ClassificationBadges, which knows "not determined yet". */
export function TierBadge({ tier }: { tier: TierCode | null }) {
  const labels = useSystemBadgeLabels();
  if (!tier) return <Badge tone="neutral">{labels.notClassified()}</Badge>;
  return <Badge tone={TIER_TONES[tier]}>{labels.tier(tier)}</Badge>;
}

export function DispositionBadge({ disposition }: { disposition: DispositionCode | null }) {
  const labels = useSystemBadgeLabels();
  if (disposition === "UNDETERMINED") return <Badge tone="blue">{labels.notDetermined()}</Badge>;
  if (disposition !== "REQUIRES_REVIEW") return null;
  return <Badge tone="blue">{labels.requiresReview()}</Badge>;
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
  const labels = useSystemBadgeLabels();
  if (system.disposition === "UNDETERMINED") {
    return (
      <span className="inline-flex flex-wrap items-center gap-1.5" data-disposition="undetermined">
        <DispositionBadge disposition="UNDETERMINED" />
        <span className="text-xs text-slate-700">{labels.couldBe(system)}</span>
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

export function LifecycleLabel({ stage }: { stage: LifecycleStage }) {
  const labels = useSystemBadgeLabels();
  return <>{labels.lifecycle(stage)}</>;
}
