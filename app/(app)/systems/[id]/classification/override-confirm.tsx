import type { ComponentProps } from "react";
import { describedBy, FieldErrorText } from "@/components/ui/field";
import { ROLE_LABELS, type Obligation } from "@/lib/rules";
import { TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";
import { countPhrase } from "@/lib/plural";

type Props = {
  removed: Obligation[];
  engineTier: TierCode;
  overrideTier: TierCode;
  error?: string;
  checkbox: ComponentProps<"input">;
};

// Before a lower tier is recorded, the lawyer sees what it takes away and ticks that they mean it.
export function OverrideConfirm({ removed, engineTier, overrideTier, error, checkbox }: Props) {
  const id = "review-confirm-removals";
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-3 text-sm text-amber-950">
      <p className="font-medium">
        {TIER_DISPLAY[overrideTier]} instead of {TIER_DISPLAY[engineTier]} takes{" "}
        {countPhrase(removed.length, "obligation")} off this system:
      </p>
      <ul className="max-h-48 list-disc space-y-0.5 overflow-y-auto pl-5" aria-label="Obligations the override removes">
        {removed.map((o) => (
          <li key={`${o.code}|${o.role}`}>
            {o.title}{" "}
            <span className="text-amber-900">
              ({o.article}, {ROLE_LABELS[o.role].toLowerCase()})
            </span>
          </li>
        ))}
      </ul>
      <label htmlFor={id} className="flex items-start gap-2 font-medium">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-indigo-700"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error)}
          {...checkbox}
        />
        I have checked these obligations and confirm the override.
      </label>
      <FieldErrorText id={id} error={error} />
    </div>
  );
}
