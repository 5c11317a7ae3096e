import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ClassificationBadges } from "@/components/system-badges";
import { Card } from "@/components/ui/card";
import type { ReviewQueueItemDTO } from "@/lib/dal/classification/review-requests";
import { formatDateTimeIn } from "@/lib/i18n/format";

// Legal's queue as cards (they read on a phone as on a desk): the system, its tier and review state, the question,
// who asked and since when, and how many questions the result leaves open. Newest waiting first.
export function ReviewQueue({ items }: { items: ReviewQueueItemDTO[] }) {
  const t = useTranslations("ClassificationReview");
  const locale = useLocale();
  if (items.length === 0)
    return <Card className="px-5 py-8 text-center text-sm text-slate-600">{t("queueEmpty")}</Card>;
  return (
    <ol className="space-y-3" aria-label={t("queueLabel")}>
      {items.map((r) => (
        <li key={r.id}>
          <Card className="space-y-2 px-5 py-4 text-sm">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h2 className="text-base font-semibold">
                <Link
                  href={`/systems/${r.systemId}/classification#review-requests`}
                  className="text-indigo-700 underline-offset-2 hover:underline"
                >
                  {r.systemName}
                </Link>
              </h2>
              <ClassificationBadges system={r} />
            </div>
            <p className="whitespace-pre-line break-words text-slate-900">{r.question}</p>
            <p className="text-xs text-slate-600">
              {t("waitingSince")}{" "}
              <time dateTime={r.createdAt.toISOString()}>{formatDateTimeIn(locale, r.createdAt)}</time>{" "}
              {t("queueAsked", { name: r.requestedByName, sequence: r.runSequence, count: r.openQuestions })}
            </p>
          </Card>
        </li>
      ))}
    </ol>
  );
}
