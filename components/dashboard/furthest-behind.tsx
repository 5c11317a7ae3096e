import Link from "next/link";
import { useTranslations } from "next-intl";
import { ClassificationBadges } from "@/components/system-badges";
import type { DispositionCode } from "@/lib/classification/codes";
import type { BehindSystem } from "@/lib/dal/dashboard/dashboard";
import { READINESS_COLORS } from "@/lib/dashboard/palette";
import { percent } from "@/lib/dashboard/view-model";
import type { TierCode } from "@/lib/validations/system-fields";

// The systems with the smallest share of their applicable obligations done, each linking to its checklist.
export function FurthestBehind({ systems }: { systems: BehindSystem[] }) {
  const t = useTranslations("DashboardParts");
  if (systems.length === 0) {
    return <p className="text-sm text-slate-600">{t("noneBehind")}</p>;
  }
  return (
    <ol className="space-y-3">
      {systems.map((s) => {
        const pct = percent(s.done, s.applicable);
        return (
          <li key={s.id}>
            <div className="flex items-center justify-between gap-3 text-sm">
              <Link
                href={`/systems/${s.id}/obligations`}
                className="truncate font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                {s.name}
              </Link>
              <ClassificationBadges
                system={{
                  tier: s.tier as TierCode | null,
                  possibleTier: s.possibleTier as TierCode | null,
                  disposition: s.disposition as DispositionCode | null,
                }}
              />
            </div>
            <div className="mt-1 flex items-center gap-3">
              <div
                className="h-2 flex-1 overflow-hidden rounded-full ring-1 ring-slate-400 ring-inset"
                style={{ backgroundColor: READINESS_COLORS.open }}
                aria-hidden="true"
              >
                <div
                  className="h-full rounded-full"
                  style={{ width: `${pct}%`, backgroundColor: READINESS_COLORS.done }}
                />
              </div>
              <span className="w-36 text-right text-xs tabular-nums text-slate-700">
                {t("behindDone", { done: s.done, applicable: s.applicable, pct })}
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
