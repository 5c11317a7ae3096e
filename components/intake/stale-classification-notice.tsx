import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

// The classification was made from an earlier intake revision, so its result may no longer fit the system.
export function StaleClassificationNotice({ systemId, canRescreen }: { systemId: string; canRescreen: boolean }) {
  const t = useTranslations("SystemOverview");
  return (
    <Alert tone="info" title={t("staleTitle")}>
      {t("staleChanged")}{" "}
      {canRescreen ? (
        <Link href={`/systems/${systemId}/classify`} className="font-medium underline underline-offset-2">
          {t("staleRescreen")}
        </Link>
      ) : (
        t("staleOthersRescreen")
      )}{" "}
      {t("staleWhy")}
    </Alert>
  );
}
