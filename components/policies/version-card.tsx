import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { PolicyVersionDTO } from "@/lib/dal/policies/policies";
import { formatDateIn } from "@/lib/i18n/format";
import { getPolicyLabels } from "./policy-labels";
import { PolicyText } from "./policy-text";
import { STATUS_TONES } from "./policy-list";

// One version's text with who wrote, submitted, approved and published it; the controls of its next step below.
export async function VersionCard({
  version,
  title,
  children,
}: {
  version: PolicyVersionDTO;
  title: string;
  children?: ReactNode;
}) {
  const [t, labels, locale] = await Promise.all([getTranslations("PolicyPage"), getPolicyLabels(), getLocale()]);
  const date = (d: Date) => formatDateIn(locale, d);
  const v = version;
  const facts = [
    v.authorName && t("writtenBy", { name: v.authorName }),
    v.submittedByName && t("submittedBy", { name: v.submittedByName }),
    v.approvedAt &&
      `${t("approvedBy", { name: v.approvedByLabel, date: date(v.approvedAt) })}${v.selfApproved ? t("selfApproved") : ""}`,
    v.publishedAt && t("publishedOn", { date: date(v.publishedAt) }),
    v.retiredAt && t("retiredOn", { date: date(v.retiredAt) }),
  ].filter(Boolean);
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
        <div>
          <h2 className="text-base font-semibold text-slate-900">{title}</h2>
          <p className="mt-0.5 text-sm text-slate-600">
            {facts.join(", ") || t("startedOn", { date: date(v.createdAt) })}
          </p>
          {v.changeNote && <p className="mt-1 text-sm text-slate-700">{t("change", { note: v.changeNote })}</p>}
        </div>
        <Badge tone={STATUS_TONES[v.status]}>{labels.status(v.status)}</Badge>
      </div>
      <div
        className="max-h-[32rem] overflow-y-auto px-5 py-4"
        tabIndex={0}
        role="region"
        aria-label={t("textRegion", { title })}
      >
        <PolicyText body={v.body} />
      </div>
      {children && <div className="flex flex-wrap gap-3 border-t border-slate-200 px-5 py-4">{children}</div>}
    </Card>
  );
}
