import { useTranslations } from "next-intl";

// A labelled progress bar plus a polite live text, so screen-reader users hear progress without being interrupted.
export function ImportProgress({ dryRun, done, total }: { dryRun: boolean; done: number; total: number }) {
  const t = useTranslations("ImportReport");
  const text = total
    ? dryRun
      ? t("checkedOf", { done, total })
      : t("importedOf", { done, total })
    : dryRun
      ? t("checking")
      : t("importing");
  return (
    <div className="space-y-1.5">
      <progress
        className="h-2 w-full max-w-md accent-indigo-700"
        aria-label={dryRun ? t("checkProgress") : t("importProgress")}
        max={total || 1}
        value={total ? done : undefined}
      />
      <p role="status" className="text-sm text-slate-700">
        {text}
      </p>
    </div>
  );
}
