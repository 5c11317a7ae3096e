import { TierBadge } from "@/components/system-badges";
import { toTierCode } from "@/lib/classification/codes";
import type { Tier } from "@/lib/rules";

export function EngineTierBadge({ tier }: { tier: Tier }) {
  return <TierBadge tier={toTierCode(tier)} />;
}
