import { useLocale, useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { useSystemBadgeLabels } from "@/components/system-badges";
import { describedBy, FieldErrorText } from "@/components/ui/field";
import { ROLE_LABELS, type Obligation } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import type { TierCode } from "@/lib/validations/system-fields";

type Props = {
  removed: Obligation[];
  engineTier: TierCode;
  overrideTier: TierCode;
  error?: string;
  checkbox: ComponentProps<"input">;
};

// Before a lower tier is recorded, the lawyer sees what it takes away and ticks that they mean it.
export function OverrideConfirm({ removed, engineTier, overrideTier, error, checkbox }: Props) {
  const t = useTranslations("ClassificationReviewForms");
  const locale = useLocale();
  const labels = useSystemBadgeLabels();
  // German capitalises nouns, so its role names keep their capital inside a sentence.
  const role = (o: Obligation) => {
    const label = ruleText(locale, ROLE_LABELS[o.role]);
    return locale === "de" ? label : label.toLowerCase();
  };
  const id = "review-confirm-removals";
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-3 text-sm text-amber-950">
      <p className="font-medium">
        {t("removes", {
          override: labels.tier(overrideTier),
          engine: labels.tier(engineTier),
          count: removed.length,
        })}
      </p>
      <ul className="max-h-48 list-disc space-y-0.5 overflow-y-auto pl-5" aria-label={t("removesLabel")}>
        {removed.map((o) => (
          <li key={`${o.code}|${o.role}`}>
            {ruleText(locale, o.title)}{" "}
            <span className="text-amber-900">
              ({o.article}, {role(o)})
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
        {t("confirmRemovals")}
      </label>
      <FieldErrorText id={id} error={error} />
    </div>
  );
}
