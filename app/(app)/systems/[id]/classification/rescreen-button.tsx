"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { rescreenSystemAction } from "./actions";

// Stores a new run on the latest answers, e.g. after the intake or the law changed.
export function RescreenButton({ systemId }: { systemId: string }) {
  const t = useTranslations("ClassificationReviewForms");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const r = await rescreenSystemAction({ systemId }).catch(() => null);
            if (r?.ok) {
              setError(null);
              router.replace(`/systems/${systemId}/classification#history`);
              router.refresh();
            } else setError(r?.error ?? t("unreachable"));
          })
        }
      >
        {pending ? t("rescreening") : t("rescreen")}
      </Button>
      {error && (
        <span role="alert" className="text-xs font-medium text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
