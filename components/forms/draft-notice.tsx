"use client";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import type { RestoredDraft } from "./use-form-draft";

type Props = {
  restored: RestoredDraft | null;
  // The revision the page loaded; a draft started on an older one is named, since saving it will meet a conflict.
  currentVersion?: number;
  onDiscard: () => void;
};

// Said where the form begins, so nobody mistakes their own unsaved draft for what is stored.
export function DraftNotice({ restored, currentVersion, onDiscard }: Props) {
  const t = useTranslations("DraftNotice");
  const locale = useLocale();
  if (!restored) return null;
  const when = formatDateTimeIn(isLocale(locale) ? locale : "en", new Date(restored.savedAt));
  const stale = restored.version !== undefined && currentVersion !== undefined && restored.version !== currentVersion;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p>
        {t("restored", { when })} {stale ? t("stale") : t("unsaved")}
      </p>
      <Button type="button" variant="secondary" onClick={onDiscard}>
        {t("discard")}
      </Button>
    </div>
  );
}
